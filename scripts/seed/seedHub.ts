import type { Sql } from "@silta/kernel";
import type { SubgraphDatabases } from "../migrate";
import { subgraphs, type SubgraphName } from "../subgraphs";
import { BatchWriter } from "./batchWriter";
import { generateCounty, type CountyOptions } from "./generateCounty";
import { tables, type TableName } from "./tables";
import { currentConfiguration, refreshDerived } from "@silta/fit";

/** Episodes per refresh: a few thousand measurements through Node at a time. */
const DERIVE_CHUNK = 2_000;

export interface SeedProgress {
  clientsWritten: number;
}

/**
 * Writes a generated county into an empty hub, each subgraph's rows in one transaction on its own
 * schema, so a failure leaves the tables as empty as they were. Returns the rows written per table.
 */
export async function seedHub(
  databases: SubgraphDatabases,
  options: CountyOptions,
  progress: (progress: SeedProgress) => void = () => undefined,
): Promise<Record<TableName, number>> {
  await refuseUnlessEmpty(databases);
  const counts = await inTransactions(databases, async (sql) => {
    const writer = new BatchWriter(sql);
    let reported = 0;
    const step = Math.max(1, Math.ceil(options.clients / 10));
    for (const _ of generateCounty(options, writer)) {
      await writer.flushFull();
      if (writer.counts.client - reported >= step) {
        reported = writer.counts.client;
        progress({ clientsWritten: reported });
      }
    }
    await writer.finish();
    await deriveFitValues(sql.fit);
    return writer.counts;
  });
  await databases.fit.sql.exec(`ANALYZE fit_session_summary;`); // the report summaries, written by deriveFitValues
  // Fresh statistics, so the first queries and benchmarks on the new data get sensible plans.
  await Promise.all(
    subgraphs.map(({ name }) =>
      databases[name].sql.exec(
        Object.values(tables)
          .filter((table) => table.subgraph === name)
          .map((table) => `ANALYZE "${table.name}";`)
          .join("\n"),
      ),
    ),
  );
  return counts;
}

/**
 * The values the hub derives (clinical, change, reliable change, SRS alert) and the report summaries,
 * computed by the fit subgraph's own code, as after any import, so seeded data shows in reports,
 * series and alerts exactly as recorded data would.
 */
async function deriveFitValues(fit: Sql): Promise<void> {
  const configuration = await currentConfiguration(fit);
  const episodes = (await fit.query<{ id: string }>(`SELECT id FROM episode ORDER BY id`)).map((row) => row.id);
  for (let start = 0; start < episodes.length; start += DERIVE_CHUNK)
    await refreshDerived(fit, episodes.slice(start, start + DERIVE_CHUNK), configuration);
}

/** Generated data goes into empty tables only: it must never mix with anyone's real (or hand-made) rows. */
async function refuseUnlessEmpty(databases: SubgraphDatabases): Promise<void> {
  const taken: string[] = [];
  for (const table of Object.values(tables)) {
    const [row] = await databases[table.subgraph].sql.query<{ taken: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "${table.name}") AS taken`,
    );
    if (row?.taken) taken.push(`${table.subgraph}.${table.name}`);
  }
  if (taken.length > 0) {
    throw new Error(
      `The seed fills an empty hub only, and these tables already have rows: ${taken.join(", ")}. ` +
        `Use a new database, or drop the subgraph schemas first (DROP SCHEMA ${subgraphs.map(({ name }) => name).join(", ")} CASCADE).`,
    );
  }
}

/**
 * One open transaction per subgraph: when `work` fails, all roll back. (They commit one after the
 * other, so a COMMIT that itself fails leaves the ones before it committed; rare enough for a seed.)
 */
async function inTransactions<T>(databases: SubgraphDatabases, work: (sql: Record<SubgraphName, Sql>) => Promise<T>): Promise<T> {
  const open = (index: number, opened: Partial<Record<SubgraphName, Sql>>): Promise<T> => {
    const next = subgraphs[index];
    if (!next) return work(opened as Record<SubgraphName, Sql>);
    return databases[next.name].sql.transaction((sql) => open(index + 1, { ...opened, [next.name]: sql }));
  };
  return open(0, {});
}
