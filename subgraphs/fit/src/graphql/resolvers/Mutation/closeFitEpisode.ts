import { assertUuid, DataCategory, todayIn } from "@silta/kernel";
import { idempotentMutation, replayById } from "@silta/kernel/idempotency";
import type { FitContext } from "../../../context";
import { closeEpisodeWithEvent } from "../../../data/fitWrites";
import { episodesById } from "../../../data/episodeStore";
import { validateEpisode } from "../../../domain/validateRecords";
import { throwFirst } from "../../inputs";
import type { MutationResolvers } from "./../../types.generated";

/**
 * Closing again with the same date and closure changes nothing; sessions after the end are refused later.
 * With an Idempotency-Key a late retry does not close again an episode reopened or closed otherwise since.
 */
export const closeFitEpisode: NonNullable<MutationResolvers["closeFitEpisode"]> = idempotentMutation(
  {
    field: "closeFitEpisode",
    ...replayById(
      "Episode",
      async (id: string, ctx: FitContext) => (await episodesById(ctx.prisma, [id]))[0],
      (episode, ctx) => ctx.access.assert(episode.clientId, DataCategory.Fit, "read", episode.service),
      (id, ctx) => ctx.access.refuseMissing(id, DataCategory.Fit),
    ),
  },
  async (_parent, { input }, ctx) => {
    const id = assertUuid("input.id", input.id);
    const endedOn = input.endedOn;
    const episode = await ctx.loaders.episode.load(id);
    if (!episode) return ctx.access.refuseMissing(id, DataCategory.Fit, "update");
    await ctx.access.assert(episode.clientId, DataCategory.Fit, "update");
    const today = todayIn(ctx.settings.timeZone);
    throwFirst(validateEpisode({ ...episode, endedOn, closure: input.closure }, "input", today));
    if (endedOn > today)
      throwFirst([{ field: "input.endedOn", rule: "future", message: "An episode cannot end in the future." }]);
    await closeEpisodeWithEvent(ctx.prisma, episode, endedOn, input.closure, ctx.viewer.id, ctx.idempotency);
    const [closed] = await episodesById(ctx.prisma, [id]);
    return closed!;
  },
);
