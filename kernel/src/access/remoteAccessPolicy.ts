import { currentDeadline, type DeadlineReason } from "../db/requestDeadline";
import { DEADLINE_HEADER, deadlineForCall } from "../http/deadlineHeader";
import type { ViewerKey } from "../viewer";
import { accessCallPool, accessCallTarget, isDeadlineAnswer, postAccessCallRetried } from "./accessCall";
import { AccessServiceTokens } from "./accessServiceToken";
import { AccessDecisionStopped } from "./accessDecisionStopped";
import { timedDecisionCall, type DecisionCallMetrics } from "./decisionCallTiming";
import type { AccessDecision, AccessPolicy, AccessRequest } from "./types";
import { remoteVisibleClients } from "./visibleClients";

export interface RemoteAccessPolicySettings {
  /** The consents service's decision endpoint, e.g. `http://consents:4003/internal/access`. */
  url: string;
  key: ViewerKey;
  /**
   * How long one decision call may take before the batch is undecided, in ms; within a request, never
   * longer than the request's own deadline leaves. Default 5,000 ms.
   */
  timeoutMs?: number;
  /** Where each call's duration and outcome are counted (`silta_access_decision_call_seconds`). Default: nowhere. */
  metrics?: DecisionCallMetrics;
}

/** The body the consents service's decision endpoint takes and answers. */
export interface AccessDecisionCall {
  requests: AccessRequest[];
}
export interface AccessDecisionAnswer {
  decisions: AccessDecision[];
}

export { AccessDecisionStopped };

/**
 * Servers mode: each subgraph request batch is one POST to the consents service, which decides and
 * writes the access log entries before it answers. Anything but a complete answer throws, and the
 * guard denies the whole batch (fail closed, ACCESS_DECISION_UNAVAILABLE).
 *
 * Within a request (docs/gateway.md, "The deadline chain") the call is part of that request's work:
 * it waits no longer than the request's deadline leaves (nor than `timeoutMs`), announces that wait
 * less the answer's margin (`x-silta-deadline-ms`), so the consents service stops its statements in
 * time to answer, and is aborted when the request is abandoned, which cancels them at once.
 */
export function remoteAccessPolicy(settings: RemoteAccessPolicySettings): AccessPolicy {
  // One token per viewer and subgraph for a while (the consents service verifies each once), not one per call.
  const tokens = new AccessServiceTokens(settings.key);
  const pool = accessCallPool();
  const target = accessCallTarget(settings.url);
  const call = async (authorization: Record<string, string>, requests: AccessRequest[]): Promise<AccessDecision[]> => {
    const deadline = currentDeadline();
    const waitMs = Math.min(settings.timeoutMs ?? 5_000, deadline?.remainingMs() ?? Number.POSITIVE_INFINITY);
    // Nothing to ask for once the request is over: its statements would be refused there anyway.
    const stopped = deadline?.expired();
    if (stopped) throw new AccessDecisionStopped(stopped);
    let answered;
    try {
      answered = await postAccessCallRetried(
        pool,
        target,
        (attemptMs) => ({ ...authorization, [DEADLINE_HEADER]: String(deadlineForCall(attemptMs)) }),
        { requests } satisfies AccessDecisionCall,
        Math.max(1, Math.floor(waitMs)),
        deadline?.signal,
      );
    } catch (error) {
      if (deadline?.signal.aborted) throw new AccessDecisionStopped(deadline.signal.reason as DeadlineReason);
      throw error;
    }
    if (isDeadlineAnswer(answered)) {
      // The consents service stopped its statements at the deadline this call announced.
      throw new AccessDecisionStopped("deadline");
    }
    if (answered.status < 200 || answered.status > 299) throw new Error(`access decision failed with HTTP ${answered.status}`);
    const answer = (answered.body ?? {}) as Partial<AccessDecisionAnswer>;
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
      return timedDecisionCall(settings.metrics, "decide", () => call(tokens.headersFor(viewer, context), requests));
    },
    ...remoteVisibleClients({ ...settings, tokens, pool }),
  };
}
