import type { QueryResolvers } from "./../../types.generated";
import { readFirstWindowsAhead } from "../../readFirstWindowsAhead";

export const team: NonNullable<QueryResolvers["team"]> = (_parent, { id }, ctx, info) => {
  readFirstWindowsAhead(ctx, info, id, { clients: "teamClients" });
  return ctx.loaders.team.load(id);
};
