import { hasScope, type Viewer } from "@silta/kernel";

/** The scope a system client needs to manage webhooks at all. */
export const WEBHOOKS_SCOPE = "webhooks:manage";

/**
 * Every event type of the catalogue (docs/events.md) by the subgraph that publishes it. A system
 * client may subscribe to a type only with that subgraph's read scope (`clients:read` for
 * `client.updated`): events carry no personal data, but which entities change when is still the
 * subgraph's information.
 */
export const EVENT_TYPES_BY_SOURCE: Record<string, readonly string[]> = {
  teams: [
    "organization.created",
    "organization.updated",
    "professional.created",
    "professional.updated",
    "team.created",
    "team.member_added",
    "team.member_removed",
    "team.client_added",
    "team.client_removed",
    "client.responsible_worker_assigned",
    "meeting.recorded",
    "meeting.scheduled",
    "meeting.held",
    "meeting.cancelled",
  ],
  clients: [
    "client.created",
    "client.updated",
    "client.relationship_started",
    "client.relationship_ended",
    "family.created",
    "family.member_added",
    "family.member_removed",
    "family.guardian_added",
    "family.guardian_removed",
    "concern.raised",
    "concern.reacted",
    "concern.closed",
    "service_plan.created",
    "service_plan.goals_updated",
    "service_plan.agreement_added",
    "service_plan.agreement_status_changed",
    "service_plan.reviewed",
  ],
  consents: [
    "consent.recorded",
    "consent.revoked",
    "ban.recorded",
    "ban.lifted",
    "statutory_basis.recorded",
    "statutory_basis.ended",
  ],
  fit: [
    "fit.episode_opened",
    "fit.episode_closed",
    "fit.session_recorded",
    "fit.sessions_imported",
    "fit.measurement_recorded",
    "fit.configuration_published",
  ],
  training: [
    "course.created",
    "trainer.qualified",
    "training_event.created",
    "training.enrolled",
    "training.completion_recorded",
    "rollout_unit.configured",
  ],
};

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
