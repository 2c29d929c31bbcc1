import type Redis from "ioredis";
import type { DomainEvent } from "./DomainEvent";
import type { EventBus, SubscribeOptions, Subscription } from "./EventBus";

export interface RedisEventBusOptions {
  /** Approximate cap of entries kept per stream (XADD MAXLEN ~). Default 1,000,000. */
  maxLength?: number;
  /** How long one blocking read waits before looping, in ms. Default 2,000. */
  blockMs?: number;
  /** A delivered but unacknowledged event is taken over from a dead consumer after this long. Default 60,000 ms. */
  claimIdleMs?: number;
}

type StreamEntry = [id: string, fields: string[]];

/**
 * Servers mode: Redis Streams with consumer groups. An event stays pending until its handler
 * succeeds and acknowledges it, so a consumer that crashes or a Redis that restarts loses nothing.
 */
export class RedisEventBus implements EventBus {
  private readonly readers = new Set<Redis>();

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisEventBusOptions = {},
  ) {}

  async publish(stream: string, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const pipeline = this.redis.multi();
    for (const event of events) {
      pipeline.xadd(stream, "MAXLEN", "~", String(this.options.maxLength ?? 1_000_000), "*", "event", JSON.stringify(event));
    }
    const results = await pipeline.exec();
    const failure = results?.find(([error]) => error);
    if (!results || failure) throw failure?.[0] ?? new Error("Redis did not run the XADD transaction");
  }

  async subscribe({ stream, group, consumer, handler }: SubscribeOptions): Promise<Subscription> {
    await this.ensureGroup(stream, group);
    // Blocking reads hold their connection, so each subscription gets one of its own.
    const reader = this.redis.duplicate();
    this.readers.add(reader);
    let running = true;
    const handle = async (entries: StreamEntry[]) => {
      for (const [id, fields] of entries) {
        const json = fields[fields.indexOf("event") + 1];
        if (json) await handler(JSON.parse(json) as DomainEvent);
        await reader.xack(stream, group, id);
      }
    };
    const loop = async () => {
      // First what this consumer was given before it stopped, then what others left behind, then new events.
      let pendingCursor = "0";
      while (running) {
        try {
          if (pendingCursor) {
            const pending = (await reader.xreadgroup(
              "GROUP",
              group,
              consumer,
              "COUNT",
              100,
              "STREAMS",
              stream,
              pendingCursor,
            )) as [string, StreamEntry[]][] | null;
            const entries = pending?.[0]?.[1] ?? [];
            await handle(entries);
            pendingCursor = entries.length === 0 ? "" : entries[entries.length - 1]![0];
            if (!pendingCursor) await this.claimAbandoned(reader, stream, group, consumer, handle);
            continue;
          }
          const fresh = (await reader.xreadgroup(
            "GROUP",
            group,
            consumer,
            "COUNT",
            100,
            "BLOCK",
            this.options.blockMs ?? 2_000,
            "STREAMS",
            stream,
            ">",
          )) as [string, StreamEntry[]][] | null;
          await handle(fresh?.[0]?.[1] ?? []);
        } catch (error) {
          if (!running) return;
          if (String(error).includes("NOGROUP")) await this.ensureGroup(stream, group).catch(() => undefined);
          // A failed handler leaves its event pending; go back and retry it after a pause.
          pendingCursor = "0";
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
    };
    const done = loop();
    return {
      stop: async () => {
        running = false;
        reader.disconnect();
        this.readers.delete(reader);
        await done;
      },
    };
  }

  async close(): Promise<void> {
    for (const reader of this.readers) reader.disconnect();
    this.readers.clear();
  }

  private async ensureGroup(stream: string, group: string): Promise<void> {
    try {
      // From the start of the stream: a new projection must see the history, not only what comes next.
      await this.redis.xgroup("CREATE", stream, group, "0", "MKSTREAM");
    } catch (error) {
      if (!String(error).includes("BUSYGROUP")) throw error;
    }
  }

  private async claimAbandoned(
    reader: Redis,
    stream: string,
    group: string,
    consumer: string,
    handle: (entries: StreamEntry[]) => Promise<void>,
  ): Promise<void> {
    const [, entries] = (await reader.xautoclaim(
      stream,
      group,
      consumer,
      this.options.claimIdleMs ?? 60_000,
      "0",
      "COUNT",
      100,
    )) as [string, StreamEntry[]];
    await handle(entries.filter((entry) => entry && entry[1]));
  }
}
