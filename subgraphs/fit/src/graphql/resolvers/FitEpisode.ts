import type { FitEpisodeResolvers } from "./../types.generated";

// An episode is reached only through a field that already checked the client's fit data.
export const FitEpisode: FitEpisodeResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  owner: (parent) => ({ id: parent.ownerProfessionalId }),
  sessions: (parent, _arg, ctx) => ctx.loaders.sessionsOfEpisode.load(parent.id),
};
