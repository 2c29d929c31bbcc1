import { LocalDate } from "@silta/kernel";
import type { TrainingEventResolvers } from "./../types.generated";

export const TrainingEvent: TrainingEventResolvers = {
  course: async (parent, _arg, ctx) => {
    const course = await ctx.loaders.course.load(parent.courseId);
    if (!course) throw new Error(`training event ${parent.id} refers to a missing course`);
    return course;
  },
  enrolledCount: async (parent, _arg, ctx) => (await ctx.loaders.enrollmentsOfEvent.load(parent.id)).length,
  trainers: async (parent, _arg, ctx) =>
    (await ctx.loaders.trainersOfEvent.load(parent.id)).map((row) => ({ id: row.professionalId })),
  enrollments: (parent, _arg, ctx) => ctx.loaders.enrollmentsOfEvent.load(parent.id),
  date: (parent) => LocalDate.fromDb(parent.date),
};
