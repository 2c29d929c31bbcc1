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
  /**
   * How long the ids of published events are remembered, in seconds, so that publishing one again (a relay
   * that crashed between XADD and marking its outbox rows) adds nothing. Default 86,400 (a day).
   */
  dedupeSeconds?: number;
}

/**
 * Adds each event to the stream unless its id was published within the dedupe window, atomically (a
 * script runs alone in Redis). The ids live in one sorted set per stream, scored by publication time
 * and trimmed as the window moves. KEYS: stream, its id set. ARGV: max length, now (ms), window (ms),
 * then id and JSON of each event. Returns how many were added.
 */
const PUBLISH_ONCE = `
local added = 0
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[2]) - tonumber(ARGV[3]))
for i = 4, #ARGV, 2 do
  if redis.call('ZADD', KEYS[2], 'NX', ARGV[2], ARGV[i]) == 1 then
    redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'event', ARGV[i + 1])
    added = added + 1
  end
end
return added`;

type StreamEntry = [id: string, fields: string[]];

/**
 * Servers mode: Redis Streams with consumer groups. An event stays pending until its handler
 * succeeds and acknowledges it, so a consumer that crashes or a Redis that restarts loses nothing.
 * Publishing is idempotent by event id, so each outbox event enters its stream once even when a
 * relay replica dies after XADD and another publishes its rows again.
 */
export class RedisEventBus implements EventBus {
  private readonly readers = new Set<Redis>();

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisEventBusOptions = {},
  ) {}

  async publish(stream: string, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const windowMs = (this.options.dedupeSeconds ?? 86_400) * 1000;
    await this.redis.eval(
      PUBLISH_ONCE,
      2,
      stream,
      publishedIdsKey(stream),
      String(this.options.maxLength ?? 1_000_000),
      String(Date.now()),
      String(windowMs),
      ...events.flatMap((event) => [event.id, JSON.stringify(event)]),
    );
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

/** The sorted set of event ids recently published to a stream. */
export function publishedIdsKey(stream: string): string {
  return `${stream}:published`;
}
