import type { Viewer } from "@silta/kernel";
import type { ConsentDraft } from "./consentInput";

/** What is known of the named giver on the day the consent was given and its first valid day. */
export interface GiverFacts {
  guardian: boolean;
  authorisationId: string | null;
}

/**
 * Why a consent may not be recorded as given by whom it names, or null when it may: a consent
 * "given by the guardian" is the guardian's only if the giver was the client's guardian (huoltaja)
 * both on the day it was given and on its first valid day; one given by a court-appointed guardian
 * (edunvalvoja) only if an authorisation to act on the client's behalf names the giver on those
 * days (the appointment is recorded as such an authorisation, with its evidence). A client recording
 * a consent themself records only their own, or one they give as the guardian.
 */
export function consentGiverRefusal(viewer: Viewer, draft: ConsentDraft, facts: GiverFacts): string | null {
  if (viewer.kind === "client") {
    const giver = draft.givenBy === "CLIENT" ? draft.clientId : draft.givenByClientId;
    if (giver !== viewer.id) return "giver_not_viewer";
  }
  switch (draft.givenBy) {
    case "CLIENT":
      return null;
    case "GUARDIAN":
      return facts.guardian ? null : "giver_not_guardian";
    case "LEGAL_GUARDIAN":
      return facts.authorisationId ? null : "giver_not_authorised";
  }
}
