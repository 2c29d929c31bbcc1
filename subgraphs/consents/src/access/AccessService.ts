import {
  pageReadsOfRow,
  signDecidedReads,
  todayIn,
  type AccessDecision,
  type AccessLogContext,
  type AccessPolicy,
  type AccessRequest,
  type DataCategory,
  type Database,
  type ListRow,
  type Viewer,
  type ViewerKey,
  type VisibleRows,
} from "@silta/kernel";
import { appendSqlOf, type ConsentsDb } from "../data/db";
import { decideForClient, decideForProfessional, decideForSystem } from "../domain/accessRules";
import { clientViewerFacts, professionalFacts } from "./accessFacts";
import { KeptFacts } from "./keptFacts";
import { ScopeDecisions } from "./scopeDecisions";
import { distinct, DistinctReads, type DistinctRead } from "./distinctReads";
import type { AccessMetrics } from "./accessMetrics";
import {
  appendAccessLog,
  appendAccessLogAtVersion,
  batchLogEntries,
  groupLogEntries,
  type LoggedDecision,
} from "./accessLogStore";
import type { StoredLogEntry } from "../domain/accessLogHash";

export interface AccessServiceOptions {
  /**
   * The consents database through its Prisma client (built by the composition root,
   * `createPrisma(database)`): consents, bans, statutory bases, the projection and the access log.
   */
  prisma: ConsentsDb;
  /**
   * The same database's kernel `Sql`, on which the log's appends run (ADR 0015's named exception).
   * Default: that of the database `prisma` was made for (`createPrisma`).
   */
  sql?: Database["sql"];
  /** The county's time zone: a consent is valid by Finnish calendar days. */
  timeZone: string;
  now?: () => Date;
  /**
   * Keep professionals' read facts between calls while their version holds ({@link KeptFacts}).
   * Default true; false reads every batch's facts afresh.
   */
  keepFacts?: boolean;
  /**
   * Answer a read already decided and logged in the same request's decision scope from that decision
   * ({@link ScopeDecisions}). Default true; false decides and logs every call.
   */
  rememberScopes?: boolean;
  /**
   * The key the receipts of a list's further reads are signed with (`signDecidedReads`), for the
   * request's later fetches to answer those reads without a call. Without it no receipt is given.
   */
  receiptKey?: ViewerKey;
  /** Where committed batches and their reads are counted (`/metrics`). Default: nowhere. */
  metrics?: AccessMetrics;
}

/**
 * The access decisions of every subgraph (Act 703/2023), made from the consents database: a batch
 * of (client, category, action) for one viewer is decided with at most two SQL statements and
 * logged with one INSERT (one entry per client, every category in it; no lock, sealed later; a batch decided on kept facts checks their version in that INSERT). A
 * professional's read facts are kept between batches only while the facts' version is unchanged,
 * read first in every batch ({@link KeptFacts}), so a revoked consent, a new ban or a changed team
 * decides the very next request.
 */
export class AccessService {
  private readonly now: () => Date;
  private readonly keptFacts: KeptFacts | undefined;
  private readonly sql: Database["sql"];
  private readonly scopes: ScopeDecisions | undefined;

  constructor(private readonly options: AccessServiceOptions) {
    this.now = options.now ?? (() => new Date());
    const sql = options.sql ?? appendSqlOf(options.prisma);
    if (!sql) throw new Error("AccessService: no Sql for the log's appends (pass `sql`, or a client made by createPrisma)");
    this.sql = sql;
    this.keptFacts = options.keepFacts === false ? undefined : new KeptFacts(options.prisma);
    this.scopes = options.rememberScopes === false ? undefined : new ScopeDecisions();
  }

  /** Decides without logging: for the "who may see what" overview, never for letting data through. */
  async decide(
    viewer: Viewer,
    requests: readonly AccessRequest[],
    today = todayIn(this.options.timeZone, this.now()),
  ): Promise<AccessDecision[]> {
    return (await this.decideBound(viewer, requests, today)).decisions;
  }

  /** {@link decide}, and a decider of further reads of the same clients on the very facts it decided on. */
  private async decideBound(viewer: Viewer, requests: readonly AccessRequest[], today: string): Promise<BoundDecisions> {
    const rule = await this.rulesFor(viewer, requests, today);
    return { decisions: withRefusals(requests, requests.map(rule)), decideMore: (more) => more.map(rule) };
  }

  /** The rules for this viewer over the facts of the requests' clients, read once. */
  private async rulesFor(
    viewer: Viewer,
    requests: readonly AccessRequest[],
    today: string,
  ): Promise<(request: AccessRequest) => AccessDecision> {
    const clientIds = [...new Set(requests.map((request) => request.clientId))];
    switch (viewer.kind) {
      case "system":
        return (request) => decideForSystem(viewer, request);
      case "client": {
        const facts = await clientViewerFacts(this.options.prisma, viewer.id, clientIds, today);
        return (request) => decideForClient(viewer, request, facts);
      }
      case "professional": {
        const readsOnly = requests.every((request) => request.action === "read");
        const facts =
          readsOnly && this.keptFacts
            ? await this.keptFacts.readsOf(viewer.id, viewer.organizationId, clientIds, today)
            : await professionalFacts(this.options.prisma, viewer.id, viewer.organizationId, clientIds, today, readsOnly);
        return (request) => decideForProfessional(viewer, request, facts);
      }
      default:
        return () => ({ allowed: false, basis: "unknown_viewer" });
    }
  }

  /**
   * Which rows of a list the viewer may read in the category, in one decision (a row is visible when
   * every client of it is, for its service task): the clients of the first `logFirst` visible rows (a
   * list's page) are logged as read before it resolves, the rest are not, as nothing of them is shown
   * (docs/decisions/0013). The page's further reads (each shown row's `pageReads` and the `followUps`
   * categories of its clients, `pageReadsOfRow`) are decided on the same facts once the page is known,
   * for the shown rows only, and logged with them. Answers the indices of the visible rows, ascending,
   * and the page's reads' decisions when any were asked. Within a decision scope, what was logged is
   * kept for the request's later calls ({@link ScopeDecisions}).
   */
  async visibleAmong(
    viewer: Viewer,
    category: DataCategory,
    rows: readonly ListRow[],
    logFirst: number,
    context: AccessLogContext,
    followUps: readonly DataCategory[] = [],
  ): Promise<VisibleRows> {
    const at = this.now();
    // Each read is decided once, however many rows of the window (or page reads) name it.
    const table = new DistinctReads();
    const rowReads = rows.map((row) => row.clientIds.map((clientId) => table.readOf(clientId, category, row.serviceTask)));
    const asked = [...table.all()];
    let visible: number[] = [];
    /** For each shown row, its further reads, in `pageReadsOfRow`'s order. */
    let readsOfPage: DistinctRead[][] = [];
    let logged: DistinctRead[] = [];
    await this.decideAndWrite(
      viewer,
      asked.map((read) => read.request),
      at,
      (decisions, decideMore) => {
        // Called again when kept facts turned out stale: nothing decided on them may stand.
        table.undecide();
        asked.forEach((read, index) => (read.decision = decisions[index]!));
        visible = rowReads.flatMap((reads, index) => (reads.every((read) => read.decision!.allowed) ? [index] : []));
        const page = visible.slice(0, logFirst);
        readsOfPage = page.map((index) =>
          pageReadsOfRow(rows[index]!, followUps).map((read) => table.readOf(read.clientId, read.category)),
        );
        const further = distinct(readsOfPage.flat()).filter((read) => read.decision === undefined);
        decideMore(further.map((read) => read.request)).forEach((decision, index) => (further[index]!.decision = decision));
        logged = distinct(page.flatMap((index, shown) => [...rowReads[index]!, ...readsOfPage[shown]!]));
        return batchLogEntries(
          viewer,
          logged.map((read) => read.request),
          logged.map((read) => read.decision!),
          context,
          at.toISOString(),
        );
      },
    );
    // Only what was logged is kept for the request: the page's rows and their reads, never a hidden or unshown row.
    if (context.scope)
      this.scopes?.remember(
        context.scope,
        viewer,
        logged.map((read) => read.request),
        logged.map((read) => read.decision!),
      );
    if (!followUps.length && !rows.some((row) => row.pageReads?.length)) return { visible };
    const pageReads = readsOfPage.map((reads) => reads.map((read) => answerOf(read.decision!)));
    const further = distinct(readsOfPage.flat());
    if (!context.scope || !this.options.receiptKey || further.length === 0) return { visible, pageReads };
    // Signed only now, after the entries were committed: a receipt says they are written.
    const reads = further.map(({ request, decision }) => ({
      clientId: request.clientId,
      category: request.category as DataCategory,
      decision: answerOf(decision!),
    }));
    return { visible, pageReads, receipt: signDecidedReads(this.options.receiptKey, context.scope, viewer, reads) };
  }

  /** Decides the batch and writes its log entries; resolves only once they are committed. */
  async decideAndLog(viewer: Viewer, requests: readonly AccessRequest[], context: AccessLogContext): Promise<AccessDecision[]> {
    const { scope } = context;
    if (!scope || !this.scopes) return this.decideAndLogAfresh(viewer, requests, context);
    // Reads this request already decided and logged (a list's follow-up reads) are answered as decided then.
    const known = this.scopes.known(scope, viewer, requests);
    const missing = requests.filter((_, index) => !known[index]);
    if (missing.length === 0) return known as AccessDecision[];
    const decided = await this.decideAndLogAfresh(viewer, missing, context);
    this.scopes.remember(scope, viewer, missing, decided);
    let next = 0;
    return known.map((decision) => decision ?? decided[next++]!);
  }

  private async decideAndLogAfresh(
    viewer: Viewer,
    requests: readonly AccessRequest[],
    context: AccessLogContext,
  ): Promise<AccessDecision[]> {
    const at = this.now();
    return this.decideAndWrite(viewer, requests, at, (decisions) =>
      batchLogEntries(viewer, requests, decisions, context, at.toISOString()),
    );
  }

  /**
   * Decides the batch and commits the log entries `entriesOf` makes of its decisions before it
   * resolves. A professional's reads whose every client is kept are first decided on the kept facts
   * and written only if their version still holds when the entries are (one statement: the version
   * is not read before); if it changed, nothing was written and the batch is decided afresh, as
   * every other batch is: the version read, the facts that changed read, then the entries written.
   * Either way the decisions answered are those of facts current after the call arrived.
   */
  private async decideAndWrite(
    viewer: Viewer,
    requests: readonly AccessRequest[],
    at: Date,
    entriesOf: (decisions: AccessDecision[], decideMore: BoundDecisions["decideMore"]) => StoredLogEntry[],
  ): Promise<AccessDecision[]> {
    const today = todayIn(this.options.timeZone, at);
    const kept = this.decideOnKeptFacts(viewer, requests, today);
    if (kept) {
      const entries = entriesOf(kept.decisions, kept.decideMore);
      if (entries.length > 0 && (await appendAccessLogAtVersion(this.sql, entries, kept.version))) {
        this.options.metrics?.logged("kept", entries);
        return kept.decisions;
      }
    }
    const { decisions, decideMore } = await this.decideBound(viewer, requests, today);
    const entries = entriesOf(decisions, decideMore);
    await appendAccessLog(this.sql, entries);
    this.options.metrics?.logged("read", entries);
    return decisions;
  }

  /** A professional's reads decided on kept facts alone, with their version; undefined when not all are kept. */
  private decideOnKeptFacts(
    viewer: Viewer,
    requests: readonly AccessRequest[],
    today: string,
  ): (BoundDecisions & { version: string }) | undefined {
    if (viewer.kind !== "professional" || !this.keptFacts || !requests.every((request) => request.action === "read"))
      return undefined;
    const clientIds = [...new Set(requests.map((request) => request.clientId))];
    const kept = this.keptFacts.keptReadsOf(viewer.id, viewer.organizationId, clientIds, today);
    if (!kept) return undefined;
    const rule = (request: AccessRequest) => decideForProfessional(viewer, request, kept.facts);
    return { version: kept.version, decisions: withRefusals(requests, requests.map(rule)), decideMore: (more) => more.map(rule) };
  }

  /**
   * Appends decisions to the log, one entry per client and context with every category in it; also
   * for entries that are not decisions of this service (the access log queries themselves).
   */
  async log(decisions: LoggedDecision[]): Promise<void> {
    const entries = groupLogEntries(decisions);
    await appendAccessLog(this.sql, entries);
    this.options.metrics?.entriesLogged(entries);
  }

  /** This service as every subgraph's policy when they run in the same process (the embedded hub). */
  policy(): AccessPolicy {
    return {
      decide: (viewer, requests) => this.decide(viewer, requests),
      decideAndLog: (viewer, requests, context) => this.decideAndLog(viewer, requests, context),
      visibleAmong: (viewer, category, rows, context, logFirst, followUps) =>
        this.visibleAmong(viewer, category, rows, logFirst, context, followUps),
    };
  }
}

/**
 * A batch's decisions, and a decider of further plain reads of the same clients on the very facts the
 * batch was decided on (a list's page reads, once the page is known).
 */
interface BoundDecisions {
  decisions: AccessDecision[];
  decideMore(more: readonly AccessRequest[]): AccessDecision[];
}

/** A refusal the asking subgraph made on its own facts stands, whatever the rules would allow. */
function withRefusals(requests: readonly AccessRequest[], decisions: readonly AccessDecision[]): AccessDecision[] {
  return decisions.map((decision, index) => {
    const refusal = requests[index]!.refusal;
    return refusal ? { allowed: false, basis: refusal } : decision;
  });
}

/** What a subgraph is told of a decision: allowed or not, and why (the records it rests on stay in the log). */
function answerOf(decision: AccessDecision): AccessDecision {
  return { allowed: decision.allowed, basis: decision.basis };
}
