import type { ViewerKey } from "../viewer";
import { signAccessServiceToken } from "./accessServiceToken";
import type { AccessDecision, AccessPolicy, AccessRequest } from "./types";

export interface RemoteAccessPolicySettings {
  /** The consents service's decision endpoint, e.g. `http://consents:4003/internal/access`. */
  url: string;
  key: ViewerKey;
  /** How long one decision call may take before the batch is denied. Default 5,000 ms. */
  timeoutMs?: number;
}

/** The body the consents service's decision endpoint takes and answers. */
export interface AccessDecisionCall {
  requests: AccessRequest[];
}
export interface AccessDecisionAnswer {
  decisions: AccessDecision[];
}

/**
 * Servers mode: each subgraph request batch is one POST to the consents service, which decides and
 * writes the access log entries before it answers. Anything but a complete answer throws, and the
 * guard denies the whole batch (fail closed).
 */
export function remoteAccessPolicy(settings: RemoteAccessPolicySettings): AccessPolicy {
  const call = async (token: string, requests: AccessRequest[]): Promise<AccessDecision[]> => {
    const response = await fetch(settings.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ requests } satisfies AccessDecisionCall),
      signal: AbortSignal.timeout(settings.timeoutMs ?? 5_000),
    });
    if (!response.ok) throw new Error(`access decision failed with HTTP ${response.status}`);
    const answer = (await response.json()) as Partial<AccessDecisionAnswer>;
    if (!Array.isArray(answer.decisions) || answer.decisions.length !== requests.length) {
      throw new Error("access decision answer does not match the requests");
    }
    return answer.decisions.map((decision) => ({ ...decision, allowed: decision.allowed === true }));
  };
  return {
    async decide() {
      // Deciding without logging would let data out unlogged: this policy only decides and logs together.
      throw new Error("the remote access policy decides and logs in one call: use decideAndLog");
    },
    async decideAndLog(viewer, requests, context) {
      const token = await signAccessServiceToken({ viewer, source: context.source, requestId: context.requestId }, settings.key);
      return call(token, requests);
    },
  };
}
