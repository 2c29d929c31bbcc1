import type { Sql } from "@silta/kernel";
import type { SubgraphName } from "../subgraphs";
import { tables, unnestInsert, type Row, type RowSink, type TableName } from "./tables";

/**
 * Collects rows column by column and writes each table in batches with one `INSERT ... SELECT FROM
 * unnest(...)` per batch. Each subgraph writes on its own connection, and a batch is sent while the
 * next one is generated, so PostgreSQL and Node work at the same time.
 */
export class BatchWriter implements RowSink {
  readonly counts = Object.fromEntries(Object.keys(tables).map((name) => [name, 0])) as Record<TableName, number>;
  private readonly buffers = new Map<TableName, unknown[][]>();
  private readonly full = new Set<SubgraphName>();
  private readonly inFlight = new Map<SubgraphName, Promise<void>>();
  private failure: unknown;

  /**
   * @param sql each subgraph's connection (a transaction, so a failed seed leaves nothing behind)
   * @param batchSize rows per statement. Default 5,000: ~40,000 parameters' worth of array items.
   */
  constructor(
    private readonly sql: Readonly<Record<SubgraphName, Sql>>,
    private readonly batchSize = 5_000,
  ) {}

  add(table: TableName, row: Row): void {
    let columns = this.buffers.get(table);
    if (!columns) {
      columns = tables[table].columns.map((): unknown[] => []);
      this.buffers.set(table, columns);
    }
    for (let i = 0; i < columns.length; i += 1) (columns[i] as unknown[]).push(row[i]);
    this.counts[table] += 1;
    if ((columns[0] as unknown[]).length >= this.batchSize) this.full.add(tables[table].subgraph);
  }

  /** Sends the subgraphs that have a full batch; waits only for their previous batch. */
  async flushFull(): Promise<void> {
    for (const subgraph of [...this.full]) await this.flushSubgraph(subgraph);
    this.full.clear();
  }

  /** Sends everything left and waits until PostgreSQL has it all. */
  async finish(): Promise<void> {
    const subgraphs = new Set(Object.values(tables).map((table) => table.subgraph));
    for (const subgraph of subgraphs) await this.flushSubgraph(subgraph);
    await Promise.all(this.inFlight.values());
    this.throwIfFailed();
  }

  private async flushSubgraph(subgraph: SubgraphName): Promise<void> {
    await this.inFlight.get(subgraph);
    this.throwIfFailed();
    // Parents first (tables lists them so), so a batch never refers to a row still in memory.
    const batches: [TableName, unknown[][]][] = [];
    for (const name of Object.keys(tables) as TableName[]) {
      const columns = this.buffers.get(name);
      if (tables[name].subgraph !== subgraph || !columns || (columns[0] as unknown[]).length === 0) continue;
      batches.push([name, columns]);
      this.buffers.delete(name);
    }
    const sql = this.sql[subgraph];
    const sending = (async () => {
      for (const [name, columns] of batches) {
        await sql.query(unnestInsert(tables[name]), columns).catch((error: Error) => {
          throw new Error(`Writing ${columns[0]?.length ?? 0} rows to ${subgraph}.${name} failed: ${error.message}`);
        });
      }
    })().catch((error: unknown) => {
      // Kept, not thrown here: nobody awaits this promise until the next batch or finish().
      this.failure ??= error;
    });
    this.inFlight.set(subgraph, sending);
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
