import { loaderById, loaderGroupedBy } from "@silta/kernel";
import type { Prisma } from "./prisma/client";
import type { PrismaClient } from "./db";

const withCourse = { course: true } satisfies Prisma.TrainingCompletionInclude;

/** A completion as the schema shows it: always with its course, which also carries the level. */
export type CompletionWithCourse = Prisma.TrainingCompletionGetPayload<{ include: typeof withCourse }>;

/**
 * Per-request loaders: the completions of every professional in the request, with their courses,
 * cost the same few statements however many professionals there are; so do events, their trainers
 * and enrolments.
 */
export function createTrainingLoaders(prisma: PrismaClient) {
  return {
    /** Completed trainings only: what `trainings` lists and `fitTrainingLevel` ranks. */
    completionsOfProfessional: loaderGroupedBy(
      (professionalIds) =>
        prisma.trainingCompletion.findMany({
          where: { professionalId: { in: professionalIds }, completed: true },
          include: withCourse,
          orderBy: [{ completedOn: "asc" }, { id: "asc" }],
        }),
      (completion) => completion.professionalId,
    ),
    trainerOfProfessional: loaderGroupedBy(
      (professionalIds) => prisma.trainer.findMany({ where: { professionalId: { in: professionalIds } } }),
      (trainer) => trainer.professionalId,
    ),
    course: loaderById((ids) => prisma.course.findMany({ where: { id: { in: ids } } })),
    event: loaderById((ids) => prisma.trainingEvent.findMany({ where: { id: { in: ids } } })),
    trainersOfEvent: loaderGroupedBy(
      (eventIds) =>
        prisma.trainingEventTrainer.findMany({ where: { eventId: { in: eventIds } }, orderBy: { professionalId: "asc" } }),
      (row) => row.eventId,
    ),
    enrollmentsOfEvent: loaderGroupedBy(
      (eventIds) =>
        prisma.enrollment.findMany({ where: { eventId: { in: eventIds } }, orderBy: [{ enrolledAt: "asc" }, { id: "asc" }] }),
      (row) => row.eventId,
    ),
  };
}
export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;
