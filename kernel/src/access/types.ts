import type { Viewer } from "../viewer";

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

export type AccessAction = "read" | "create" | "update";

export interface AccessRequest {
  clientId: string;
  category: DataCategory;
  action: AccessAction;
}

export interface AccessDecision {
  allowed: boolean;
  /** What made it lawful (`own_organization`, `self`, `consent:<id>` …) or why it was denied. */
  basis: string;
}

/** Decides a batch of requests at once: one call per subgraph request, however many clients. */
export interface AccessPolicy {
  decide(viewer: Viewer, requests: AccessRequest[]): Promise<AccessDecision[]>;
}

export interface AccessLogEntry extends AccessRequest {
  at: string;
  viewerId: string;
  viewerKind: Viewer["kind"];
  organizationId: string | null;
  roles: string[];
  purpose: string | null;
  basis: string;
  outcome: "allowed" | "denied";
  requestId: string;
  source: string;
}

/** Where access log entries go. The write must succeed before any data is returned. */
export interface AccessLogSink {
  append(entries: AccessLogEntry[]): Promise<void>;
}
