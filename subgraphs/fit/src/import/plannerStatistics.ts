import type { FitDb } from "../data/db";

/**
 * Keeps the planner's picture of the FIT tables true during a long import transaction.
 *
 * An import writes every row in one transaction. An `ANALYZE` from any other session (autovacuum
 * after a few committed recordings, or a database-wide `ANALYZE`) cannot see those uncommitted rows
 * and records the tables as (nearly) empty while their pages keep growing. From then on the planner
 * expects one row where there are thousands and joins the derived-value refresh with nested loops:
 * measured on 100,000 measurements, one batch's SELECT went from 36 ms to 63 s. An `ANALYZE` inside
 * the import's own transaction counts its rows and restores the plan (51 ms).
 *
 * So before each batch's refresh, if the planner's estimate of `measurement` is under half of the
 * rows this import has inserted, the tables are analyzed again in the transaction. That is one
 * catalogue read per batch, and an `ANALYZE` only after someone else's (or when the tables were
 * analyzed empty before the import began). Without ownership of the tables (the GraphQL import's
 * role) PostgreSQL skips the `ANALYZE` with a warning, and nothing else changes.
 */
export class PlannerStatistics {
  private inserted = 0;
  /** How many times the tables were analyzed (for the benchmark's output and the tests). */
  analyzed = 0;

  constructor(private readonly tx: FitDb) {}

  /** Call after a batch's writes, with the measurements it inserted; analyzes when the estimate is stale. */
  async afterWrite(insertedMeasurements: number): Promise<void> {
    this.inserted += insertedMeasurements;
    if (this.inserted < 1_000) return; // small imports plan well whatever the statistics say
    // The planner's own arithmetic: tuples per page as last analyzed, times the pages there are now.
    const [row] = await this.tx.$queryRaw<{ estimate: number | null }[]>`SELECT CASE WHEN c.reltuples < 0 THEN NULL
                   WHEN c.relpages = 0 THEN c.reltuples
                   ELSE c.reltuples / c.relpages * (pg_relation_size(c.oid) / current_setting('block_size')::int) END::float8 AS estimate
         FROM pg_class c WHERE c.oid = 'measurement'::regclass`;
    // Never analyzed (-1): the planner estimates from the pages themselves, which is right.
    if (row?.estimate === null || row === undefined || row.estimate >= this.inserted / 2) return;
    await this.tx.$executeRaw`ANALYZE episode, fit_session, measurement`;
    this.analyzed += 1;
  }
}
