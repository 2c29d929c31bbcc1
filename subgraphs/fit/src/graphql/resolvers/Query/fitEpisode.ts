import { assertUuid, DataCategory } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

export const fitEpisode: NonNullable<QueryResolvers["fitEpisode"]> = async (_parent, { id }, ctx) => {
  const episode = await ctx.loaders.episode.load(assertUuid("id", id));
  if (!episode) return null;
  // The episode's service is its service task: a ban of another task's data does not hide it.
  await ctx.access.assert(episode.clientId, DataCategory.Fit, "read", episode.service);
  return episode;
};
