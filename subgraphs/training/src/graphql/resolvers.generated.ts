/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { Course } from "./resolvers/Course";
import { Professional } from "./resolvers/Professional";
import { TrainingCompletion } from "./resolvers/TrainingCompletion";
import { DateResolver } from "graphql-scalars";
export const resolvers: Resolvers = {
  Course: Course,
  Professional: Professional,
  TrainingCompletion: TrainingCompletion,
  Date: DateResolver,
};
