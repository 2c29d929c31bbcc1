import { currentConfiguration } from "./configurationStore";
import { BULK_TRANSACTION, type PrismaClient } from "./db";
import { refreshDerived } from "./derivedStore";

/** Episodes per refresh: one SELECT and one UPDATE each, a bounded statement whatever the total. */
const CHUNK = 500;

/**
 * Derived values (clinical, change, reliable change, SRS alert) and report summaries for every
 * episode, computed by the subgraph's own code with the current configuration, as after an import.
 * For data written as plain rows (the demo county, generated counties), so reports, series and
 * alerts see it exactly as recorded data. One transaction, so the values appear all at once; re-running
 * changes nothing.
 */
export async function deriveAllFitValues(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const configuration = await currentConfiguration(tx);
    const episodes = (await tx.episode.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
    for (let start = 0; start < episodes.length; start += CHUNK)
      await refreshDerived(tx, episodes.slice(start, start + CHUNK), configuration);
  }, BULK_TRANSACTION);
}
