import { randomUUID } from "node:crypto";
import { assertUuid, DataCategory } from "@silta/kernel";
import { openEpisode } from "../../../data/fitWrites";
import type { EpisodeRecord } from "../../../domain/records";
import { validateEpisode } from "../../../domain/validateRecords";
import { todayIn } from "@silta/kernel";
import { optionalUuid, throwFirst } from "../../inputs";
import type { MutationResolvers } from "./../../types.generated";

export const openFitEpisode: NonNullable<MutationResolvers["openFitEpisode"]> = async (_parent, { input }, ctx) => {
  const record: EpisodeRecord = {
    id: optionalUuid("input.id", input.id) ?? randomUUID(),
    clientId: assertUuid("input.clientId", input.clientId),
    clientBirthDate: input.clientBirthDate ?? null,
    kind: input.kind ?? "INDIVIDUAL",
    ownerProfessionalId: assertUuid("input.ownerProfessionalId", input.ownerProfessionalId),
    teamId: optionalUuid("input.teamId", input.teamId),
    unitId: optionalUuid("input.unitId", input.unitId),
    organizationId: optionalUuid("input.organizationId", input.organizationId),
    service: input.service?.trim() || null,
    startedOn: input.startedOn,
    endedOn: null,
    closure: null,
    importSource: null,
  };
  throwFirst(validateEpisode(record, "input", todayIn(ctx.settings.timeZone)));
  await ctx.access.assert(record.clientId, DataCategory.Fit, "create");
  await openEpisode(ctx.prisma, record, ctx.viewer.id);
  return (await ctx.loaders.episode.load(record.id))!;
};
