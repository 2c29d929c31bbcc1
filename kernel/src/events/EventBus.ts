import type { DomainEvent } from "./DomainEvent";

export type EventHandler = (event: DomainEvent) => Promise<void>;

export interface SubscribeOptions {
  /** Stream name, one per producing subgraph: see {@link streamOf}. */
  stream: string;
  /** Consumer group: each group sees every event once; its consumers share the work. */
  group: string;
  /** This process's name within the group. */
  consumer: string;
  handler: EventHandler;
}

export interface Subscription {
  stop(): Promise<void>;
}

/**
 * Delivery of events at least once, in order per stream, to consumer groups that acknowledge.
 * Redis Streams in servers mode; in process when embedded.
 */
export interface EventBus {
  publish(stream: string, events: DomainEvent[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  close(): Promise<void>;
}

export function streamOf(source: string): string {
  return `silta:events:${source}`;
}
