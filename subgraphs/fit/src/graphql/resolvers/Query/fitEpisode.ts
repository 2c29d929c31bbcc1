import { assertUuid, DataCategory } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

export const fitEpisode: NonNullable<QueryResolvers["fitEpisode"]> = async (_parent, { id }, ctx) => {
  const episode = await ctx.loaders.episode.load(assertUuid("id", id));
  // Answered as a hidden one is, after the same work: an id nobody has must not be told from a hidden one.
  if (!episode) return ctx.access.refuseMissing(id, DataCategory.Fit);
  // The episode's service is its service task: a ban of another task's data does not hide it.
  await ctx.access.assert(episode.clientId, DataCategory.Fit, "read", episode.service);
  return episode;
};
