import type { QueryResolvers } from "./../../types.generated";
import { readParentWithFirstWindows } from "../../readParentWithFirstWindows";

export const professional: NonNullable<QueryResolvers["professional"]> = (_parent, { id }, ctx, info) =>
  readParentWithFirstWindows(ctx, info, id, { responsibleFor: "responsibleFor", clients: "professionalClients" }, (id) =>
    ctx.loaders.professional.load(id),
  );
