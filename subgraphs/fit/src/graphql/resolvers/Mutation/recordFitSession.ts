import { randomUUID } from "node:crypto";
import { assertUuid, DataCategory, todayIn } from "@silta/kernel";
import { recordSession } from "../../../data/fitWrites";
import { sessionsById } from "../../../data/episodeStore";
import type { SessionRecord } from "../../../domain/records";
import { validateSession } from "../../../domain/validateRecords";
import { optionalUuid, throwFirst } from "../../inputs";
import type { MutationResolvers } from "./../../types.generated";

export const recordFitSession: NonNullable<MutationResolvers["recordFitSession"]> = async (_parent, { input }, ctx) => {
  const episodeId = assertUuid("input.episodeId", input.episodeId);
  const session: SessionRecord = {
    id: optionalUuid("input.id", input.id) ?? randomUUID(),
    episodeId,
    heldOn: input.heldOn,
    mode: input.mode,
    professionalId: optionalUuid("input.professionalId", input.professionalId) ?? assertUuid("viewer.id", ctx.viewer.id),
    measurements: input.measurements.map((measurement, index) => ({
      id: optionalUuid(`input.measurements.${index}.id`, measurement.id) ?? randomUUID(),
      instrument: measurement.instrument,
      rater: measurement.rater ?? "CLIENT",
      raterRelation: measurement.raterRelation?.trim() || null,
      items: measurement.items ?? null,
      total: measurement.total ?? null,
      skipReason: measurement.skipReason ?? null,
      instrumentReason: measurement.instrumentReason?.trim() || null,
      imported: null,
    })),
  };
  const episode = await ctx.loaders.episode.load(episodeId);
  if (!episode) return ctx.access.refuseMissing(episodeId, DataCategory.Fit, "create");
  await ctx.access.assert(episode.clientId, DataCategory.Fit, "create");
  throwFirst(
    validateSession(session, { ...episode, importSource: episode.importSource }, "input", todayIn(ctx.settings.timeZone)),
  );
  await recordSession(ctx.prisma, episode, session, ctx.viewer.id);
  const [stored] = await sessionsById(ctx.prisma, [session.id]);
  return stored!;
};
