import { hostname } from "node:os";
import { parseEvent, type DataOf, type EventContract } from "@silta/events";
import type { Logger } from "../log";
import { streamOf, type EventBus, type Subscription } from "./EventBus";
import type { DomainEvent } from "./DomainEvent";

/**
 * One consumer group of this process on each of its sources' streams (the registry's
 * `streamsReadBy`), as one subscription to stop. A handler that throws leaves its event
 * unacknowledged, so the bus offers it again.
 */
export async function subscribeGroup(
  bus: EventBus,
  { sources, group, handler }: { sources: readonly string[]; group: string; handler: (event: DomainEvent) => Promise<void> },
): Promise<Subscription> {
  const consumer = `${hostname()}-${process.pid}`;
  const subscriptions = await Promise.all(
    sources.map((source) => bus.subscribe({ stream: streamOf(source), group, consumer, handler })),
  );
  return { stop: async () => void (await Promise.all(subscriptions.map((subscription) => subscription.stop()))) };
}

/**
 * A handler for the events of `contracts`: each parsed by its contract and handed to `apply` with
 * its data; other types are left alone. Data no known version reads is logged and skipped: retrying
 * it would fail for ever and stop every event behind it in the stream.
 */
export function contractHandler<Contract extends EventContract>(
  contracts: readonly Contract[],
  log: Logger,
  what: string,
  apply: (event: DomainEvent, data: DataOf<Contract>) => Promise<unknown>,
): (event: DomainEvent) => Promise<void> {
  return async (event) => {
    const parsed = parseEvent(event, contracts);
    if (parsed.outcome === "not_consumed") return;
    if (parsed.outcome === "malformed")
      return log.warn({ eventId: event.id, problems: parsed.problems }, `skipped a malformed ${what}`);
    await apply(event, parsed.event.data as DataOf<Contract>);
    log.debug({ eventId: event.id }, `${what} applied`);
  };
}
