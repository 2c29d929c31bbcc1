import DataLoader from "dataloader";
import { loaderById, loaderGroupedBy, type Sql } from "@silta/kernel";
import type { PrismaClient } from "./db";
import { episodesById, episodesOfClients, sessionsOfEpisodes } from "./episodeStore";
import {
  latestMeasurementsOfClients,
  measurementCountsOfProfessionals,
  measurementsOfSessions,
  type LatestMeasurements,
} from "./measurementStore";

/**
 * Per-request loaders: every list child and reference of a request is one query, whatever the
 * number of parents (latest scores, episodes, sessions, measurements, counts per `since`).
 */
export function createFitLoaders(prisma: PrismaClient, sql: Sql) {
  const countsBySince = new Map<string, DataLoader<string, number>>();
  return {
    latestMeasurementsOfClient: new DataLoader<string, LatestMeasurements>(async (clientIds) => {
      const latest = await latestMeasurementsOfClients(sql, clientIds);
      return clientIds.map((id) => latest.get(id) ?? { outcome: null, sessionRating: null });
    }),
    episode: loaderById((ids) => episodesById(sql, ids)),
    episodesOfClient: loaderGroupedBy(
      (ids) => episodesOfClients(sql, ids),
      (row) => row.clientId,
    ),
    sessionsOfEpisode: loaderGroupedBy(
      (ids) => sessionsOfEpisodes(sql, ids),
      (row) => row.episodeId,
    ),
    measurementsOfSession: loaderGroupedBy(
      (ids) => measurementsOfSessions(sql, ids),
      (row) => row.sessionId ?? "",
    ),
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
