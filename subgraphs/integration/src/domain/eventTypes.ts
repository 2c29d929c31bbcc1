import { webhookEventTypesBySource } from "@silta/events";
import { hasScope, type Viewer } from "@silta/kernel";

/** The scope a system client needs to manage webhooks at all. */
export const WEBHOOKS_SCOPE = "webhooks:manage";

/**
 * Every event type a webhook may subscribe to, by the subgraph that publishes it: the contracts of
 * `@silta/events` (docs/events.md is generated from the same), never a list kept by hand. A system
 * client may subscribe to a type only with that subgraph's read scope (`clients:read` for
 * `client.updated`): events carry no personal data, but which entities change when is still the
 * subgraph's information.
 */
export const EVENT_TYPES_BY_SOURCE: Record<string, readonly string[]> = webhookEventTypesBySource();

/** The streams this subgraph consumes: every producing subgraph's. */
export const EVENT_SOURCES = Object.keys(EVENT_TYPES_BY_SOURCE);

export function readScopeOf(source: string): string {
  return `${source}:read`;
}

/** The event types `viewer` may subscribe to: those of the subgraphs whose read scope it holds. */
export function subscribableEventTypes(viewer: Viewer): string[] {
  return Object.entries(EVENT_TYPES_BY_SOURCE)
    .filter(([source]) => hasScope(viewer, readScopeOf(source)))
    .flatMap(([, types]) => types);
}

export type EventTypeProblem = { eventType: string; rule: "known_type" | "scope" };

/** The first requested type that is unknown or not allowed by the viewer's scopes, or null. */
export function eventTypeProblem(viewer: Viewer, eventTypes: readonly string[]): EventTypeProblem | null {
  const allowed = new Set(subscribableEventTypes(viewer));
  const known = new Set(Object.values(EVENT_TYPES_BY_SOURCE).flat());
  for (const eventType of eventTypes) {
    if (!known.has(eventType)) return { eventType, rule: "known_type" };
    if (!allowed.has(eventType)) return { eventType, rule: "scope" };
  }
  return null;
}
