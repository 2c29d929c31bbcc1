import type { Sql } from "@silta/kernel";
import { currentConfiguration } from "./configurationStore";
import { refreshDerived } from "./derivedStore";

/** Episodes per refresh: one SELECT and one UPDATE each, a bounded statement whatever the total. */
const CHUNK = 500;

/**
 * Derived values (clinical, change, reliable change, SRS alert) and report summaries for every
 * episode, computed by the subgraph's own code with the current configuration, as after an import.
 * For data written as plain rows (the demo county, generated counties), so reports, series and
 * alerts see it exactly as recorded data. Re-running changes nothing.
 */
export async function deriveAllFitValues(sql: Sql): Promise<void> {
  const configuration = await currentConfiguration(sql);
  const episodes = (await sql.query<{ id: string }>(`SELECT id FROM episode ORDER BY id`)).map((row) => row.id);
  for (let start = 0; start < episodes.length; start += CHUNK)
    await refreshDerived(sql, episodes.slice(start, start + CHUNK), configuration);
}
