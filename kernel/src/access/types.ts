import type { Viewer } from "../viewer";
import type { VisibleClientsSource } from "./visibleClients";

/** Categories of client data a decision is made for (Act 703/2023: only what the task requires). */
export const DataCategory = {
  Basic: "basic",
  Contact: "contact",
  Concerns: "concerns",
  ServicePlan: "service_plan",
  Team: "team",
  Consents: "consents",
  Fit: "fit",
} as const;
export type DataCategory = (typeof DataCategory)[keyof typeof DataCategory];

/**
 * The access log of a client (käyttöloki): not the client's data itself but the record of its use,
 * so no consent, ban or team decides it. Its own rule: the client, their guardian, or a professional
 * with the role `data_protection_officer`; asked, decided and logged through the guard like any read.
 */
export const ACCESS_LOG_CATEGORY = "access_log";
/** What a decision is asked about: a category of the client's data, or their access log. */
export type AccessCategory = DataCategory | typeof ACCESS_LOG_CATEGORY;

/**
 * `grant`: create, change or end a fact that grants access to the client (a client relationship,
 * a team link or membership, the responsible worker, a consent, a ban, a statutory basis, a
 * guardianship). Decided by the write rules of docs/access.md ("Who may create access"), which are
 * stricter than those for changing the data itself.
 * `notify`: raise, or follow, one's own child welfare notice (lastensuojeluilmoitus) about a child:
 * any professional may (the Child Welfare Act obliges them to); it lets nothing else be read.
 * `keep_register`: see that a client's record is a duplicate registration of another (or is
 * duplicated), as the register keeper does (docs/access.md, "Duplicate registrations"): a pair of
 * ids, no field of either client; `basic` only. Logged as each client's entry, so the client sees who
 * learned that they are registered twice.
 */
export type AccessAction = "read" | "create" | "update" | "grant" | "notify" | "keep_register";

export interface AccessRequest {
  clientId: string;
  category: AccessCategory;
  action: AccessAction;
  /**
   * The service task (palvelutehtävä) the data belongs to, when the data carries one (a FIT
   * episode's or a concern's `service`); absent for data not tagged by service task. A client's
   * ban of a service task's data applies to data of that task, and to untagged data (fail closed).
   */
  serviceTask?: string;
  /**
   * For a `grant`: the organisation the written fact names, when it names one (the organisation of
   * a client relationship being started). A professional may only grant their own organisation.
   */
  grantedOrganizationId?: string;
  /**
   * A refusal the asking subgraph made on facts of its own that the rules do not hold (a child
   * welfare notice about someone who is not a minor): the decision is this denial, logged like any
   * other, so the refused attempt is in the access log once and with its reason.
   */
  refusal?: string;
}

export interface AccessDecision {
  allowed: boolean;
  /** What made it lawful (`own_organization`, `self`, `consent:<id>` …) or why it was denied. */
  basis: string;
  /** The records the basis rests on, when there are any; written to the access log with the entry. */
  consentId?: string | null;
  teamId?: string | null;
  relationshipId?: string | null;
  statutoryBasisId?: string | null;
}

/** Who asks within which request: what a policy that also logs needs beyond the viewer. */
export interface AccessLogContext {
  requestId: string;
  /** The subgraph asking. */
  source: string;
  /**
   * The request's decision scope, minted by the gateway (`verifySignedViewer`), when it sent one:
   * reads already decided and logged in this scope are answered from that decision.
   */
  scope?: string;
}

/** Decides a batch of requests at once: one call per subgraph request, however many clients. */
export interface AccessPolicy {
  decide(viewer: Viewer, requests: AccessRequest[]): Promise<AccessDecision[]>;
  /**
   * Decides and writes the access log entries of the batch in one call (one round trip to the
   * consents service), resolving only once the entries are durable. When a policy has it, the guard
   * uses it instead of `decide` + `AccessLogSink.append`; the sink then receives only the entries of
   * a batch this call could not decide (fail closed: all denied).
   */
  decideAndLog?(viewer: Viewer, requests: AccessRequest[], context: AccessLogContext): Promise<AccessDecision[]>;
  /**
   * Which of the given clients the viewer may read, decided by the same rules; only the first
   * `logFirst` visible ones (a list's page) are logged. Without it, the guard asks `decide`.
   */
  visibleAmong?: VisibleClientsSource["visibleAmong"];
}

export interface AccessLogEntry extends AccessRequest {
  at: string;
  viewerId: string;
  viewerKind: Viewer["kind"];
  organizationId: string | null;
  roles: string[];
  purpose: string | null;
  basis: string;
  consentId?: string | null;
  teamId?: string | null;
  relationshipId?: string | null;
  statutoryBasisId?: string | null;
  outcome: "allowed" | "denied";
  requestId: string;
  source: string;
}

/** Where access log entries go. The write must succeed before any data is returned. */
export interface AccessLogSink {
  append(entries: AccessLogEntry[]): Promise<void>;
}
