import type { QueryResolvers } from "./../../types.generated";
export const client: NonNullable<QueryResolvers["client"]> = async (_parent, _arg, _ctx) => {
  /* Implement Query.client resolver logic here */
};
