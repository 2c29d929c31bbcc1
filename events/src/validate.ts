import type { z } from "zod";
import { currentContractOf } from "./catalogue";
import type { EventContract } from "./contract";

/** An event whose data its contract refuses; the message names the type, the version and each field with its rule. */
export class EventContractError extends Error {
  constructor(
    readonly eventType: string,
    readonly problems: readonly string[],
  ) {
    super(`Event ${eventType} refused: ${problems.join("; ")}.`);
    this.name = "EventContractError";
  }
}

/** `data.teamId: Invalid UUID`, one line per issue. */
function describe(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = ["data", ...issue.path.map(String)].join(".");
    return `${path}: ${issue.message}`;
  });
}

/**
 * Checks an event's data against the current contract of its type, as it will be on the wire (after
 * JSON, so a `Date` is checked as the string it becomes). Throws {@link EventContractError} for an
 * unknown type, a missing or mistyped field, or a field the contract does not declare.
 */
export function checkEventData(type: string, data: unknown): void {
  const contract = currentContractOf(type);
  if (!contract) throw new EventContractError(type, ["not a type of the event catalogue (events/src/contracts)"]);
  const onTheWire: unknown = JSON.parse(JSON.stringify(data ?? {}));
  const result = contract.written.safeParse(onTheWire);
  if (!result.success) throw new EventContractError(`${type} (data version ${contract.version})`, describe(result.error.issues));
}

/** A delivered event's data, parsed with one of the contracts the consumer knows. */
export type ParsedEvent<Contract extends EventContract> =
  Contract extends EventContract<infer Type> ? { type: Type; version: number; data: z.infer<Contract["read"]> } : never;

export type ParseOutcome<Contract extends EventContract> =
  | { outcome: "parsed"; event: ParsedEvent<Contract> }
  /** The consumer knows no version of this type: it ignores the event. */
  | { outcome: "not_consumed" }
  /** The consumer knows the type, but no version it knows reads this data. */
  | { outcome: "malformed"; problems: string[] };

/**
 * Parses an event with the contracts a consumer accepts, newest version first (the data version is
 * not on the wire: the first version that reads the data is the one). Fields a contract does not
 * declare are dropped, so an older consumer reads what it knows of a newer producer's data.
 */
export function parseEvent<Contract extends EventContract>(
  event: { type: string; data: unknown },
  accepted: readonly Contract[],
): ParseOutcome<Contract> {
  const candidates = accepted.filter((contract) => contract.type === event.type).sort((a, b) => b.version - a.version);
  if (candidates.length === 0) return { outcome: "not_consumed" };
  const problems: string[] = [];
  for (const contract of candidates) {
    const result = contract.read.safeParse(event.data ?? {});
    if (result.success)
      return {
        outcome: "parsed",
        event: { type: contract.type, version: contract.version, data: result.data } as ParsedEvent<Contract>,
      };
    problems.push(...describe(result.error.issues).map((problem) => `version ${contract.version}: ${problem}`));
  }
  return { outcome: "malformed", problems };
}
