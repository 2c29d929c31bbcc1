import type { ConsentsDb } from "../data/db";
import type { BanFact, ClientRelationFacts, DisclosureGrant, ProfessionalFacts } from "../domain/accessRules";
import { professionalFacts } from "./accessFacts";

/** What the rules read about one client as seen by one professional (a row of {@link professionalFacts}). */
interface ClientFacts {
  relation: ClientRelationFacts | undefined;
  grants: DisclosureGrant[];
  bans: BanFact[];
}

/** One professional's facts on one day, as of one version of the facts. */
interface Kept {
  version: string;
  organizationIsCounty: boolean | undefined;
  clients: Map<string, ClientFacts>;
}

export interface KeptFactsOptions {
  /** Most clients' facts kept in all, across professionals; past it everything kept is dropped. Default 50,000. */
  maxClients?: number;
}

/**
 * The facts of professionals' reads, kept between decision calls by this process, and used only while
 * the facts' version (`access_facts_version`, bumped at the commit of any change to a fact the rules
 * read) is the one read at the start of the call: one small statement instead of the facts statement.
 * A consent revoked, a ban recorded, a team left, by any writer (the projection, a mutation, a
 * migration) changes the version, so the very next call reads the facts afresh (the freshness rule,
 * docs/access.md). Facts of the clients not kept yet are read with {@link professionalFacts} and kept.
 *
 * Why what is kept is never older than the version it is kept under: facts are only read after the
 * version was, in a later snapshot, so they hold every change up to that version (and perhaps one
 * after it, which bumps the version again and drops them). Reads only: creating a client and granting
 * also read whether anyone knows or worked with a client, which no key here covers, so those batches
 * are always read afresh.
 */
export class KeptFacts {
  private readonly kept = new Map<string, Kept>();
  private clientsKept = 0;
  private readonly maxClients: number;

  constructor(
    private readonly db: ConsentsDb,
    options: KeptFactsOptions = {},
  ) {
    this.maxClients = options.maxClients ?? 50_000;
  }

  async readsOf(
    professionalId: string | undefined,
    organizationId: string | undefined,
    clientIds: string[],
    today: string,
  ): Promise<ProfessionalFacts> {
    const [row] = await this.db.$queryRaw<{ version: string }[]>`SELECT version::text AS version FROM access_facts_version`;
    // Without the version (a database not migrated yet) nothing can be kept: read afresh, as before.
    if (!row) return professionalFacts(this.db, professionalId, organizationId, clientIds, today, true);
    const key = `${professionalId ?? ""}|${organizationId ?? ""}|${today}`;
    let kept = this.kept.get(key);
    if (kept?.version !== row.version) {
      // Only facts of the version just read are kept: another version's, of any professional, are dropped.
      this.dropOtherVersions(row.version);
      kept = { version: row.version, organizationIsCounty: undefined, clients: new Map() };
      this.kept.set(key, kept);
    }
    const missing = [...new Set(clientIds.filter((id) => !kept.clients.has(id)))];
    let organizationIsCounty = kept.organizationIsCounty;
    const read = new Map<string, ClientFacts>();
    if (missing.length > 0) {
      const facts = await professionalFacts(this.db, professionalId, organizationId, missing, today, true);
      if (facts.relations.size > 0) organizationIsCounty = facts.organizationIsCounty;
      for (const id of missing)
        read.set(id, { relation: facts.relations.get(id), grants: facts.grants.get(id) ?? [], bans: facts.bans.get(id) ?? [] });
      this.keep(key, kept, read, organizationIsCounty);
    }
    return factsOf(clientIds, (id) => read.get(id) ?? kept.clients.get(id), organizationIsCounty);
  }

  /**
   * The facts of a batch from what is kept alone, without a statement, when every one of its clients
   * is kept for this professional and day: with the version they are kept under, which the caller
   * must find unchanged when it writes the batch's log (`appendAccessLogAtVersion`) before it
   * may answer with decisions made on them. Undefined when anything is missing (then {@link readsOf}).
   */
  keptReadsOf(
    professionalId: string | undefined,
    organizationId: string | undefined,
    clientIds: readonly string[],
    today: string,
  ): { version: string; facts: ProfessionalFacts } | undefined {
    const kept = this.kept.get(`${professionalId ?? ""}|${organizationId ?? ""}|${today}`);
    if (!kept || clientIds.length === 0 || !clientIds.every((id) => kept.clients.has(id))) return undefined;
    return { version: kept.version, facts: factsOf(clientIds, (id) => kept.clients.get(id), kept.organizationIsCounty) };
  }

  /** Adds what a call read to its professional's kept facts, unless another version replaced them meanwhile. */
  private keep(key: string, current: Kept, read: Map<string, ClientFacts>, organizationIsCounty: boolean | undefined): void {
    if (this.kept.get(key) !== current) return;
    let kept = current;
    if (this.clientsKept + read.size > this.maxClients) {
      // Past the bound everything is dropped (detached, not emptied: a call in flight still reads what it found).
      this.kept.clear();
      this.clientsKept = 0;
      kept = { version: current.version, organizationIsCounty: undefined, clients: new Map() };
      this.kept.set(key, kept);
    }
    kept.organizationIsCounty = organizationIsCounty;
    for (const [id, facts] of read) {
      if (kept.clients.has(id)) continue;
      kept.clients.set(id, facts);
      this.clientsKept += 1;
    }
  }

  private dropOtherVersions(version: string): void {
    for (const [key, entry] of this.kept) {
      if (entry.version === version) continue;
      this.clientsKept -= entry.clients.size;
      this.kept.delete(key);
    }
  }
}

/** The facts of the batch's clients, from where each one's were found. */
function factsOf(
  clientIds: readonly string[],
  factsOfClient: (id: string) => ClientFacts | undefined,
  organizationIsCounty: boolean | undefined,
): ProfessionalFacts {
  const relations = new Map<string, ClientRelationFacts>();
  const grants = new Map<string, DisclosureGrant[]>();
  const bans = new Map<string, BanFact[]>();
  for (const id of clientIds) {
    const facts = factsOfClient(id);
    if (!facts) continue;
    if (facts.relation) relations.set(id, facts.relation);
    if (facts.grants.length) grants.set(id, facts.grants);
    if (facts.bans.length) bans.set(id, facts.bans);
  }
  return { organizationIsCounty: organizationIsCounty ?? false, relations, grants, bans };
}
