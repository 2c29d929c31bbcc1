import DataLoader from "dataloader";
import { currentDeadline, type DeadlineReason } from "../db/requestDeadline";
import { AccessDecisionStopped } from "./accessDecisionStopped";
import { accessDecisionUnavailable, forbidden } from "../errors";
import { accessLogEntry } from "./accessLogEntry";
import { followUpCategoriesAt, type FollowUpRead, type ListField } from "./followUpReads";
import { decisionFromReads, keepRead, MAX_RECEIPTS, verifyDecidedReads, type ReadsByClient } from "./decidedReads";
import type { Viewer, ViewerKey } from "../viewer";
import { pageReadsOfRow, type ListRow } from "./visibleClients";
import { ACCESS_LOG_CATEGORY } from "./types";
import type {
  AccessAction,
  AccessCategory,
  AccessDecision,
  AccessLogContext,
  AccessLogEntry,
  AccessLogSink,
  AccessPolicy,
  AccessRequest,
  DataCategory,
} from "./types";

export interface AccessGuardOptions {
  viewer: Viewer;
  policy: AccessPolicy;
  log: AccessLogSink;
  requestId: string;
  /** The subgraph asking, recorded with each entry. */
  source: string;
  /** The request's decision scope, when the gateway signed one (AccessLogContext.scope). */
  scope?: string;
  /** The key the consents service's receipts are checked with (`decidedReads.ts`); without it none is taken. */
  receiptKey?: ViewerKey;
}

/**
 * The one door to a client's data within a request. Resolvers ask `assert(clientId, category)`;
 * the guard gathers every ask of the same tick into one policy call and one log write, and
 * only then lets the data through. Any failure of policy or log denies (fail closed).
 */
export class AccessGuard {
  private readonly loader: DataLoader<AccessRequest, AccessDecision, string>;
  /** The loader's cache: every request asked (or primed) in this request, by its key. */
  private readonly asked = new Map<string, Promise<AccessDecision>>();
  /**
   * The decisions made (decided and logged) in this request so far, by client and then by what was
   * asked of the client ({@link askedOfClient}): what {@link allowedAlready} reads, without building a
   * key string for every field it is asked about.
   */
  private readonly made = new Map<string, Map<string, AccessDecision>>();
  /** Set when a decision was not made because this request ran out of time or was abandoned. */
  private stoppedFor: DeadlineReason | undefined;
  /** Who asks within which request, as every decision call says it. */
  private readonly context: AccessLogContext;
  /** What the gateway said the request's later fetches read of the clients this subgraph answers. */
  private followUps: readonly FollowUpRead[] = [];
  /** Reads decided and logged earlier in this request, from the consents service's receipts, by client and category. */
  private readonly fromReceipts: ReadsByClient = new Map();
  /** Receipts this subgraph's lists were given, for the request's later fetches. */
  private readonly receipts: string[] = [];

  constructor(private readonly options: AccessGuardOptions) {
    const { requestId, source, scope } = options;
    this.context = scope ? { requestId, source, scope } : { requestId, source };
    this.loader = new DataLoader(
      async (requests) => {
        const decisions = await this.decideAndLog(requests);
        requests.forEach((request, index) => this.remember(request, decisions[index]!));
        return decisions;
      },
      { cacheKeyFn: keyOf, cacheMap: this.asked },
    );
  }

  /** Keeps what the gateway said the request's later fetches will read (the request's `followUpReads`). */
  expectFollowUpReads(reads: readonly FollowUpRead[]): void {
    this.followUps = reads;
  }

  /**
   * Takes the receipts the gateway carried from this request's earlier fetches: the reads in those
   * that the consents service signed for this request's scope and viewer are answered from them,
   * without a call (their entries are written). Anything else in them is ignored. A field of such a
   * read resolves at once ({@link allowedAlready}) or is asserted without the loader
   * ({@link fromReceipt}): no promise, key or batch per read, and nothing done for the reads of a
   * receipt no field asks (a receipt holds every category the request's later fetches read).
   */
  acceptDecidedReads(receipts: unknown): void {
    const { receiptKey, scope, viewer } = this.options;
    if (!receiptKey || !scope || !Array.isArray(receipts)) return;
    for (const receipt of receipts.slice(0, MAX_RECEIPTS))
      for (const read of verifyDecidedReads(receiptKey, receipt, scope, viewer)) keepRead(this.fromReceipts, read);
  }

  /** The decision this request's receipts give the request, when they give one (`decisionFromReads`). */
  private fromReceipt(request: AccessRequest): AccessDecision | undefined {
    return this.fromReceipts.size === 0 ? undefined : decisionFromReads(this.fromReceipts, request);
  }

  /** The receipts this subgraph's lists were given in this request, for the gateway to carry on. */
  receiptsForLaterFetches(): readonly string[] {
    return this.receipts;
  }

  /**
   * The categories the request's later fetches read of each client a list field shows at `rowsAt`
   * under its response path (`["edges", "@", "node"]` of a connection): reads its page may decide and
   * log as `ListRow.pageReads`, in the list's one call (docs/access.md, "Follow-up reads").
   */
  followUpCategoriesAt(field: ListField, rowsAt: readonly string[]): readonly DataCategory[] {
    return followUpCategoriesAt(this.followUps, field, rowsAt);
  }

  /**
   * Whether this read (or `action`) of the client's `category` (of `serviceTask`) was already decided
   * in this request, and allowed: decided and logged, exactly what {@link assert} would now answer
   * from the request's cache without asking again. Lets a field resolve at once, without a promise of
   * its own, once its client's decision is in (the fields of 79 clients of a caseload). False when not
   * yet decided, or denied, or undecided: then ask {@link assert}.
   */
  allowedAlready(
    clientId: string,
    category: AccessCategory,
    action: AccessAction = "read",
    serviceTask?: string | null,
  ): boolean {
    const asked = action === "read" && !serviceTask ? category : `${category}|${action}|${serviceTask ?? ""}||`;
    if (this.made.get(clientId)?.get(asked)?.allowed === true) return true;
    return this.fromReceipt(requestOf(clientId, category, action, serviceTask))?.allowed === true;
  }

  private remember(request: AccessRequest, decision: AccessDecision): void {
    let ofClient = this.made.get(request.clientId);
    if (!ofClient) this.made.set(request.clientId, (ofClient = new Map()));
    ofClient.set(askedOfClient(request), decision);
  }

  /**
   * Resolves when allowed; throws FORBIDDEN (null at the field's path) when not. `serviceTask`: the
   * service task the data belongs to, when it carries one (a service-task ban then applies only to it).
   */
  async assert(
    clientId: string,
    category: AccessCategory,
    action: AccessAction = "read",
    serviceTask?: string | null,
  ): Promise<void> {
    const request = requestOf(clientId, category, action, serviceTask);
    const decision = this.fromReceipt(request) ?? (await this.loader.load(request));
    if (isUndecided(decision)) throw this.undecided(category);
    if (!decision.allowed) throw noLawfulBasis(category, action, decision.basis);
  }

  /**
   * {@link assert} of one read, decided in the same batch as reads of records it answers with (each
   * for its own client, category and service task), so one request logs one entry per client. Only the
   * first read is asserted here; the records' decisions are kept for the asserts of their own fields.
   */
  async assertWith(
    clientId: string,
    category: AccessCategory,
    serviceTask: string | null | undefined,
    records: readonly { clientId: string; category: AccessCategory; serviceTask: string | null }[],
  ): Promise<void> {
    const asked = requestOf(clientId, category, "read", serviceTask);
    const requests = [asked, ...records.map((record) => requestOf(record.clientId, record.category, "read", record.serviceTask))];
    // All answered by the request's receipts (a later fetch's records of clients its list showed): nothing to ask.
    const known = this.fromReceipts.size === 0 ? undefined : requests.map((request) => this.fromReceipt(request));
    const [decision] = known?.every(Boolean) ? known : await this.loader.loadMany(requests);
    if (decision instanceof Error) throw decision;
    if (isUndecided(decision!)) throw this.undecided(category);
    if (!decision!.allowed) throw noLawfulBasis(category, "read", decision!.basis);
  }

  /**
   * Refuses a request on the asking subgraph's own facts (`reason`, e.g. `not_a_minor`): the refusal
   * is decided and logged as a denial with that reason, like any other, and then thrown as FORBIDDEN.
   * Use it where the rules of the consents service cannot see why (what only this subgraph knows).
   */
  async refuse(clientId: string, category: AccessCategory, action: AccessAction, reason: string): Promise<never> {
    const decision = await this.loader.load({ ...requestOf(clientId, category, action), refusal: reason });
    if (isUndecided(decision)) throw this.undecided(category);
    throw noLawfulBasis(category, action, decision.basis);
  }

  /**
   * Refuses a record asked for by an id nobody has (a concern, a plan, an episode, a meeting) exactly
   * as a hidden one is refused: the same FORBIDDEN ({@link noSuchRecord}), after the same work, a
   * decision and a log entry (against the asked id, denied `no_such_record`), so neither the answer
   * nor its time tells a missing record from a hidden one.
   */
  async refuseMissing(recordId: string, category: AccessCategory, action: AccessAction = "read"): Promise<never> {
    const decision = await this.loader.load({ ...requestOf(recordId, category, action), refusal: "no_such_record" });
    if (isUndecided(decision)) throw this.undecided(category);
    throw noSuchRecord(this.options.viewer, category, action);
  }

  /**
   * Resolves when the viewer may create, change or end a fact that grants access to the client (a
   * relationship, team link, consent, ban, statutory basis, guardianship: action `grant`); throws
   * FORBIDDEN otherwise. Decided and logged like any other request, so a refusal is in the log.
   * `grantedOrganizationId`: the organisation the fact names, when it names one.
   */
  async assertMayGrant(clientId: string, category: AccessCategory, grantedOrganizationId?: string): Promise<void> {
    const request: AccessRequest = { clientId, category, action: "grant" };
    if (grantedOrganizationId) request.grantedOrganizationId = grantedOrganizationId;
    const decision = await this.loader.load(request);
    if (isUndecided(decision)) throw this.undecided(category);
    if (!decision.allowed) throw grantRefused(category, decision.basis);
  }

  /**
   * Resolves when the viewer may change or end a record that grants access to its client (a consent,
   * a ban, a statutory basis, a client relationship: action `grant`). The read of the record's client
   * is decided in the same batch: a viewer who may not see the client is refused exactly as for an id
   * nobody has ({@link refuseMissingGrant}), so a record id cannot be probed; a viewer who may see it
   * is told the write rule they broke, as {@link assertMayGrant} does.
   */
  async assertMayGrantRecord(clientId: string, category: AccessCategory, grantedOrganizationId?: string): Promise<void> {
    const grant: AccessRequest = { clientId, category, action: "grant" };
    if (grantedOrganizationId) grant.grantedOrganizationId = grantedOrganizationId;
    const [mayGrant, maySee] = await this.decideAll([grant, requestOf(clientId, category, "read")], category);
    if (mayGrant!.allowed) return;
    if (!maySee!.allowed) throw noSuchGrantableRecord(this.options.viewer, category);
    throw grantRefused(category, mayGrant!.basis);
  }

  /**
   * Refuses a change of a record (consent, ban, statutory basis, relationship) asked for by an id
   * nobody has exactly as {@link assertMayGrantRecord} refuses one the viewer may not see: the same
   * FORBIDDEN after the same work (one decision of the same two requests, logged against the asked
   * id, denied `no_such_record`).
   */
  async refuseMissingGrant(recordId: string, category: AccessCategory): Promise<never> {
    const refusal = "no_such_record";
    await this.decideAll(
      [
        { clientId: recordId, category, action: "grant", refusal },
        { clientId: recordId, category, action: "read", refusal },
      ],
      category,
    );
    throw noSuchGrantableRecord(this.options.viewer, category);
  }

  /** Decides several requests in one batch; fails the field when any could not be decided. */
  private async decideAll(requests: AccessRequest[], category: AccessCategory): Promise<AccessDecision[]> {
    const decisions = await this.loader.loadMany(requests);
    const failure = decisions.find((decision) => decision instanceof Error);
    if (failure) throw failure;
    if ((decisions as AccessDecision[]).some(isUndecided)) throw this.undecided(category);
    return decisions as AccessDecision[];
  }

  /**
   * The rows of one client's data the viewer may see, each tagged with its service task (or null):
   * one decision per distinct task, all in one batch, so a ban of one service task's data hides only
   * that task's rows. Throws FORBIDDEN when rows exist and none may be seen; with no rows it decides
   * the untagged category, so an empty answer is still a lawful one (and logged).
   */
  async filterByServiceTask<Row>(
    clientId: string,
    category: AccessCategory,
    rows: readonly Row[],
    serviceTaskOf: (row: Row) => string | null,
  ): Promise<Row[]> {
    if (rows.length === 0) {
      await this.assert(clientId, category);
      return [];
    }
    const tasks = [...new Set(rows.map(serviceTaskOf))];
    const decisions = await this.loader.loadMany(tasks.map((task) => requestOf(clientId, category, "read", task)));
    const failure = decisions.find((decision) => decision instanceof Error);
    if (failure) throw failure;
    if ((decisions as AccessDecision[]).some(isUndecided)) throw this.undecided(category);
    const allowed = new Set(tasks.filter((_, index) => (decisions[index] as AccessDecision).allowed));
    if (allowed.size === 0) {
      throw noLawfulBasis(category, "read", (decisions[0] as AccessDecision).basis);
    }
    return rows.filter((row) => allowed.has(serviceTaskOf(row)));
  }

  /** Which of the given clients the viewer may see in this category; decided and logged as one batch. */
  async filterAllowed(
    clientIds: readonly string[],
    category: AccessCategory,
    action: AccessAction = "read",
    serviceTask?: string | null,
  ): Promise<Set<string>> {
    const decisions = await this.loader.loadMany(clientIds.map((clientId) => requestOf(clientId, category, action, serviceTask)));
    // A failed decision or log write must fail the field, not quietly shorten the list.
    const failure = decisions.find((decision) => decision instanceof Error);
    if (failure) throw failure;
    if ((decisions as AccessDecision[]).some(isUndecided)) throw this.undecided(category);
    return new Set(clientIds.filter((_, index) => (decisions[index] as AccessDecision).allowed));
  }

  /**
   * Which rows of a list's window the viewer may read in `category` (each row visible only when every
   * client of it is, for its service task), in one decision of which only the clients of the first
   * `logFirst` visible rows are logged (as read): a list's page is those, and the rest of its window,
   * hidden or beyond the page, leaves no log entry (filter, then page, docs/decisions/0013). The page's
   * rows' `pageReads`, and the `followUps` categories of each of their clients (what the request's later
   * fetches read of them, {@link followUpCategoriesAt}), are decided and logged in the same call, and kept
   * for the request like any decision made. Answers one flag per row. Fails closed as a decision does. A policy without `visibleAmong` is
   * asked its plain `decide`, and the page's rows are then decided and logged as a batch of reads (their
   * `pageReads` when they are made).
   */
  async visibleAmong(
    rows: readonly ListRow[],
    category: DataCategory,
    logFirst = 0,
    followUps: readonly DataCategory[] = [],
  ): Promise<boolean[]> {
    const { viewer, policy } = this.options;
    if (rows.length === 0) return [];
    const readsOf = (row: ListRow) => row.clientIds.map((clientId) => requestOf(clientId, category, "read", row.serviceTask));
    let visible: number[];
    try {
      if (policy.visibleAmong) {
        const answer = await policy.visibleAmong(viewer, category, [...rows], this.context, logFirst, followUps);
        visible = answer.visible;
        if (answer.receipt && this.receipts.length < MAX_RECEIPTS) this.receipts.push(answer.receipt);
        visible.slice(0, logFirst).forEach((index, shown) => {
          const row = rows[index]!;
          // The page's rows were decided and logged as reads: their fields of this category ask no more.
          for (const request of readsOf(row)) this.prime(request, { allowed: true, basis: "decided_with_list" });
          // Nor do the reads the page makes of them, decided and logged in the same call, allowed or not.
          const decisions = answer.pageReads?.[shown];
          if (decisions)
            pageReadsOfRow(row, followUps).forEach((read, at) =>
              this.prime(requestOf(read.clientId, read.category, "read"), decisions[at]!),
            );
        });
        return flags(rows.length, visible);
      }
      const requests = rows.flatMap(readsOf);
      const decisions = await policy.decide(viewer, requests);
      let at = 0;
      visible = rows.flatMap((row, index) => {
        const allowed = decisions.slice(at, (at += row.clientIds.length)).every((decision) => decision?.allowed === true);
        return allowed ? [index] : [];
      });
    } catch (error) {
      if (error instanceof AccessDecisionStopped) this.stoppedFor = error.reason;
      throw this.undecided(category);
    }
    const shown = visible.slice(0, logFirst);
    const decided = await this.decideAll(
      shown.flatMap((index) => readsOf(rows[index]!)),
      category,
    );
    let at = 0;
    const stillVisible = shown.filter((index) =>
      decided.slice(at, (at += rows[index]!.clientIds.length)).every((decision) => decision.allowed),
    );
    return flags(rows.length, [...stillVisible, ...visible.slice(logFirst)]);
  }

  /** Keeps a decision made elsewhere (with the list) for a request not asked yet; one already asked keeps its own. */
  private prime(request: AccessRequest, decision: AccessDecision): void {
    const key = keyOf(request);
    if (this.asked.has(key)) return;
    // What `loader.prime` does with the loader's cache (this map), without working out the key again.
    this.asked.set(key, Promise.resolve(decision));
    this.remember(request, decision);
  }

  /** ACCESS_DECISION_UNAVAILABLE, saying so when the request's deadline (or its caller hanging up) is why. */
  private undecided(category: AccessCategory) {
    const stopped = this.stoppedFor ?? currentDeadline()?.expired();
    return accessDecisionUnavailable(category, stopped && (stopped === "deadline" ? "deadline" : "cancelled"));
  }

  /**
   * Decides and logs a batch: the reads an earlier fetch of this request had decided and logged (its
   * receipts) are answered from those decisions, the rest by the policy.
   */
  private async decideAndLog(requests: readonly AccessRequest[]): Promise<AccessDecision[]> {
    if (this.fromReceipts.size === 0) return this.decideAndLogByPolicy(requests);
    const known = requests.map((request) => decisionFromReads(this.fromReceipts, request));
    const rest = requests.filter((_, index) => !known[index]);
    if (rest.length === 0) return known as AccessDecision[];
    const decided = await this.decideAndLogByPolicy(rest);
    let next = 0;
    return known.map((decision) => decision ?? decided[next++]!);
  }

  private async decideAndLogByPolicy(requests: readonly AccessRequest[]): Promise<AccessDecision[]> {
    const { viewer, policy, log } = this.options;
    if (policy.decideAndLog) {
      try {
        // Decision and durable log entries in one call: when it resolves, the entries are written.
        return await policy.decideAndLog(viewer, [...requests], this.context);
      } catch (error) {
        if (error instanceof AccessDecisionStopped) this.stoppedFor = error.reason;
        // Neither decided nor logged: deny all (fail closed) and record the attempt where we still can.
        const denied = requests.map(() => ({ allowed: false, basis: DECISION_UNAVAILABLE }));
        await log.append(this.entriesOf(requests, denied));
        return denied;
      }
    }
    let decisions: AccessDecision[];
    try {
      decisions = await policy.decide(viewer, [...requests]);
    } catch {
      decisions = requests.map(() => ({ allowed: false, basis: DECISION_UNAVAILABLE }));
    }
    // If the log cannot be written the data is not returned: the rejection reaches every waiting field.
    await log.append(this.entriesOf(requests, decisions));
    return decisions;
  }

  private entriesOf(requests: readonly AccessRequest[], decisions: readonly AccessDecision[]): AccessLogEntry[] {
    const { viewer, requestId, source } = this.options;
    const at = new Date().toISOString();
    return requests.map((request, index) => accessLogEntry(viewer, request, decisions[index]!, { requestId, source }, at));
  }
}

/**
 * Reasons of a denial that are about the viewer (who they are, their role, their scopes), the same
 * for every client. Any other reason (`no_consent`, `ban`, `no_client_relationship`) is a fact about
 * the client: said to someone with no basis on them, it would tell a client who exists from one who
 * does not (`no_consent` only comes of a relationship). The access log keeps every reason.
 */
const VIEWER_REASONS = new Set([
  "aggregates_only",
  "not_own_data",
  "scope_missing",
  "unknown_viewer",
  "professionals_only",
  "not_a_notice",
]);

/**
 * The FORBIDDEN of a refused read or change: the same for a client whose data is hidden from the
 * viewer and for one that does not exist ({@link noSuchRecord}), naming the reason only when it is
 * about the viewer.
 */
export function noLawfulBasis(category: AccessCategory, action: AccessAction = "read", basis?: string) {
  return forbidden(`You have no lawful basis to ${action} this client's ${category.replace("_", " ")} data.`, {
    category,
    ...(basis && VIEWER_REASONS.has(basis) ? { reason: basis } : {}),
  });
}

/**
 * What a record asked for by id that does not exist answers (a concern, a plan, an episode, a
 * meeting): the very FORBIDDEN a viewer without a basis gets for an existing one, with the reason
 * the rules would give this viewer whatever the client (docs/access.md "The rules"), so an id cannot
 * be probed. A viewer with a basis loses only the difference between "gone" and "never yours".
 */
export function noSuchRecord(viewer: Viewer, category: AccessCategory, action: AccessAction = "read") {
  return noLawfulBasis(category, action, reasonOfAnyClient(viewer, category, action));
}

/** The FORBIDDEN of a refused grant, naming the write rule broken (`reason`). */
function grantRefused(category: AccessCategory, reason?: string) {
  return forbidden(grantMessage(category), { category, ...(reason ? { reason } : {}) });
}

/**
 * What a change of a record the viewer may not see, or of one nobody has, answers: the FORBIDDEN of a
 * refused grant with only the reason the rules would give this viewer for any client, so the answer
 * tells neither whether the record exists nor a fact of its client.
 */
export function noSuchGrantableRecord(viewer: Viewer, category: AccessCategory) {
  const reason = reasonOfAnyClient(viewer, category, "grant");
  return forbidden(grantMessage(category), { category, ...(reason ? { reason } : {}) });
}

function grantMessage(category: AccessCategory): string {
  return `You may not grant access to this client's ${category.replace("_", " ")} data.`;
}

/** The reason every client's data is refused to this viewer, when there is one (their role, kind or scopes). */
function reasonOfAnyClient(viewer: Viewer, category: AccessCategory, action: AccessAction): string | undefined {
  switch (viewer.kind) {
    case "client":
      return "not_own_data";
    case "system": {
      const verb = action === "read" ? "read" : "write";
      const scoped = viewer.scopes.includes(`clients:${verb}`) || viewer.scopes.includes(`${category}:${verb}`);
      return category === ACCESS_LOG_CATEGORY ? "not_own_data" : scoped ? undefined : "scope_missing";
    }
    case "professional":
      return ["manager", "reporting"].some((role) => viewer.roles.includes(role)) && category !== ACCESS_LOG_CATEGORY
        ? "aggregates_only"
        : undefined;
    default:
      return "unknown_viewer";
  }
}

/** The basis of a denial the guard made itself because no decision could be had (fail closed). */
const DECISION_UNAVAILABLE = "decision_unavailable";

function isUndecided(decision: AccessDecision): boolean {
  return !decision.allowed && decision.basis === DECISION_UNAVAILABLE;
}

/** One flag per row, set for the rows at `indices`. */
function flags(count: number, indices: readonly number[]): boolean[] {
  const set = new Array<boolean>(count).fill(false);
  for (const index of indices) set[index] = true;
  return set;
}

/** One key per distinct request: the guard decides each once per request. */
function keyOf(request: AccessRequest): string {
  return `${request.clientId}|${request.category}|${request.action}|${request.serviceTask ?? ""}|${request.grantedOrganizationId ?? ""}|${request.refusal ?? ""}`;
}

/**
 * What a request asks of its client, as a key among that client's decisions: a plain read of a
 * category is the category itself (no category holds a `|`), anything else spells out every part.
 */
function askedOfClient(request: AccessRequest): string {
  const { category, action, serviceTask, grantedOrganizationId, refusal } = request;
  if (action === "read" && !serviceTask && !grantedOrganizationId && !refusal) return category;
  return `${category}|${action}|${serviceTask ?? ""}|${grantedOrganizationId ?? ""}|${refusal ?? ""}`;
}

function requestOf(clientId: string, category: AccessCategory, action: AccessAction, serviceTask?: string | null): AccessRequest {
  return serviceTask ? { clientId, category, action, serviceTask } : { clientId, category, action };
}
