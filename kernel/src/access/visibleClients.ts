import { currentDeadline } from "../db/requestDeadline";
import { DEADLINE_HEADER, deadlineForCall } from "../http/deadlineHeader";
import type { Viewer, ViewerKey } from "../viewer";
import type { Dispatcher } from "undici";
import { accessCallPool, accessCallTarget, postAccessCallRetried } from "./accessCall";
import { timedDecisionCall, type DecisionCallMetrics } from "./decisionCallTiming";
import { AccessServiceTokens } from "./accessServiceToken";
import { MAX_RECEIPT_LENGTH } from "./decidedReads";
import type { AccessDecision, AccessLogContext, DataCategory } from "./types";

/**
 * One row of a list as the access rules see it: the clients whose data it is, every one of whom the
 * viewer must be allowed to read for the row to be visible (one client; or each member of a family,
 * for a family's record; none, for a record of no one), and the service task its data belongs to,
 * when it carries one (a ban of one task's data then hides only that task's rows).
 */
export interface ListRow {
  clientIds: readonly string[];
  serviceTask?: string | null;
  /**
   * Reads the page makes of the row's clients when the row is shown, beyond the list's category (a
   * concern list's `client { firstName }`: the client's `basic` data), decided and logged in the same
   * call as the row's visibility, for the rows of the page only, and answered with it
   * ({@link VisibleRows.pageReads}): the page then costs one decision call, not two. Each names one of
   * the row's own `clientIds`. Only reads that will be made for every shown row: a read logged here
   * and never made would be an entry of a read that did not happen.
   */
  pageReads?: readonly PageRead[];
}

/** A read of one client's data in a category (no service task) made by every shown row of a list ({@link ListRow.pageReads}). */
export interface PageRead {
  clientId: string;
  category: DataCategory;
}

/** The most {@link ListRow.pageReads} one row may carry. */
export const MAX_PAGE_READS_PER_ROW = 8;

/** What a list's decision answers: the visible rows, and the decisions of the page's further reads. */
export interface VisibleRows {
  /** The indices of the visible rows, ascending. */
  visible: number[];
  /**
   * For each of the first `logFirst` visible rows (in `visible`'s order), the decisions of its
   * `pageReads`, one each, in their order; logged with the row. Absent when no row asked any.
   */
  pageReads?: AccessDecision[][];
  /**
   * The consents service's signed receipt of the page's further reads (`decidedReads.ts`), when the
   * call named a decision scope: carried to the request's later fetches, which answer those reads
   * from it without a call.
   */
  receipt?: string;
}

/**
 * Which rows of a list's window a viewer may read in a category, by the access rules, in one decision
 * (docs/decisions/0013-filter-before-deciding.md): the first `logFirst` visible rows, those a list
 * shows on its page, are logged with their basis (each of their clients) before the answer; the rest
 * are not, and nothing of them reaches the viewer. So how many hidden rows a list's window holds costs
 * no log entries. Answers the indices of the visible rows, ascending, and the decisions of the page's
 * rows' `pageReads` (decided and logged with them).
 */
export interface VisibleClientsSource {
  visibleAmong(
    viewer: Viewer,
    category: DataCategory,
    rows: ListRow[],
    context: AccessLogContext,
    logFirst: number,
    /**
     * Categories the request reads of every client of each shown row (the gateway's follow-up reads
     * of a list of clients): the page's further reads beside each row's `pageReads`, decided and
     * logged with the page, for the shown rows only ({@link pageReadsOfRow}). Default none.
     */
    followUps?: readonly DataCategory[],
  ): Promise<VisibleRows>;
}

/**
 * Every further read a shown row's page makes: its own `pageReads`, then each follow-up category of
 * each of its clients (client by client). A list's answer (`VisibleRows.pageReads`) decides them in
 * this order.
 */
export function pageReadsOfRow(row: ListRow, followUps: readonly DataCategory[]): readonly PageRead[] {
  if (followUps.length === 0) return row.pageReads ?? [];
  return [
    ...(row.pageReads ?? []),
    ...row.clientIds.flatMap((clientId) => followUps.map((category) => ({ clientId, category }))),
  ];
}

/** The consents service's path answering {@link VisibleClientsSource.visibleAmong}: beside the decision endpoint. */
export const VISIBLE_CLIENTS_SUFFIX = "/visible";

/** The most rows one {@link VisibleClientsSource.visibleAmong} call may carry (a list's examined bound is below it). */
export const MAX_VISIBLE_AMONG = 2_000;
/** The most client ids all rows of one call may name together (a window of family records names each member). */
export const MAX_VISIBLE_AMONG_CLIENTS = 20_000;

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
  /** The connections of the decision calls, shared with them. Default: its own. */
  pool?: Dispatcher;
  /** Where each call's duration and outcome are counted. Default: nowhere. */
  metrics?: DecisionCallMetrics;
}): VisibleClientsSource {
  const tokens = settings.tokens ?? new AccessServiceTokens(settings.key);
  const pool = settings.pool ?? accessCallPool();
  const target = accessCallTarget(`${settings.url}${VISIBLE_CLIENTS_SUFFIX}`);
  return {
    visibleAmong: (viewer, category, rows, context, logFirst, followUps = []) =>
      timedDecisionCall(settings.metrics, "visible", async () => {
        const authorization = tokens.headersFor(viewer, context);
        const deadline = currentDeadline();
        if (deadline?.expired()) throw new Error("the request is over");
        const waitMs = Math.min(settings.timeoutMs ?? 5_000, deadline?.remainingMs() ?? Number.POSITIVE_INFINITY);
        const answer = await postAccessCallRetried(
          pool,
          target,
          (attemptMs) => ({ ...authorization, [DEADLINE_HEADER]: String(deadlineForCall(attemptMs)) }),
          followUps.length ? { category, rows, logFirst, followUps } : { category, rows, logFirst },
          Math.max(1, Math.floor(waitMs)),
          deadline?.signal,
        );
        if (answer.status < 200 || answer.status > 299) throw new Error(`visible clients failed with HTTP ${answer.status}`);
        return visibleRowsOf(rows, logFirst, answer.body, followUps);
      }),
  };
}

/**
 * The answer checked against what was asked: the visible rows' indices and the decisions of the
 * page's reads ({@link visibleIndices}, {@link pageReadsOf}). A malformed answer fails closed.
 */
export function visibleRowsOf(
  rows: readonly ListRow[],
  logFirst: number,
  answer: unknown,
  followUps: readonly DataCategory[] = [],
): VisibleRows {
  const visible = visibleIndices(rows.length, answer);
  const pageReads = pageReadsOf(rows, visible.slice(0, logFirst), answer, followUps);
  const receipt = (answer as { receipt?: unknown } | null)?.receipt;
  return {
    visible,
    ...(pageReads ? { pageReads } : {}),
    ...(typeof receipt === "string" && receipt.length <= MAX_RECEIPT_LENGTH ? { receipt } : {}),
  };
}

/**
 * The decisions of the page's reads, one list per shown row with one decision per read it asked; none
 * when the answer has none (a consents service from before page reads, which ignores them: the reads
 * are then decided when made, as before). Anything else malformed fails closed.
 */
function pageReadsOf(
  rows: readonly ListRow[],
  shown: readonly number[],
  answer: unknown,
  followUps: readonly DataCategory[],
): AccessDecision[][] | undefined {
  const pageReads = (answer as { pageReads?: unknown } | null)?.pageReads;
  if (pageReads === undefined) return undefined;
  const wellFormed =
    Array.isArray(pageReads) &&
    pageReads.length === shown.length &&
    pageReads.every(
      (decisions, at) =>
        Array.isArray(decisions) &&
        decisions.length === pageReadsOfRow(rows[shown[at]!]!, followUps).length &&
        decisions.every(
          (decision) =>
            typeof (decision as AccessDecision | null)?.allowed === "boolean" &&
            typeof (decision as AccessDecision).basis === "string",
        ),
    );
  if (!wellFormed) throw new Error("visible clients answer is malformed");
  return (pageReads as AccessDecision[][]).map((decisions) => decisions.map(({ allowed, basis }) => ({ allowed, basis })));
}

/**
 * The answer's row indices, checked to be rows that were asked about, each once and in order: a
 * malformed answer fails closed, and one naming a row not asked about cannot widen a list.
 */
export function visibleIndices(asked: number, answer: unknown): number[] {
  const visible = (answer as { visible?: unknown } | null)?.visible;
  const wellFormed =
    Array.isArray(visible) &&
    visible.every(
      (index, at) => Number.isInteger(index) && index >= 0 && index < asked && (at === 0 || index > (visible[at - 1] as number)),
    );
  if (!wellFormed) throw new Error("visible clients answer is malformed");
  return visible as number[];
}
