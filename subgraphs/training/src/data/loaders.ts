import { loaderGroupedBy } from "@silta/kernel";
import type { Prisma } from "./prisma/client";
import type { PrismaClient } from "./db";

const withCourse = { course: true } satisfies Prisma.TrainingCompletionInclude;

/** A completion as the schema shows it: always with its course, which also carries the level. */
export type CompletionWithCourse = Prisma.TrainingCompletionGetPayload<{ include: typeof withCourse }>;

/**
 * Per-request loaders: the completions of every professional in the request, with their courses,
 * cost the same few statements however many professionals there are.
 */
export function createTrainingLoaders(prisma: PrismaClient) {
  return {
    completionsOfProfessional: loaderGroupedBy(
      (professionalIds) =>
        prisma.trainingCompletion.findMany({
          where: { professionalId: { in: professionalIds } },
          include: withCourse,
          orderBy: [{ completedOn: "asc" }, { id: "asc" }],
        }),
      (completion) => completion.professionalId,
    ),
  };
}
export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;
