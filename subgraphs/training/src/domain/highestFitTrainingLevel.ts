import type { FitTrainingLevel } from "../data/prisma/enums";

/** FIT training levels, lowest first: a trainer has also had the advanced and basic training. */
const levelsLowestFirst: readonly FitTrainingLevel[] = ["MANAGEMENT_BRIEFING", "BASIC", "ADVANCED", "TRAINER"];

/** The highest of the levels completed, or null when none; booster sessions (no level) do not count. */
export function highestFitTrainingLevel(completed: readonly (FitTrainingLevel | null)[]): FitTrainingLevel | null {
  let highest: FitTrainingLevel | null = null;
  for (const level of completed) {
    if (level === null) continue;
    if (highest === null || levelsLowestFirst.indexOf(level) > levelsLowestFirst.indexOf(highest)) highest = level;
  }
  return highest;
}
