import { assertUuid, DataCategory, noSuchRecord } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

export const fitEpisode: NonNullable<QueryResolvers["fitEpisode"]> = async (_parent, { id }, ctx) => {
  const episode = await ctx.loaders.episode.load(assertUuid("id", id));
  // Answered as a hidden one is: an id of a record nobody has must not be told from one hidden.
  if (!episode) throw noSuchRecord(ctx.viewer, DataCategory.Fit);
  // The episode's service is its service task: a ban of another task's data does not hide it.
  await ctx.access.assert(episode.clientId, DataCategory.Fit, "read", episode.service);
  return episode;
};
