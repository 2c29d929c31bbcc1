import type { EventContract, EventSource } from "./contract";
import { clientsEvents } from "./contracts/clients";
import { consentsEvents } from "./contracts/consents";
import { fitEvents } from "./contracts/fit";
import { integrationEvents } from "./contracts/integration";
import { teamsEvents } from "./contracts/teams";
import { trainingEvents } from "./contracts/training";

/** Every contract, every version, in catalogue order (by source, as docs/events.md lists them). */
export const EVENT_CONTRACTS: readonly EventContract[] = [
  ...teamsEvents,
  ...clientsEvents,
  ...consentsEvents,
  ...fitEvents,
  ...trainingEvents,
  ...integrationEvents,
];

/** The newest version of each type: the one producers write. */
const latest = new Map<string, EventContract>();
for (const contract of EVENT_CONTRACTS) {
  const known = latest.get(contract.type);
  if (!known || known.version < contract.version) latest.set(contract.type, contract);
}

/** The contract producers write for `type` (its newest version), or undefined for a type nobody declared. */
export function currentContractOf(type: string): EventContract | undefined {
  return latest.get(type);
}

/** The types a webhook may subscribe to, by the subgraph that publishes them, in catalogue order. */
export function webhookEventTypesBySource(): Partial<Record<EventSource, string[]>> {
  const bySource: Partial<Record<EventSource, string[]>> = {};
  for (const contract of latest.values()) {
    if (!contract.webhooks) continue;
    (bySource[contract.source] ??= []).push(contract.type);
  }
  return bySource;
}
