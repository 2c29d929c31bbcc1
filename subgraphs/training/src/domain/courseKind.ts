import type { FitTrainingLevel } from "../data/prisma/enums";

export type CourseKind = "MANAGEMENT_BRIEFING" | "BASIC" | "ADVANCED" | "TRAINER_TRAINING" | "BOOSTER";

/**
 * A course's kind and the level it gives are one fact: stored as the level (null for boosters), so
 * rows written before kinds existed, and by the scale seed, stay meaningful.
 */
const levelOfKind: Record<CourseKind, FitTrainingLevel | null> = {
  MANAGEMENT_BRIEFING: "MANAGEMENT_BRIEFING",
  BASIC: "BASIC",
  ADVANCED: "ADVANCED",
  TRAINER_TRAINING: "TRAINER",
  BOOSTER: null,
};

export function levelOf(kind: CourseKind): FitTrainingLevel | null {
  return levelOfKind[kind];
}

export function kindOf(level: FitTrainingLevel | null): CourseKind {
  return level === null ? "BOOSTER" : level === "TRAINER" ? "TRAINER_TRAINING" : level;
}

/** Levels that make a professional "trained" in the rollout figures: basic training or more. */
export const trainedLevels: readonly FitTrainingLevel[] = ["BASIC", "ADVANCED", "TRAINER"];
