import type { QueryResolvers } from "./../../types.generated";

export const deadlineRules: NonNullable<QueryResolvers["deadlineRules"]> = (_parent, _arg, ctx) => [
  ...ctx.services.deadlineRules.all,
];
