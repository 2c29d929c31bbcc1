import { EventEmitter } from "node:events";
import type { DomainEvent } from "./DomainEvent";
import type { EventBus, SubscribeOptions, Subscription } from "./EventBus";

/** How long a failed handler waits before its event is offered again. */
const RETRY_DELAY_MS = 500;

/**
 * The embedded mode's bus: the same contract as Redis Streams (groups, acknowledgement, retry,
 * a group that joins late starts from the beginning) kept in memory. The outbox is the durable
 * record, so nothing is lost across restarts: events not yet published stay in it.
 */
export class InProcessEventBus implements EventBus {
  private readonly streams = new Map<string, DomainEvent[]>();
  private readonly offsets = new Map<string, number>();
  private readonly appended = new EventEmitter().setMaxListeners(0);

  async publish(stream: string, events: DomainEvent[]): Promise<void> {
    const log = this.streams.get(stream) ?? [];
    log.push(...events);
    this.streams.set(stream, log);
    this.appended.emit(stream);
  }

  async subscribe({ stream, group, handler }: SubscribeOptions): Promise<Subscription> {
    const key = `${stream}\u0000${group}`;
    let running = true;
    let draining = false;
    let retryTimer: NodeJS.Timeout | undefined;
    const pending = () => (this.streams.get(stream)?.length ?? 0) - (this.offsets.get(key) ?? 0);
    const drain = async (): Promise<void> => {
      if (draining || !running || retryTimer) return;
      draining = true;
      let failed = false;
      try {
        const log = this.streams.get(stream) ?? [];
        for (let offset = this.offsets.get(key) ?? 0; running && offset < log.length; offset += 1) {
          await handler(log[offset]!);
          this.offsets.set(key, offset + 1);
        }
      } catch {
        failed = true;
      } finally {
        draining = false;
      }
      if (!running) return;
      if (failed) {
        retryTimer = setTimeout(() => {
          retryTimer = undefined;
          void drain();
        }, RETRY_DELAY_MS);
      } else if (pending() > 0) {
        void drain();
      }
    };
    const onAppend = () => void drain();
    this.appended.on(stream, onAppend);
    void drain();
    return {
      stop: async () => {
        running = false;
        if (retryTimer) clearTimeout(retryTimer);
        this.appended.off(stream, onAppend);
      },
    };
  }

  async close(): Promise<void> {
    this.appended.removeAllListeners();
  }
}
