import DataLoader from "dataloader";
import { loaderById, loaderGroupedBy } from "@silta/kernel";
import type { PrismaClient } from "./db";
import {
  episodePagesOfClients,
  episodesById,
  sessionPagesOfEpisodes,
  type EpisodeKey,
  type PagedSessionRow,
  type SessionKey,
} from "./episodeStore";
import type { EpisodeRow, MeasurementRow } from "./rows";
import {
  latestKey,
  latestMeasurementsOfClients,
  measurementCountsOfProfessionals,
  measurementsOfSessions,
  type LatestAsk,
} from "./measurementStore";

/**
 * Per-request loaders: every list child and reference of a request is one query, whatever the
 * number of parents (latest scores, episodes, sessions, measurements, counts per `since`).
 */
export function createFitLoaders(prisma: PrismaClient) {
  const countsBySince = new Map<string, DataLoader<string, number>>();
  const pageLoaders = new Map<string, DataLoader<string, never[]>>();
  /** Parents asking for the same page (size and cursor) share a loader, so a list of parents is one query. */
  const pageLoader = <T>(key: string, create: () => DataLoader<string, T[]>): DataLoader<string, T[]> => {
    let loader = pageLoaders.get(key) as DataLoader<string, T[]> | undefined;
    if (!loader) {
      loader = create();
      pageLoaders.set(key, loader as unknown as DataLoader<string, never[]>);
    }
    return loader;
  };
  return {
    /**
     * The latest score of a kind of a client (null when never measured): every kind, client and width
     * asked in a tick is one statement, full-width when any ask needs the full row.
     */
    latestMeasurement: new DataLoader<LatestAsk, MeasurementRow | null, string>(
      async (asks) => {
        const latest = await latestMeasurementsOfClients(prisma, asks);
        return asks.map((ask) => latest.get(latestKey(ask.kind, ask.clientId)) ?? null);
      },
      { cacheKeyFn: (ask) => `${ask.full ? "full" : "lean"}|${latestKey(ask.kind, ask.clientId)}` },
    ),
    episode: loaderById((ids) => episodesById(prisma, ids)),
    /** Pages of episodes of clients; one loader (one query) per page size and cursor asked for. */
    episodePageOfClient(limit: number, after: EpisodeKey | null): DataLoader<string, EpisodeRow[]> {
      return pageLoader(`episodes|${limit}|${JSON.stringify(after)}`, () =>
        loaderGroupedBy(
          (ids) => episodePagesOfClients(prisma, ids, after, limit),
          (row) => row.clientId,
        ),
      );
    },
    /** Pages of sessions of episodes, likewise. */
    sessionPageOfEpisode(limit: number, after: SessionKey | null): DataLoader<string, PagedSessionRow[]> {
      return pageLoader(`sessions|${limit}|${JSON.stringify(after)}`, () =>
        loaderGroupedBy(
          (ids) => sessionPagesOfEpisodes(prisma, ids, after, limit),
          (row) => row.episodeId,
        ),
      );
    },
    measurementsOfSession: loaderGroupedBy(
      (ids) => measurementsOfSessions(prisma, ids),
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
