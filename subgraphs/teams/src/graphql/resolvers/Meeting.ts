import { LocalDate } from "@silta/kernel";
import type { MeetingResolvers } from "./../types.generated";
import { present } from "../present";

/** A meeting is reached only through an access check on its client (Client.meetings, Query.meeting). */
export const Meeting: MeetingResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  facilitator: async (parent, _arg, ctx) =>
    parent.facilitatorId ? present(await ctx.loaders.professional.load(parent.facilitatorId), "facilitator") : null,
  professionals: async (parent, _arg, ctx) => {
    const rows = await ctx.loaders.professionalsOfMeeting.load(parent.id);
    return Promise.all(rows.map(async (row) => present(await ctx.loaders.professional.load(row.professionalId), "participant")));
  },
  familyMembers: (parent, _arg, ctx) => ctx.loaders.familyMembersOfMeeting.load(parent.id),
  agreementIds: async (parent, _arg, ctx) =>
    (await ctx.loaders.agreementsOfMeeting.load(parent.id)).map((row) => row.agreementId),
  heldOn: (parent) => LocalDate.fromDb(parent.heldOn),
};
