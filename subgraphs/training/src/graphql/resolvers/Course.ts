import type { CourseResolvers } from "./../types.generated";

/** Every field is a column of the course row. */
export const Course: CourseResolvers = {};
