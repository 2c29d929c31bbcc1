import { z } from "zod";

/** Thrown when the environment is wrong; the message lists every problem, each naming its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Parses the environment once against a zod object whose keys are the variable names,
 * and reports every problem at once rather than the first.
 */
export function loadConfig<Schema extends z.ZodType>(
  schema: Schema,
  env: Record<string, string | undefined> = process.env,
): z.infer<Schema> {
  // Empty strings count as unset: compose files and shells often export VAR= for "not configured".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.length > 0 ? issue.path.join(".") : "(environment)";
    const value = typeof issue.path[0] === "string" ? present[issue.path[0]] : undefined;
    const shown = value === undefined ? "unset" : looksSecret(String(issue.path[0])) ? "set (hidden)" : JSON.stringify(value);
    return `${variable}: ${issue.message} (is ${shown})`;
  });
  throw new ConfigError(problems);
}

function looksSecret(variable: string): boolean {
  // URLs may carry a password (postgres://user:pass@host): never echo them either.
  return /SECRET|KEY|PASSWORD|TOKEN|URL/i.test(variable);
}
