import { LocalDate } from "@silta/kernel";
import type { PlanReviewResolvers } from "./../types.generated";

export const PlanReview: PlanReviewResolvers = {
  reviewedOn: (parent) => LocalDate.fromDb(parent.reviewedOn),
};
