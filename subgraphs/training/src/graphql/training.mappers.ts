/** Parent shapes of the training schema: the rows the stores return, resolved field by field. */
export type { Course as CourseMapper } from "../data/prisma/client";
export type { CompletionWithCourse as TrainingCompletionMapper } from "../data/loaders";

/** A professional is known here only by id; the teams subgraph resolves the rest. */
export interface ProfessionalMapper {
  id: string;
}
