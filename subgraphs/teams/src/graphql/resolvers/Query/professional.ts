import type { QueryResolvers } from "./../../types.generated";
import { readFirstWindowsAhead } from "../../readFirstWindowsAhead";

export const professional: NonNullable<QueryResolvers["professional"]> = (_parent, { id }, ctx, info) => {
  readFirstWindowsAhead(ctx, info, id, { responsibleFor: "responsibleFor", clients: "professionalClients" });
  return ctx.loaders.professional.load(id);
};
