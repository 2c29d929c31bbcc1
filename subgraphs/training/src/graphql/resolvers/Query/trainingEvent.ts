import { assertUuid } from "@silta/kernel";
import { assertStaffOrSystem } from "../../../access";
import type { QueryResolvers } from "./../../types.generated";

export const trainingEvent: NonNullable<QueryResolvers["trainingEvent"]> = (_parent, { id }, ctx) => {
  assertStaffOrSystem(ctx.viewer);
  return ctx.loaders.event.load(assertUuid("id", id));
};
