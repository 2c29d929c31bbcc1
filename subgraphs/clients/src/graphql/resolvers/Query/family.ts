import { assertUuid } from "@silta/kernel";
import { visibleFamily } from "../../familyAccess";
import type { QueryResolvers } from "./../../types.generated";

export const family: NonNullable<QueryResolvers["family"]> = (_parent, { id }, ctx) => visibleFamily(ctx, assertUuid("id", id));
