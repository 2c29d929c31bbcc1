import type { CourseResolvers } from "./../types.generated";
export const Course: CourseResolvers = {/* Implement Course resolver logic here */};
