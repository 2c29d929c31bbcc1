import type { PlanReviewResolvers } from "./../types.generated";

export const PlanReview: PlanReviewResolvers = {};
