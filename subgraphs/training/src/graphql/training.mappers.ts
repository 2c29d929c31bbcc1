/** Parent shapes of the training schema: the rows the stores return, resolved field by field. */
export type {
  Course as CourseMapper,
  TrainingEvent as TrainingEventMapper,
  Enrollment as EnrollmentMapper,
  Trainer as TrainerMapper,
  RolloutUnit as RolloutUnitMapper,
} from "../data/prisma/client";
export type { CompletionWithCourse as TrainingCompletionMapper } from "../data/loaders";
export type { CoverageRow as TargetUnitCoverageMapper } from "../data/rolloutFigures";

/** A professional is known here only by id; the teams subgraph resolves the rest. */
export interface ProfessionalMapper {
  id: string;
}

/** The rollout figures are computed field by field, each from its own arguments. */
export type TrainingRolloutMapper = Record<string, never>;
