import type { Sql } from "../db";
import type { Logger } from "../log";
import { EVENT_ENVELOPE_VERSION, type DomainEvent } from "./DomainEvent";
import { streamOf, type EventBus } from "./EventBus";

export interface OutboxRelayOptions {
  /** The producing subgraph, which names the stream. */
  source: string;
  sql: Sql;
  bus: EventBus;
  log: Logger;
  /** How often the outbox is polled, in ms. Default 500. */
  intervalMs?: number;
  /** Events published per batch. Default 200. */
  batchSize?: number;
}

export interface OutboxRow {
  id: string;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  actor_id: string;
  data: Record<string, unknown>;
  occurred_at: Date;
  aggregate_version: number | null;
  changed_fields: string[] | string | null;
}

/**
 * Moves committed outbox rows to the bus. A row is marked published only after the bus accepted
 * it, in the same transaction that locked it, so a crash or a bus outage means "publish again
 * later" (at least once), never "lost". Rows are locked with SKIP LOCKED so replicas share the work.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private failing = false;

  constructor(private readonly options: OutboxRelayOptions) {}

  start(): void {
    // A tick never rejects (a failed flush is retried on the next one), so nothing awaits it.
    const tick = async () => {
      await this.flush().catch(() => undefined);
      if (this.timer !== undefined) this.timer = setTimeout(() => void tick(), this.options.intervalMs ?? 500);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Publishes everything pending now; returns how many events went out. Safe to call concurrently. */
  async flush(): Promise<number> {
    if (!this.running) {
      this.running = this.drain().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const published = await this.publishBatch();
        total += published;
        if (published < (this.options.batchSize ?? 200)) break;
      }
      if (this.failing) this.options.log.info({ source: this.options.source }, "event bus reachable again; outbox relay resumed");
      this.failing = false;
      return total;
    } catch (error) {
      if (!this.failing)
        this.options.log.warn(
          { err: error, source: this.options.source },
          "outbox relay cannot publish; events wait in the outbox",
        );
      this.failing = true;
      throw error;
    }
  }

  private publishBatch(): Promise<number> {
    const { sql, bus, source } = this.options;
    return sql.transaction(async (tx) => {
      const rows = await tx.query<OutboxRow>(
        `SELECT id::text AS id, event_id::text AS event_id, type, aggregate_type, aggregate_id, actor_id, data, occurred_at,
                aggregate_version, changed_fields
           FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 200],
      );
      if (rows.length === 0) return 0;
      await bus.publish(
        streamOf(source),
        rows.map((row) => envelopeOf(source, row)),
      );
      await tx.query(`UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
      return rows.length;
    });
  }
}

/**
 * The envelope of one outbox row. A row recorded before envelope 2 has no changed fields and goes
 * out as version 1, as its consumers were written for; every newer row as the current version.
 */
export function envelopeOf(source: string, row: OutboxRow): DomainEvent {
  const json = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);
  const base = {
    id: row.event_id,
    type: row.type,
    source,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
  };
  const rest = {
    occurredAt: new Date(row.occurred_at).toISOString(),
    actorId: row.actor_id,
    data: json(row.data),
  };
  if (row.changed_fields === null || row.changed_fields === undefined) return { ...base, ...rest, schemaVersion: 1 };
  return {
    ...base,
    aggregateVersion: Number(row.aggregate_version),
    changedFields: json(row.changed_fields),
    ...rest,
    schemaVersion: EVENT_ENVELOPE_VERSION,
  };
}
