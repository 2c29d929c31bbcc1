import { kindOf } from "../../domain/courseKind";
import type { CourseResolvers } from "./../types.generated";

/** Columns of the course row; the kind is told by the level (null for boosters). */
export const Course: CourseResolvers = {
  kind: (parent) => kindOf(parent.level),
};
