import { LocalDate } from "@silta/kernel";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { addWorkingDays } from "./workingDays";

/** A reaction deadline rule of concerns (huoli), from configuration. */
export interface DeadlineRule {
  code: string;
  description: string;
  days: number;
  unit: "CALENDAR_DAYS" | "WORKING_DAYS";
  /** The services this rule is the default for. */
  services: string[];
  default: boolean;
}

const ruleSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a snake_case code"),
  description: z.string().min(1),
  days: z.number().int().min(0).max(366),
  unit: z.enum(["CALENDAR_DAYS", "WORKING_DAYS"]),
  services: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).default([]),
  default: z.boolean().default(false),
});

const rulesSchema = z.object({ rules: z.array(ruleSchema).min(1) }).superRefine(({ rules }, context) => {
  const codes = new Set<string>();
  const services = new Set<string>();
  rules.forEach((rule, index) => {
    if (codes.has(rule.code)) context.addIssue({ code: "custom", path: ["rules", index, "code"], message: "is used twice" });
    codes.add(rule.code);
    for (const service of rule.services) {
      if (services.has(service))
        context.addIssue({ code: "custom", path: ["rules", index, "services"], message: `${service} has two rules` });
      services.add(service);
    }
  });
  if (rules.filter((rule) => rule.default).length !== 1)
    context.addIssue({ code: "custom", path: ["rules"], message: "exactly one rule must be the default" });
});

/** The rules in force: looked up by code or by service, with one default. */
export class DeadlineRules {
  private readonly byCode: Map<string, DeadlineRule>;
  private readonly byService = new Map<string, DeadlineRule>();
  readonly fallback: DeadlineRule;

  constructor(readonly all: readonly DeadlineRule[]) {
    this.byCode = new Map(all.map((rule) => [rule.code, rule]));
    for (const rule of all) for (const service of rule.services) this.byService.set(service, rule);
    this.fallback = all.find((rule) => rule.default)!;
  }

  /** Parses configuration, naming every problem at once; throws on any. */
  static parse(raw: unknown, source = "deadline rules"): DeadlineRules {
    const parsed = rulesSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      throw new Error(`${source} are invalid: ${problems}`);
    }
    return new DeadlineRules(parsed.data.rules);
  }

  static load(path: string = defaultDeadlineRulesPath): DeadlineRules {
    return DeadlineRules.parse(JSON.parse(readFileSync(path, "utf8")), path);
  }

  byCodeOrUndefined(code: string): DeadlineRule | undefined {
    return this.byCode.get(code);
  }

  /** The service's own rule, or the default. */
  forService(service: string): DeadlineRule {
    return this.byService.get(service) ?? this.fallback;
  }
}

export const defaultDeadlineRulesPath = join(__dirname, "..", "..", "config", "deadlineRules.json");

/** The last day to react, counted from the day the concern was raised (that day itself does not count). */
export function deadlineOf(rule: DeadlineRule, raisedOn: LocalDate): LocalDate {
  return rule.unit === "CALENDAR_DAYS" ? LocalDate.addDays(raisedOn, rule.days) : addWorkingDays(raisedOn, rule.days);
}
