import type { EnrollmentResolvers } from "./../types.generated";

export const Enrollment: EnrollmentResolvers = {
  event: async (parent, _arg, ctx) => {
    const event = await ctx.loaders.event.load(parent.eventId);
    if (!event) throw new Error(`enrollment ${parent.id} refers to a missing event`);
    return event;
  },
  professional: (parent) => ({ id: parent.professionalId }),
};
