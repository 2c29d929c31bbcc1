import type { FitAlertResolvers } from "./../types.generated";

export const FitAlert: FitAlertResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  episode: async (parent, _arg, ctx) => (await ctx.loaders.episode.load(parent.episodeId))!,
};
