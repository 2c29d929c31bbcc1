import { DataCategory, LocalDate } from "@silta/kernel";
import type { ConcernReactionResolvers } from "./../types.generated";

export const ConcernReaction: ConcernReactionResolvers = {
  meetingOn: (parent) => LocalDate.fromDb(parent.meetingOn!),
  attendingProfessionals: (parent) => parent.attendingProfessionalIds.map((id) => ({ id })),
  attendingClients: async (parent, _arg, ctx) => {
    const visible = await ctx.access.filterAllowed(parent.attendingClientIds, DataCategory.Basic);
    const rows = await Promise.all(
      parent.attendingClientIds.filter((id) => visible.has(id)).map((id) => ctx.loaders.client.load(id)),
    );
    return rows.filter((row) => row !== null);
  },
  recordedBy: (parent) => parent.reactedBy!,
  recordedAt: (parent) => parent.reactedAt!,
};
