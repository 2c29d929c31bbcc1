import { badUserInput } from "@silta/kernel";
import { requiredText } from "../domain/inputRules";

/** The client's goals in their own words: each non-empty, at most 20. */
export function goalsOf(field: string, goals: readonly string[]): string[] {
  if (goals.length > 20) throw badUserInput(field, "max_items", `${field} may hold at most 20 goals.`);
  return goals.map((goal, index) => requiredText(`${field}.${index}`, goal, 1000));
}
