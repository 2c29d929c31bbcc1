import type { QueryResolvers } from "./../../types.generated";
import { readParentWithFirstWindows } from "../../readParentWithFirstWindows";

export const team: NonNullable<QueryResolvers["team"]> = (_parent, { id }, ctx, info) =>
  readParentWithFirstWindows(ctx, info, id, { clients: "teamClients" }, (id) => ctx.loaders.team.load(id));
