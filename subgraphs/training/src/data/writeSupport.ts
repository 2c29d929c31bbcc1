import { badUserInput } from "@silta/kernel";
import type { Problems } from "../domain/problems";

/** A mutation reports the first broken rule of its input, naming the field; nothing has been written yet. */
export function throwIfProblems(problems: Problems): void {
  const first = problems.list[0];
  if (first) throw badUserInput(first.field, first.rule, first.message);
}
