import DataLoader from "dataloader";
import type { PrismaClient } from "./db";
import { latestMeasurementsOfClients, measurementCountsOfProfessionals, type LatestMeasurements } from "./measurementStore";

/**
 * Per-request loaders: the latest scores of every client in the request come from one query, and
 * the measurement counts of every professional from one GROUP BY per distinct `since`.
 */
export function createFitLoaders(prisma: PrismaClient) {
  const countsBySince = new Map<string, DataLoader<string, number>>();
  return {
    latestMeasurementsOfClient: new DataLoader<string, LatestMeasurements>(async (clientIds) => {
      const latest = await latestMeasurementsOfClients(prisma, clientIds);
      return clientIds.map((id) => latest.get(id) ?? { outcome: null, sessionRating: null });
    }),
    /** The loader of counts since `since` (null: ever); aliases asking for different dates each get one. */
    measurementCountSince(since: Date | null): DataLoader<string, number> {
      const key = since ? since.toISOString() : "ever";
      let loader = countsBySince.get(key);
      if (!loader) {
        loader = new DataLoader<string, number>(async (professionalIds) => {
          const counts = await measurementCountsOfProfessionals(prisma, professionalIds, since);
          return professionalIds.map((id) => counts.get(id) ?? 0);
        });
        countsBySince.set(key, loader);
      }
      return loader;
    },
  };
}
export type FitLoaders = ReturnType<typeof createFitLoaders>;
