import { contract } from "../contract";
import { code, day, flag, id, ids, optionalCode, optionalDay, optionalId } from "../fields";

/** The clients subgraph's events. Clients, relationships and guardianship are part of the access contract. */
const client = { clientId: id, controllerOrganizationId: optionalId, hasNonDisclosureOrder: flag };
const plan = { planId: id, clientId: optionalId, familyId: optionalId };

export const clientCreated = contract({ type: "client.created", source: "clients", entity: "Client", shape: client });
export const clientUpdated = contract({
  type: "client.updated",
  source: "clients",
  entity: "Client",
  changedFields:
    "the updated fields: `firstName`, `lastName`, `language`, `hasNonDisclosureOrder`, contact fields (`phone`, `email`, `streetAddress`…); only `hasNonDisclosureOrder` and `controllerOrganizationId` are carried",
  shape: client,
});
/**
 * A person registered again (kaksoiskirjaus): createClient with the identity code (or temporary
 * identifier) of a client on record, by a viewer who may not read that client, made a record of its
 * own (`client.created` of `duplicateClientId`, as for anyone new). Recorded on the client on record,
 * for the register keeper; not offered to webhooks, since it tells who else registered the person.
 */
export const clientDuplicateRegistered = contract({
  type: "client.duplicate_registered",
  source: "clients",
  entity: "Client (on record)",
  webhooks: false,
  shape: { clientId: id, duplicateClientId: id, duplicateControllerOrganizationId: id },
});
/**
 * A duplicate registration folded into the client on record by the register keeper
 * (mergeDuplicateRegistration): `mergedClientId` is the duplicate, answered as missing from now on.
 * The clients subgraph has moved its own rows in the same transaction; every subgraph holding rows of
 * `mergedClientId` re-points them to `clientId` when it consumes this (teams, consents and its access
 * projection, fit). Ids only. Not offered to webhooks: it tells that two records are one person.
 */
export const clientMerged = contract({
  type: "client.merged",
  source: "clients",
  entity: "Client (on record)",
  webhooks: false,
  shape: { clientId: id, mergedClientId: id },
});
export const relationshipStarted = contract({
  type: "client.relationship_started",
  source: "clients",
  entity: "Client",
  shape: {
    clientId: id,
    relationshipId: id,
    organizationId: id,
    serviceTask: optionalCode,
    since: optionalDay,
    until: optionalDay,
  },
});
export const relationshipEnded = contract({
  type: "client.relationship_ended",
  source: "clients",
  entity: "Client",
  shape: { clientId: id, relationshipId: id, until: optionalDay },
});
export const familyCreated = contract({ type: "family.created", source: "clients", entity: "Family", shape: { familyId: id } });
export const familyMemberAdded = contract({
  type: "family.member_added",
  source: "clients",
  entity: "Family",
  shape: { familyId: id, clientId: id, relation: code },
});
export const familyMemberRemoved = contract({
  type: "family.member_removed",
  source: "clients",
  entity: "Family",
  shape: { familyId: id, clientId: id, relation: optionalCode },
});
export const guardianAdded = contract({
  type: "family.guardian_added",
  source: "clients",
  entity: "Client (the child)",
  shape: { childClientId: id, guardianClientId: id, since: optionalDay, until: optionalDay },
});
export const guardianRemoved = contract({
  type: "family.guardian_removed",
  source: "clients",
  entity: "Client (the child)",
  shape: { childClientId: id, guardianClientId: id, until: optionalDay },
});
export const concernRaised = contract({
  type: "concern.raised",
  source: "clients",
  entity: "Concern",
  shape: {
    concernId: id,
    clientId: optionalId,
    familyId: optionalId,
    organizationId: optionalId,
    teamId: optionalId,
    responsibleProfessionalId: optionalId,
    raisedByProfessionalId: optionalId,
    raisedByClientId: optionalId,
    service: optionalCode,
    deadlineRuleCode: optionalCode,
    raisedOn: day,
    deadline: day,
  },
});
export const concernReacted = contract({
  type: "concern.reacted",
  source: "clients",
  entity: "Concern",
  shape: {
    concernId: id,
    meetingOn: day,
    responsibleProfessionalId: optionalId,
    attendingProfessionalIds: ids,
    attendingClientIds: ids,
    deadline: day,
    onTime: flag,
  },
});
export const concernClosed = contract({ type: "concern.closed", source: "clients", entity: "Concern", shape: { concernId: id } });
export const servicePlanCreated = contract({
  type: "service_plan.created",
  source: "clients",
  entity: "ServicePlan",
  changedFields: "`goals` (free text, not carried)",
  shape: plan,
});
export const servicePlanGoalsUpdated = contract({
  type: "service_plan.goals_updated",
  source: "clients",
  entity: "ServicePlan",
  changedFields: "`goals` (free text, not carried)",
  shape: plan,
});
export const servicePlanAgreementAdded = contract({
  type: "service_plan.agreement_added",
  source: "clients",
  entity: "ServicePlan",
  changedFields: "the agreement's fields (its text not carried)",
  shape: { ...plan, agreementId: id, dueOn: optionalDay, responsibleProfessionalId: optionalId, responsibleClientId: optionalId },
});
export const servicePlanAgreementStatusChanged = contract({
  type: "service_plan.agreement_status_changed",
  source: "clients",
  entity: "ServicePlan",
  changedFields: "`status`",
  shape: { ...plan, agreementId: id, status: code },
});
export const servicePlanReviewed = contract({
  type: "service_plan.reviewed",
  source: "clients",
  entity: "ServicePlan",
  changedFields: "`reviewedOn`, `findings`, `changes` (free text, not carried)",
  shape: { ...plan, reviewId: id, reviewedOn: day },
});

/** In catalogue order. */
export const clientsEvents = [
  clientCreated,
  clientUpdated,
  clientDuplicateRegistered,
  clientMerged,
  relationshipStarted,
  relationshipEnded,
  familyCreated,
  familyMemberAdded,
  familyMemberRemoved,
  guardianAdded,
  guardianRemoved,
  concernRaised,
  concernReacted,
  concernClosed,
  servicePlanCreated,
  servicePlanGoalsUpdated,
  servicePlanAgreementAdded,
  servicePlanAgreementStatusChanged,
  servicePlanReviewed,
] as const;
