/**
 * A batch's rows as one JSON text, for `jsonb_to_recordset` in the statement. Prisma's raw path
 * keeps the parameters of recent statements in its debug history (the driver adapter's last 100,
 * always, debug on or not): as arrays, a measurement batch was 18,000 small strings kept alive
 * there, some 25 MB over ten batches, which a heap capped at 80 MB could not hold (docs/benchmarks-fit.md).
 * One string per statement is a fraction of that and costs the collector nothing to trace.
 */
export const batchJson = (rows: readonly Record<string, string | number | boolean | null>[]): string => JSON.stringify(rows);
