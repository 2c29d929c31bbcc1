import { contract } from "../contract";
import { code, codes, day, id, ids, optionalDay, optionalId } from "../fields";

/** The consents subgraph's events, each about one client (aggregate `Client`). */
export const consentRecorded = contract({
  type: "consent.recorded",
  source: "consents",
  entity: "Client",
  shape: {
    consentId: id,
    clientId: id,
    kind: code,
    recipientOrganizationIds: ids,
    recipientTeamIds: ids,
    categories: codes,
    validFrom: day,
    validUntil: optionalDay,
  },
});
export const consentRevoked = contract({
  type: "consent.revoked",
  source: "consents",
  entity: "Client",
  shape: { consentId: id, clientId: id },
});
export const banRecorded = contract({
  type: "ban.recorded",
  source: "consents",
  entity: "Client",
  shape: { banId: id, clientId: id, kind: code, categories: codes, organizationId: optionalId },
});
export const banLifted = contract({
  type: "ban.lifted",
  source: "consents",
  entity: "Client",
  shape: { banId: id, clientId: id },
});
export const statutoryBasisRecorded = contract({
  type: "statutory_basis.recorded",
  source: "consents",
  entity: "Client",
  shape: { statutoryBasisId: id, clientId: id, recipientOrganizationId: id, categories: codes },
});
export const statutoryBasisEnded = contract({
  type: "statutory_basis.ended",
  source: "consents",
  entity: "Client",
  shape: { statutoryBasisId: id, clientId: id },
});

/** In catalogue order. */
export const consentsEvents = [
  consentRecorded,
  consentRevoked,
  banRecorded,
  banLifted,
  statutoryBasisRecorded,
  statutoryBasisEnded,
] as const;
