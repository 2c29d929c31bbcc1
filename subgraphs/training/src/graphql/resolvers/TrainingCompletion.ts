import { LocalDate } from "@silta/kernel";
import type { TrainingCompletionResolvers } from "./../types.generated";

/** Fields are on the row; the course comes included by the loader, the event through its loader. */
export const TrainingCompletion: TrainingCompletionResolvers = {
  event: (parent, _arg, ctx) => (parent.eventId ? ctx.loaders.event.load(parent.eventId) : null),
  completedOn: (parent) => LocalDate.fromDb(parent.completedOn),
};
