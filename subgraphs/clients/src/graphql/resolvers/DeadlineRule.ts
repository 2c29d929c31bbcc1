import type { DeadlineRuleResolvers } from "./../types.generated";

export const DeadlineRule: DeadlineRuleResolvers = {};
