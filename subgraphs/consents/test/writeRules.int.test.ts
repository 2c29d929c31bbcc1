import { randomUUID } from "node:crypto";
import { createLogger, InProcessEventBus, OutboxRelay, type Sql, type Viewer } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { clientsSubgraph } from "@silta/clients";
import { teamsSubgraph } from "@silta/teams";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";
import { addGuardianship, buildAccessWorld, logRows, type AccessWorld } from "./accessWorld";

const createClient = `mutation ($input: CreateClientInput!) { createClient(input: $input) { created client { id } } }`;
const startRelationship = `mutation ($input: StartClientRelationshipInput!) { startClientRelationship(input: $input) { id organization { id } } }`;
const recordConsent = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id isActive givenBy } }`;
const revokeConsent = `mutation ($id: ID!) { revokeConsent(id: $id) { id isActive } }`;
const recordBan = `mutation ($input: RecordBanInput!) { recordBan(input: $input) { id isActive } }`;
const liftBan = `mutation ($id: ID!) { liftBan(id: $id) { id isActive } }`;
const recordStatutoryBasis = `mutation ($input: RecordStatutoryBasisInput!) { recordStatutoryBasis(input: $input) { id isActive } }`;
const endStatutoryBasis = `mutation ($id: ID!) { endStatutoryBasis(id: $id) { id isActive } }`;
const readClient = `query ($id: ID!) { client(id: $id) { id firstName identityCode(unmasked: true) } }`;

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * Who may create the facts that grant access (docs/access.md, "Who may create access"), through the
 * real clients and consents subgraphs deciding with the consents service: each row is shown allowed
 * and refused, and every refusal is in the access log as a denied `grant`.
 */
describe("who may create the facts that grant access", () => {
  const databases: TestDatabase[] = [];
  let consents: SubgraphHarness;
  let clients: SubgraphHarness;
  let teams: SubgraphHarness;
  let sql: Sql;
  let prisma: PrismaClient;
  let world: AccessWorld;
  /** A county organisation other than the controller: the family centre. */
  const centre = randomUUID();
  const bus = new InProcessEventBus();
  /** The clients subgraph's outbox relay, flushed by hand: its events reach the consents projection. */
  let relay: OutboxRelay;

  beforeAll(async () => {
    const [consentsDb, clientsDb, teamsDb] = await Promise.all([
      createTestDatabase("writes_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("writes_clients", clientsSubgraph.migrationsDir),
      createTestDatabase("writes_teams", teamsSubgraph.migrationsDir),
    ]);
    databases.push(consentsDb!, clientsDb!, teamsDb!);
    sql = consentsDb!.database.sql;
    prisma = createPrisma(consentsDb!.database);
    relay = new OutboxRelay({
      source: "clients",
      sql: clientsDb!.database.sql,
      bus,
      log: createLogger({ service: "clients", level: "silent" }),
    });
    world = await buildAccessWorld(sql, 2);
    await sql.query(`INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1, true)`, [centre]);
    const accessPolicy = new AccessService({ prisma, timeZone: "Europe/Helsinki" }).policy();
    [consents, clients, teams] = await Promise.all([
      startSubgraph(consentsSubgraph, consentsDb!.database, { bus }),
      startSubgraph(clientsSubgraph, clientsDb!.database, { accessPolicy, bus }),
      startSubgraph(teamsSubgraph, teamsDb!.database, { accessPolicy }),
    ]);
    // The world's clients on record in the clients subgraph, as their responsible worker created them;
    // the first one under a non-disclosure order, with a client relationship of the county's own.
    for (const [index, id] of world.clients.entries()) {
      const created = await clients.query(
        createClient,
        {
          input: {
            id,
            temporaryIdentifier: `T-${id}`,
            firstName: index === 0 ? "Salla" : "Eino",
            lastName: "Turva",
            controllerOrganizationId: world.county,
            hasNonDisclosureOrder: index === 0,
          },
        },
        socialWorker(),
      );
      expect(created.errors).toBeUndefined();
    }
    const started = await clients.query(
      startRelationship,
      { input: relationship(world.clients[0]!, world.county) },
      socialWorker(),
    );
    expect(started.errors).toBeUndefined();
  });

  afterAll(async () => {
    await Promise.all([consents, clients, teams].filter(Boolean).map((harness) => harness.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  const socialWorker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const nurse = professional(centre, { id: randomUUID(), roles: ["nurse"] });
  const relationship = (clientId: string, organizationId: string) => ({
    clientId,
    organizationId,
    serviceTask: "maternity_and_child_health",
    since: "2026-01-01",
  });
  const deniedGrants = async (viewerId: string, clientId: string) =>
    (await logRows(sql, { viewerId, clientId })).filter((row) => row.action === "grant" && row.outcome === "denied");
  /** The answer as a caller compares it: all of it but the request id, which differs for every request. */
  const answerOf = (answer: Answer) => ({
    ...answer,
    errors: answer.errors?.map(({ extensions, ...error }) => {
      const { requestId: _requestId, ...rest } = extensions ?? {};
      return { ...error, extensions: rest };
    }),
  });
  const forbiddenReason = (answer: Answer) => {
    expect(answer.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    return answer.errors![0]!.extensions!["reason"];
  };

  describe("starting a client relationship", () => {
    it("refuses a county professional with no basis who tries to attach herself to a non-disclosure client, and logs the attempt", async () => {
      const [salla] = world.clients as [string];
      const attempt = (await clients.query(startRelationship, { input: relationship(salla, centre) }, nurse)) as Answer;
      // A client she may not see: refused as one nobody has, with no fact of Salla (the log keeps the reason).
      expect(forbiddenReason(attempt)).toBeUndefined();
      const missing = (await clients.query(startRelationship, { input: relationship(randomUUID(), centre) }, nurse)) as Answer;
      expect(answerOf(missing)).toEqual(answerOf(attempt));
      expect(await deniedGrants(nurse.id, salla)).toEqual([
        expect.objectContaining({ category: "basic", basis: "no_client_relationship", source: "clients" }),
      ]);
      // Nothing was written, so nothing reaches the projection: she still reads nothing of Salla.
      const read = (await clients.query(readClient, { id: salla }, nurse)) as Answer;
      expect(read.data?.["client"]?.firstName ?? null).toBeNull();
      expect(JSON.stringify(read)).not.toMatch(/Salla|T-/);
    });

    it("lets the responsible worker open her own organisation's relationship, and no other organisation's", async () => {
      const [, eino] = world.clients as [string, string];
      const own = (await clients.query(startRelationship, { input: relationship(eino, world.county) }, socialWorker())) as Answer;
      expect(own.errors).toBeUndefined();
      const forOthers = (await clients.query(startRelationship, { input: relationship(eino, centre) }, socialWorker())) as Answer;
      expect(forbiddenReason(forOthers)).toBe("not_own_organization");
      expect(await deniedGrants(world.socialWorker, eino)).toEqual([expect.objectContaining({ basis: "not_own_organization" })]);
    });

    it("lets the organisation's own professional with a basis end its relationship, and refuses a stranger", async () => {
      const [, eino] = world.clients as [string, string];
      const end = `mutation ($input: EndClientRelationshipInput!) { endClientRelationship(input: $input) { id until } }`;
      const opened = (await clients.query(
        startRelationship,
        { input: { ...relationship(eino, world.county), serviceTask: "family_social_work" } },
        socialWorker(),
      )) as Answer;
      const relationshipId = opened.data!["startClientRelationship"].id as string;
      const stranger = professional(world.county, { id: randomUUID(), roles: ["social_worker"] });
      const refused = (await clients.query(end, { input: { relationshipId, until: "2026-06-30" } }, stranger)) as Answer;
      // No reason that is a fact of the client: a relationship id nobody has answers the very same.
      expect(forbiddenReason(refused)).toBeUndefined();
      const missingId = randomUUID();
      const missing = (await clients.query(
        end,
        { input: { relationshipId: missingId, until: "2026-06-30" } },
        stranger,
      )) as Answer;
      expect(answerOf(missing)).toEqual(answerOf(refused));
      expect(await deniedGrants(stranger.id, eino)).toHaveLength(1);
      expect(await deniedGrants(stranger.id, missingId)).toEqual([expect.objectContaining({ basis: "no_such_record" })]);
      const ended = (await clients.query(end, { input: { relationshipId, until: "2026-06-30" } }, socialWorker())) as Answer;
      expect(ended.data!["endClientRelationship"]).toMatchObject({ until: "2026-06-30" });
    });

    it("lets an intake worker of the client's controller open a relationship for a client already on record, and not one of another organisation", async () => {
      const [, eino] = world.clients as [string, string];
      const intake = professional(world.county, { id: randomUUID(), roles: ["intake"] });
      const opened = (await clients.query(startRelationship, { input: relationship(eino, world.county) }, intake)) as Answer;
      expect(opened.errors).toBeUndefined();
      // The read of the client is decided with the grant (so a client she may not see and one nobody
      // has cost the same), and logged, though the grant alone lets her open it.
      expect(await logRows(sql, { viewerId: intake.id, clientId: eino })).toEqual([
        expect.objectContaining({ action: "grant", outcome: "allowed", basis: "intake" }),
        expect.objectContaining({ action: "read", outcome: "denied", basis: "no_client_relationship" }),
      ]);
      const centreIntake = professional(centre, { id: randomUUID(), roles: ["intake"] });
      const refused = (await clients.query(startRelationship, { input: relationship(eino, centre) }, centreIntake)) as Answer;
      // A client he may not see: no fact of it in the answer (the log keeps `no_client_relationship`).
      expect(forbiddenReason(refused)).toBeUndefined();
      expect(await deniedGrants(centreIntake.id, eino)).toEqual([expect.objectContaining({ basis: "no_client_relationship" })]);
    });

    it("lets the creator of a brand-new client open its first relationship, and not a colleague who did not create it", async () => {
      const id = randomUUID();
      const created = (await clients.query(
        createClient,
        {
          input: { id, temporaryIdentifier: `T-${id}`, firstName: "Uusi", lastName: "Asiakas", controllerOrganizationId: centre },
        },
        nurse,
      )) as Answer;
      expect(created.errors).toBeUndefined();
      // Once the projection knows the client and its creator, only the creator is "establishing".
      await relay.flush();
      await waitFor(
        async () =>
          (await sql.query(`SELECT 1 FROM access_client WHERE client_id = $1 AND created_by = $2`, [id, nurse.id])).length > 0,
      );
      const colleague = professional(centre, { id: randomUUID(), roles: ["nurse"] });
      const refused = (await clients.query(startRelationship, { input: relationship(id, centre) }, colleague)) as Answer;
      // A client he may not see: no fact of it in the answer (the log keeps `no_client_relationship`).
      expect(forbiddenReason(refused)).toBeUndefined();
      expect(await deniedGrants(colleague.id, id)).toEqual([expect.objectContaining({ basis: "no_client_relationship" })]);
      const opened = (await clients.query(startRelationship, { input: relationship(id, centre) }, nurse)) as Answer;
      expect(opened.errors).toBeUndefined();
      expect(await logRows(sql, { viewerId: nurse.id, clientId: id })).toContainEqual(
        expect.objectContaining({ action: "grant", outcome: "allowed", basis: "establishing_client_relationship" }),
      );
    });

    it("does not hand an existing client to someone who re-sends a create with that client's id", async () => {
      const [salla] = world.clients as [string];
      const replay = (await clients.query(
        createClient,
        {
          input: {
            id: salla,
            temporaryIdentifier: `T-${salla}`,
            firstName: "Salla",
            lastName: "Turva",
            controllerOrganizationId: world.county,
          },
        },
        nurse,
      )) as Answer;
      // The caller hears FORBIDDEN without the reason (a fact of the client); the log keeps it.
      expect(forbiddenReason(replay)).toBeUndefined();
      expect(await logRows(sql, { viewerId: nurse.id, clientId: salla })).toContainEqual(
        expect.objectContaining({ action: "create", outcome: "denied", basis: "no_client_relationship" }),
      );
      expect(JSON.stringify(replay.data ?? null)).not.toMatch(/Salla/);
    });
  });

  describe("recording a consent on someone's behalf", () => {
    /** Eetu (a minor), his guardian Aino, and Juho who is no guardian of his. */
    const eetu = randomUUID();
    const aino = randomUUID();
    const juho = randomUUID();
    const curator = (): Viewer => professional(world.city, { id: world.curator, roles: ["school_curator"] });
    const planSharing = (givenBy: string, givenByClientId: string | null, extra: Record<string, unknown> = {}) => ({
      clientId: eetu,
      givenBy,
      givenByClientId,
      recipientOrganizationIds: [world.city],
      categories: ["SERVICE_PLAN"],
      purpose: "Support at school",
      form: "WRITTEN",
      evidenceReference: "DOC-G",
      validFrom: "2026-01-01",
      givenAt: "2026-01-01T10:00:00Z",
      ...extra,
    });
    const curatorReadsPlan = async () =>
      (
        await new AccessService({ prisma, timeZone: "Europe/Helsinki" }).decide(curator(), [
          { clientId: eetu, category: "service_plan", action: "read" },
        ])
      )[0]!;

    beforeAll(async () => {
      // Eetu on the social worker's and the curator's team, the social worker his responsible worker.
      await sql.query(`INSERT INTO access_team_client (team_id, client_id, since) VALUES ($1, $2, '2020-01-01')`, [
        world.team,
        eetu,
      ]);
      await sql.query(
        `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since) VALUES ($1, $2, $3, '2020-01-01')`,
        [eetu, world.socialWorker, world.county],
      );
      await sql.query(`INSERT INTO access_client (client_id, controller_organization_id) VALUES ($1, $2)`, [eetu, world.county]);
      await addGuardianship(sql, eetu, aino);
    });

    it("refuses a consent 'given by the guardian' naming someone who is not his guardian, so the curator still reads nothing", async () => {
      const before = (await logRows(sql, { viewerId: world.socialWorker, clientId: eetu })).length;
      const refused = (await consents.query(recordConsent, { input: planSharing("GUARDIAN", juho) }, socialWorker())) as Answer;
      // One entry for the one refused attempt: denied with the giver's reason, no allowed `grant` beside it.
      const entries = (await logRows(sql, { viewerId: world.socialWorker, clientId: eetu })).slice(before);
      expect(entries.map((entry) => [entry.action, entry.outcome, entry.basis])).toEqual([
        ["grant", "denied", "giver_not_guardian"],
      ]);
      expect(forbiddenReason(refused)).toBe("giver_not_guardian");
      expect(refused.errors![0]!.extensions!["field"]).toBe("input.givenByClientId");
      expect(await sql.query(`SELECT 1 FROM consent WHERE client_id = $1`, [eetu])).toHaveLength(0);
      expect(await deniedGrants(world.socialWorker, eetu)).toEqual([
        expect.objectContaining({ category: "consents", basis: "giver_not_guardian" }),
      ]);
      expect(await curatorReadsPlan()).toMatchObject({ allowed: false, basis: "no_consent" });
    });

    it("refuses a guardian's consent given on a day the guardianship did not hold", async () => {
      const before = (await consents.query(
        recordConsent,
        { input: planSharing("GUARDIAN", aino, { givenAt: "2014-06-01T10:00:00Z", validFrom: "2014-06-01" }) },
        socialWorker(),
      )) as Answer;
      expect(forbiddenReason(before)).toBe("giver_not_guardian");
    });

    it("accepts the consent of his actual guardian, and the curator then reads his plan", async () => {
      const given = (await consents.query(recordConsent, { input: planSharing("GUARDIAN", aino) }, socialWorker())) as Answer;
      expect(given.errors).toBeUndefined();
      expect(given.data!["recordConsent"]).toMatchObject({ isActive: true, givenBy: "GUARDIAN" });
      expect(await curatorReadsPlan()).toMatchObject({ allowed: true, basis: "consent" });
    });

    it("accepts a court-appointed guardian only with an authorisation to act on the client's behalf", async () => {
      const trustee = randomUUID();
      const refused = (await consents.query(
        recordConsent,
        { input: planSharing("LEGAL_GUARDIAN", trustee) },
        socialWorker(),
      )) as Answer;
      expect(forbiddenReason(refused)).toBe("giver_not_authorised");
      const authorisation = (await consents.query(
        recordConsent,
        {
          input: {
            ...planSharing("GUARDIAN", aino),
            kind: "ACTING_ON_BEHALF",
            recipientOrganizationIds: [],
            agentId: trustee,
            agentKind: "CLIENT",
            allowedActions: ["COMMUNICATE_WITH_AUTHORITIES"],
            validUntil: "2036-12-31",
            categories: ["CONSENTS"],
          },
        },
        socialWorker(),
      )) as Answer;
      expect(authorisation.errors).toBeUndefined();
      const accepted = (await consents.query(
        recordConsent,
        { input: planSharing("LEGAL_GUARDIAN", trustee) },
        socialWorker(),
      )) as Answer;
      expect(accepted.errors).toBeUndefined();
    });

    it("refuses the curator, from outside the county, who would record a consent to his own organisation", async () => {
      const refused = (await consents.query(recordConsent, { input: planSharing("GUARDIAN", aino) }, curator())) as Answer;
      expect(forbiddenReason(refused)).toBe("outside_controller");
      expect(await deniedGrants(world.curator, eetu)).toEqual([expect.objectContaining({ basis: "outside_controller" })]);
    });
  });

  describe("bans, statutory bases and guardianship", () => {
    /** A county professional of the family centre on the client's team: she works with the client, she does not carry the case. */
    const teamNurse = professional(centre, { id: randomUUID(), roles: ["nurse"] });
    const banInput = (clientId: string) => ({
      clientId,
      kind: "ORGANIZATION",
      organizationId: world.city,
      categories: ["SERVICE_PLAN"],
      reason: "Does not want the school to see the plan",
      validFrom: "2026-01-01",
    });
    const statutoryInput = (clientId: string) => ({
      clientId,
      recipientOrganizationId: world.city,
      categories: ["BASIC"],
      legalReference: "Child Welfare Act 417/2007, 25 §",
      validFrom: "2026-01-01",
    });

    beforeAll(async () => {
      await sql.query(
        `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since) VALUES ($1, $2, $3, 'member', '2020-01-01')`,
        [world.team, teamNurse.id, centre],
      );
    });

    it("lets the responsible worker record and lift a ban, and refuses a team member without the case, and a stranger", async () => {
      const [, eino] = world.clients as [string, string];
      const stranger = professional(centre, { id: randomUUID(), roles: ["nurse"] });
      for (const viewer of [teamNurse, stranger]) {
        const refused = (await consents.query(recordBan, { input: banInput(eino) }, viewer)) as Answer;
        expect(forbiddenReason(refused)).toBe(viewer === teamNurse ? "team_member_only" : "no_client_relationship");
      }
      const ban = (await consents.query(recordBan, { input: banInput(eino) }, socialWorker())) as Answer;
      expect(ban.errors).toBeUndefined();
      const banId = ban.data!["recordBan"].id as string;
      for (const viewer of [teamNurse, stranger]) {
        const refused = (await consents.query(liftBan, { id: banId }, viewer)) as Answer;
        expect(refused.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
        expect(await deniedGrants(viewer.id, eino)).toHaveLength(2);
      }
      const lifted = (await consents.query(liftBan, { id: banId }, socialWorker())) as Answer;
      expect(lifted.data!["liftBan"]).toMatchObject({ isActive: false });
    });

    it("answers a revoke, lift or end of an id nobody has exactly as one of a record the viewer may not see, and logs both", async () => {
      const [, eino] = world.clients as [string, string];
      const consentInput = {
        clientId: eino,
        recipientOrganizationIds: [world.city],
        categories: ["BASIC"],
        purpose: "School",
        form: "WRITTEN",
        evidenceReference: "DOC-P",
        validFrom: "2026-01-01",
      };
      const recorded = await Promise.all([
        consents.query(recordConsent, { input: consentInput }, socialWorker()),
        consents.query(recordBan, { input: banInput(eino) }, socialWorker()),
        consents.query(recordStatutoryBasis, { input: statutoryInput(eino) }, socialWorker()),
      ]);
      const [consentId, banId, basisId] = (recorded as Answer[]).map((answer) => {
        expect(answer.errors).toBeUndefined();
        return (Object.values(answer.data!)[0] as { id: string }).id;
      });
      const stranger = professional(centre, { id: randomUUID(), roles: ["nurse"] });
      const otherClient: Viewer = { id: randomUUID(), kind: "client", roles: [], scopes: [] };
      const changes: [string, string][] = [
        [revokeConsent, consentId!],
        [liftBan, banId!],
        [endStatutoryBasis, basisId!],
      ];
      for (const viewer of [stranger, otherClient]) {
        for (const [mutation, hiddenId] of changes) {
          const hidden = (await consents.query(mutation, { id: hiddenId }, viewer)) as Answer;
          const missingId = randomUUID();
          const missing = (await consents.query(mutation, { id: missingId }, viewer)) as Answer;
          expect(hidden.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
          expect(answerOf(missing)).toEqual(answerOf(hidden));
          expect(await deniedGrants(viewer.id, missingId)).toEqual([
            expect.objectContaining({ category: "consents", basis: "no_such_record" }),
          ]);
        }
      }
      expect(await deniedGrants(stranger.id, eino)).toHaveLength(3);
    });

    it("lets the responsible worker record and end a statutory basis, and refuses a team member without the case", async () => {
      const [, eino] = world.clients as [string, string];
      const refused = (await consents.query(recordStatutoryBasis, { input: statutoryInput(eino) }, teamNurse)) as Answer;
      expect(forbiddenReason(refused)).toBe("team_member_only");
      const basis = (await consents.query(recordStatutoryBasis, { input: statutoryInput(eino) }, socialWorker())) as Answer;
      expect(basis.errors).toBeUndefined();
      const id = basis.data!["recordStatutoryBasis"].id as string;
      expect(forbiddenReason((await consents.query(endStatutoryBasis, { id }, teamNurse)) as Answer)).toBe("team_member_only");
      expect(((await consents.query(endStatutoryBasis, { id }, socialWorker())) as Answer).errors).toBeUndefined();
    });

    it("lets the responsible worker record a guardian, whose guardianship the projection learns, and refuses a team member and a stranger", async () => {
      const [salla, eino] = world.clients as [string, string];
      const addGuardian = `mutation ($input: AddGuardianInput!) { addGuardian(input: $input) { since } }`;
      const input = { childClientId: eino, guardianClientId: salla, since: "2020-01-01" };
      const stranger = professional(centre, { id: randomUUID(), roles: ["nurse"] });
      expect(forbiddenReason((await clients.query(addGuardian, { input }, stranger)) as Answer)).toBe("no_client_relationship");
      expect(forbiddenReason((await clients.query(addGuardian, { input }, teamNurse)) as Answer)).toBe("team_member_only");
      expect(await deniedGrants(teamNurse.id, eino)).toContainEqual(
        expect.objectContaining({ category: "consents", basis: "team_member_only", source: "clients" }),
      );
      expect(((await clients.query(addGuardian, { input }, socialWorker())) as Answer).errors).toBeUndefined();
      await relay.flush();
      const guardian: Viewer = { id: salla, kind: "client", roles: [], scopes: [] };
      const service = new AccessService({ prisma, timeZone: "Europe/Helsinki" });
      await waitFor(
        async () => (await service.decide(guardian, [{ clientId: eino, category: "basic", action: "read" }]))[0]!.allowed,
      );
    });

    it("lets the responsible worker revoke a consent, and not a team member without the case", async () => {
      const [, eino] = world.clients as [string, string];
      const consent = (await consents.query(
        recordConsent,
        {
          input: {
            clientId: eino,
            recipientOrganizationIds: [world.city],
            categories: ["BASIC"],
            purpose: "School",
            form: "WRITTEN",
            evidenceReference: "DOC-R",
            validFrom: "2026-01-01",
          },
        },
        socialWorker(),
      )) as Answer;
      expect(consent.errors).toBeUndefined();
      const id = consent.data!["recordConsent"].id as string;
      expect(forbiddenReason((await consents.query(revokeConsent, { id }, teamNurse)) as Answer)).toBe("team_member_only");
      expect(((await consents.query(revokeConsent, { id }, socialWorker())) as Answer).data!["revokeConsent"]).toMatchObject({
        isActive: false,
      });
    });
  });

  describe("teams: linking a client, adding a member, naming the responsible worker", () => {
    const manager = professional(randomUUID(), { id: randomUUID(), roles: ["manager"] });
    const team = randomUUID();
    const stranger = professional(centre, { id: randomUUID(), roles: ["nurse"] });
    const colleague = randomUUID();
    const ok = async (query: string, variables: Record<string, unknown>, viewer: Viewer) => {
      const answer = (await teams.query(query, variables, viewer)) as Answer;
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    };
    const addMember = `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`;
    const addClient = `mutation ($input: AddClientToTeamInput!) { addClientToTeam(input: $input) { id } }`;
    const assign = `mutation ($input: AssignResponsibleWorkerInput!) { assignResponsibleWorker(input: $input) { since } }`;
    const member = (teamId: string, professionalId: string) => ({ teamId, professionalId, role: "member", since: "2026-01-01" });

    beforeAll(async () => {
      // The register, kept by a manager: organisations, professionals and two client teams.
      const organization = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
      await ok(
        organization,
        {
          input: { id: world.county, name: "Family social services", type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
        },
        manager,
      );
      await ok(
        organization,
        { input: { id: centre, name: "Family centre", type: "COUNTY_FAMILY_CENTRE", isCountyOrganization: true } },
        manager,
      );
      await ok(
        organization,
        { input: { id: world.city, name: "City education", type: "MUNICIPAL_EDUCATION", isCountyOrganization: false } },
        manager,
      );
      const person = `mutation ($input: CreateProfessionalInput!) { createProfessional(input: $input) { id } }`;
      for (const [id, organizationId] of [
        [world.socialWorker, world.county],
        [world.curator, world.city],
        [stranger.id, centre],
        [colleague, centre],
        [manager.id, world.county],
      ] as const)
        await ok(
          person,
          { input: { id, firstName: "T", lastName: "Tester", profession: "social_worker", organizationId } },
          manager,
        );
      const create = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
      await ok(create, { input: { id: team, name: "Client team", kind: "CLIENT_TEAM" } }, manager);
      await ok(addMember, { input: member(team, world.socialWorker) }, manager);
      await ok(addMember, { input: member(team, world.curator) }, manager);
    });

    it("lets a professional with a basis link the client to a team, and refuses a stranger, logging the attempt", async () => {
      const [, eino] = world.clients as [string, string];
      const refused = (await teams.query(
        addClient,
        { input: { teamId: team, clientId: eino, since: "2026-01-01" } },
        stranger,
      )) as Answer;
      expect(forbiddenReason(refused)).toBe("no_client_relationship");
      expect(await deniedGrants(stranger.id, eino)).toEqual([expect.objectContaining({ category: "team", source: "teams" })]);
      await ok(addClient, { input: { teamId: team, clientId: eino, since: "2026-01-01" } }, socialWorker());
    });

    it("lets a professional with a basis take the client off a team, and refuses a stranger", async () => {
      const [, eino] = world.clients as [string, string];
      const remove = `mutation ($input: RemoveClientFromTeamInput!) { removeClientFromTeam(input: $input) { id } }`;
      const spare = randomUUID();
      await ok(
        `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
        { input: { id: spare, name: "Spare", kind: "CLIENT_TEAM" } },
        manager,
      );
      await ok(addClient, { input: { teamId: spare, clientId: eino, since: "2026-01-01" } }, socialWorker());
      const input = { teamId: spare, clientId: eino, until: "2026-02-01" };
      expect(forbiddenReason((await teams.query(remove, { input }, stranger)) as Answer)).toBe("no_client_relationship");
      await ok(remove, { input }, socialWorker());
    });

    it("lets a member inside the county add a colleague to a team with clients, and refuses a member from outside and a manager adding himself", async () => {
      const [, eino] = world.clients as [string, string];
      const fromOutside = (await teams.query(
        addMember,
        { input: member(team, colleague) },
        professional(world.city, { id: world.curator }),
      )) as Answer;
      expect(forbiddenReason(fromOutside)).toBe("outside_controller");
      expect(await deniedGrants(world.curator, eino)).toEqual([
        expect.objectContaining({ category: "team", basis: "outside_controller" }),
      ]);
      const himself = (await teams.query(addMember, { input: member(team, manager.id) }, manager)) as Answer;
      expect(forbiddenReason(himself)).toBe("self_grant");
      await ok(addMember, { input: member(team, colleague) }, socialWorker());
    });

    it("lets the responsible worker hand the client over, and refuses a stranger naming himself", async () => {
      const [, eino] = world.clients as [string, string];
      const input = (professionalId: string) => ({ clientId: eino, professionalId, since: "2026-01-01" });
      const himself = (await teams.query(assign, { input: input(stranger.id) }, stranger)) as Answer;
      expect(forbiddenReason(himself)).toBe("no_client_relationship");
      expect(await deniedGrants(stranger.id, eino)).toHaveLength(3);
      await ok(assign, { input: input(colleague) }, socialWorker());
    });
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("condition not met");
}
