import {
  clientCreated,
  clientMerged,
  clientUpdated,
  guardianAdded,
  guardianRemoved,
  organizationCreated,
  organizationUpdated,
  parseEvent,
  readingOnly,
  relationshipEnded,
  relationshipStarted,
  responsibleWorkerAssigned,
  teamClientAdded,
  teamClientRemoved,
  teamMemberAdded,
  teamMemberRemoved,
  type ParseOutcome,
} from "@silta/events";

/**
 * The access contract: the teams and clients events (and the data versions of them) that the access
 * projection reads, each for the fields it uses. Any other type is recorded as processed and ignored.
 */
export const ACCESS_EVENTS = [
  organizationCreated,
  organizationUpdated,
  teamMemberAdded,
  teamMemberRemoved,
  teamClientAdded,
  teamClientRemoved,
  readingOnly(responsibleWorkerAssigned, ["clientId", "professionalId", "organizationId", "since"]),
  clientCreated,
  clientUpdated,
  clientMerged,
  relationshipStarted,
  readingOnly(relationshipEnded, ["relationshipId", "until"]),
  guardianAdded,
  guardianRemoved,
] as const;

type Accepted = (typeof ACCESS_EVENTS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** A row an event puts in (or replaces in) a projection table, its values in the table's column order. */
export type AccessRow =
  | { table: "access_organization"; values: [organizationId: string, isCountyOrganization: boolean] }
  | {
      table: "access_team_member";
      values: [
        teamId: string,
        professionalId: string,
        organizationId: string,
        role: string,
        since: string | null,
        until: string | null,
      ];
    }
  | { table: "access_team_client"; values: [teamId: string, clientId: string, since: string | null, until: string | null] }
  | {
      table: "access_responsible_worker";
      values: [clientId: string, professionalId: string, organizationId: string, since: string | null];
    }
  | {
      table: "access_client";
      values: [
        clientId: string,
        controllerOrganizationId: string | null,
        hasNonDisclosureOrder: boolean,
        createdBy: string | null,
      ];
    }
  | {
      table: "access_client_relationship";
      values: [
        relationshipId: string,
        clientId: string,
        organizationId: string,
        serviceTask: string | null,
        since: string | null,
        until: string | null,
      ];
    }
  | {
      table: "access_guardianship";
      values: [childClientId: string, guardianClientId: string, since: string | null, until: string | null];
    };

/** An event that ends a period of a row: the row's key and the last day (null: yesterday). */
export type AccessEnd =
  | { table: "access_team_member"; key: [teamId: string, professionalId: string]; until: string | null }
  | { table: "access_team_client"; key: [teamId: string, clientId: string]; until: string | null }
  | { table: "access_client_relationship"; key: [relationshipId: string]; until: string | null }
  | { table: "access_guardianship"; key: [childClientId: string, guardianClientId: string]; until: string | null };

/**
 * A duplicate registration folded into the client on record (`client.merged`): every row of
 * `mergedClientId` in the projection and in this subgraph's consents, bans and statutory bases moves
 * to `clientId` (applyAccessEvent, `MERGE`).
 */
export interface AccessMerge {
  clientId: string;
  mergedClientId: string;
}

export type AccessChange =
  { effect: "upsert"; row: AccessRow } | { effect: "end"; end: AccessEnd } | { effect: "merge"; merge: AccessMerge };

/**
 * What one event changes in the access projection: a pure function of the event, shared by the
 * consumer (`applyAccessEvent`) and the seeds, which publish their events in bulk through it.
 * `not_consumed`: a type outside the access contract; `malformed`: data no known version reads.
 */
export function accessChangeOf(event: {
  type: string;
  data: unknown;
  actorId?: string;
}): { outcome: "changed"; change: AccessChange } | Exclude<ParseOutcome<Accepted>, { outcome: "parsed" }> {
  const parsed = parseEvent(event, ACCESS_EVENTS);
  if (parsed.outcome !== "parsed") return parsed;
  return { outcome: "changed", change: changeOf(parsed.event, event.actorId) };
}

function changeOf(
  event: Extract<ParseOutcome<Accepted>, { outcome: "parsed" }>["event"],
  actorId: string | undefined,
): AccessChange {
  const upsert = (row: AccessRow): AccessChange => ({ effect: "upsert", row });
  const end = (ended: AccessEnd): AccessChange => ({ effect: "end", end: ended });
  switch (event.type) {
    case "organization.created":
    case "organization.updated":
      return upsert({ table: "access_organization", values: [event.data.organizationId, event.data.isCountyOrganization] });
    case "team.member_added": {
      const { teamId, professionalId, organizationId, role, since, until } = event.data;
      return upsert({
        table: "access_team_member",
        values: [teamId, professionalId, organizationId, role, orNull(since), orNull(until)],
      });
    }
    case "team.member_removed":
      return end({
        table: "access_team_member",
        key: [event.data.teamId, event.data.professionalId],
        until: orNull(event.data.until),
      });
    case "team.client_added": {
      const { teamId, clientId, since, until } = event.data;
      return upsert({ table: "access_team_client", values: [teamId, clientId, orNull(since), orNull(until)] });
    }
    case "team.client_removed":
      return end({ table: "access_team_client", key: [event.data.teamId, event.data.clientId], until: orNull(event.data.until) });
    case "client.responsible_worker_assigned": {
      const { clientId, professionalId, organizationId, since } = event.data;
      return upsert({ table: "access_responsible_worker", values: [clientId, professionalId, organizationId, orNull(since)] });
    }
    case "client.created":
    case "client.updated": {
      // The creator is kept from client.created only (an update names no creator, and never replaces one).
      const createdBy = event.type === "client.created" && actorId && UUID.test(actorId) ? actorId : null;
      const { clientId, controllerOrganizationId, hasNonDisclosureOrder } = event.data;
      return upsert({
        table: "access_client",
        values: [clientId, orNull(controllerOrganizationId), hasNonDisclosureOrder, createdBy],
      });
    }
    case "client.relationship_started": {
      const { relationshipId, clientId, organizationId, serviceTask, since, until } = event.data;
      return upsert({
        table: "access_client_relationship",
        values: [relationshipId, clientId, organizationId, orNull(serviceTask), orNull(since), orNull(until)],
      });
    }
    case "client.relationship_ended":
      return end({ table: "access_client_relationship", key: [event.data.relationshipId], until: orNull(event.data.until) });
    case "client.merged":
      return { effect: "merge", merge: { clientId: event.data.clientId, mergedClientId: event.data.mergedClientId } };
    case "family.guardian_added": {
      const { childClientId, guardianClientId, since, until } = event.data;
      return upsert({ table: "access_guardianship", values: [childClientId, guardianClientId, orNull(since), orNull(until)] });
    }
    case "family.guardian_removed":
      return end({
        table: "access_guardianship",
        key: [event.data.childClientId, event.data.guardianClientId],
        until: orNull(event.data.until),
      });
  }
}
