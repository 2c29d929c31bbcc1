/**
 * A transaction the event helpers can write through: the kernel's `Sql` (its own platform work, the seeds
 * and tests) or a Prisma transaction client (every subgraph). Typed structurally so the kernel needs no subgraph's client.
 */
export type EventSql =
  | { query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]> }
  | { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T> };

export type EventQuery = <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

export function queryOf(tx: EventSql): EventQuery {
  if ("query" in tx) return (text, params) => tx.query(text, params);
  return async <Row>(text: string, params: unknown[] = []) => (await tx.$queryRawUnsafe<Row[]>(text, ...params)) as Row[];
}
