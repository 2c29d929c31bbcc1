import { sessionConnection, sessionKey, sessionPageSize } from "../paging";
import type { FitEpisodeResolvers } from "./../types.generated";

// An episode is reached only through a field that already checked the client's fit data.
export const FitEpisode: FitEpisodeResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  owner: (parent) => ({ id: parent.ownerProfessionalId }),
  sessions: async (parent, { first, after }, ctx) => {
    const limit = sessionPageSize(first);
    const key = sessionKey(after);
    return sessionConnection(await ctx.loaders.sessionPageOfEpisode(limit + 1, key).load(parent.id), limit);
  },
};
