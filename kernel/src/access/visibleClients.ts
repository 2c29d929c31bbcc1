import { currentDeadline } from "../db/requestDeadline";
import { DEADLINE_HEADER, deadlineForCall } from "../http/deadlineHeader";
import type { Viewer, ViewerKey } from "../viewer";
import { AccessServiceTokens } from "./accessServiceToken";
import type { AccessLogContext, DataCategory } from "./types";

/**
 * Which of a window of clients a viewer may read in a category, by the access rules, in one decision
 * (docs/decisions/0013-filter-before-deciding.md): the first `logFirst` visible clients, those a list
 * shows on its page, are logged with their basis before the answer; the rest are not, and nothing of
 * them reaches the viewer. So how many hidden clients a list's window holds costs no log entries.
 */
export interface VisibleClientsSource {
  visibleAmong(
    viewer: Viewer,
    category: DataCategory,
    clientIds: string[],
    context: AccessLogContext,
    logFirst: number,
  ): Promise<string[]>;
}

/** The consents service's path answering {@link VisibleClientsSource.visibleAmong}: beside the decision endpoint. */
export const VISIBLE_CLIENTS_SUFFIX = "/visible";

/** The most client ids one {@link VisibleClientsSource.visibleAmong} call may carry (a list's examined bound is below it). */
export const MAX_VISIBLE_AMONG = 2_000;

/**
 * Servers mode: asks the consents service (`<decision url>/visible`) with the same service token as a
 * decision, within the request's deadline. Anything but a complete answer throws; the guard then
 * answers ACCESS_DECISION_UNAVAILABLE (fail closed).
 */
export function remoteVisibleClients(settings: {
  url: string;
  key: ViewerKey;
  timeoutMs?: number;
  /** The tokens of the decision calls, shared with them. Default: its own. */
  tokens?: AccessServiceTokens;
}): VisibleClientsSource {
  const tokens = settings.tokens ?? new AccessServiceTokens(settings.key);
  return {
    async visibleAmong(viewer, category, clientIds, context, logFirst) {
      const authorization = tokens.headersFor(viewer, context);
      const deadline = currentDeadline();
      if (deadline?.expired()) throw new Error("the request is over");
      const waitMs = Math.min(settings.timeoutMs ?? 5_000, deadline?.remainingMs() ?? Number.POSITIVE_INFINITY);
      const timeout = AbortSignal.timeout(Math.max(1, Math.floor(waitMs)));
      const response = await fetch(`${settings.url}${VISIBLE_CLIENTS_SUFFIX}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...authorization,
          [DEADLINE_HEADER]: String(deadlineForCall(waitMs)),
        },
        body: JSON.stringify({ category, clientIds, logFirst }),
        signal: deadline ? AbortSignal.any([timeout, deadline.signal]) : timeout,
      });
      if (!response.ok) throw new Error(`visible clients failed with HTTP ${response.status}`);
      return visibleSubset(clientIds, await response.json());
    },
  };
}

/**
 * The answer's ids, checked to be among those asked: a malformed answer fails closed, and one naming
 * a client not asked about cannot widen a list.
 */
export function visibleSubset(asked: readonly string[], answer: unknown): string[] {
  const visible = (answer as { visible?: unknown } | null)?.visible;
  if (!Array.isArray(visible) || !visible.every((id) => typeof id === "string"))
    throw new Error("visible clients answer is malformed");
  const allowed = new Set(visible as string[]);
  return asked.filter((id) => allowed.has(id));
}
