import { randomUUID } from "node:crypto";
import { foundationPolicy, type AccessPolicy, type AccessRequest } from "@silta/kernel";
import {
  clientViewer,
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  type CountingDatabase,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { latestKey, latestMeasurementsOfClients } from "../src/data/measurementStore";
import type { Instrument } from "../src/data/prisma/enums";
import { fitSubgraph } from "../src";

interface MeasurementData {
  instrument: string;
  measuredOn: string;
  total: number;
  items: number[] | null;
}
type ClientData = { id: string; latestOutcome: MeasurementData | null; latestSessionRating: MeasurementData | null } | null;
type ProfessionalData = { id: string; ever: number | null; sinceMarch: number | null } | null;

const measurementFields = `instrument measuredOn total items`;
const clientsQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Client { id latestOutcome { ${measurementFields} } latestSessionRating { ${measurementFields} } }
  }
}`;
const professionalsQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Professional { id ever: measurementsRecorded sinceMarch: measurementsRecorded(since: "2026-03-01") }
  }
}`;

describe("fit subgraph", () => {
  let testDb: TestDatabase;
  let counting: CountingDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  const county = randomUUID();
  const school = randomUUID();
  const clients = [randomUUID(), randomUUID(), randomUUID()];
  const [aino, eetu, linnea] = clients as [string, string, string];
  const professionals: string[] = [randomUUID(), randomUUID(), randomUUID()];
  const [worker, curator, newcomer] = professionals as [string, string, string];
  const decisionBatches: AccessRequest[][] = [];
  const references = (typename: string, ids: string[]) => ({ representations: ids.map((id) => ({ __typename: typename, id })) });

  beforeAll(async () => {
    testDb = await createTestDatabase("fit", fitSubgraph.migrationsDir);
    counting = countStatements(testDb.database);
    // The foundation policy, noting each batch it is asked to decide (one per decision call in servers mode).
    const policy = foundationPolicy({ controllerOrganizationIds: new Set([county]) });
    const accessPolicy: AccessPolicy = {
      decide: (viewer, requests) => (decisionBatches.push([...requests]), policy.decide(viewer, requests)),
    };
    harness = await startSubgraph(fitSubgraph, counting.database, { accessPolicy });
    prisma = createPrisma(testDb.database);
    const measurement = (
      clientId: string,
      professionalId: string,
      instrument: Instrument,
      measuredOn: string,
      total: string,
      items: string[] = [],
      createdAt = `${measuredOn}T12:00:00Z`,
    ) => ({
      id: randomUUID(),
      clientId,
      professionalId,
      instrument,
      measuredOn: new Date(measuredOn),
      total,
      items,
      createdAt: new Date(createdAt),
    });
    await prisma.measurement.createMany({
      data: [
        // Aino: the newest outcome is a same-day tie won by the later record; the newest rating is a group one.
        measurement(aino, worker, "ORS", "2026-01-10", "18.0", ["4.0", "5.0", "4.5", "4.5"]),
        measurement(aino, worker, "ORS", "2026-03-01", "20.0", [], "2026-03-01T09:00:00Z"),
        measurement(aino, worker, "ORS", "2026-03-01", "23.9", ["5.5", "6.0", "6.2", "6.2"], "2026-03-01T09:30:00Z"),
        measurement(aino, worker, "SRS", "2026-03-01", "36.0", ["9.0", "9.0", "9.0", "9.0"]),
        measurement(aino, worker, "GSRS", "2026-03-05", "37.5"),
        measurement(aino, worker, "SRS", "2026-02-28", "39.0"),
        // Eetu, a child: outcomes only, the newest on CORS.
        measurement(eetu, curator, "YCORS", "2026-02-01", "28.0"),
        measurement(eetu, curator, "CORS", "2026-02-20", "31.5", ["8.0", "7.5", "8.0", "8.0"]),
      ],
    });
    // Linnea has never been measured; the newcomer has recorded nothing.
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("refuses a request without the gateway-signed viewer and returns no data", async () => {
    const response = await harness.query(clientsQuery, references("Client", [aino]), null);
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
  });

  it("resolves the latest scores of many clients with as many SQL statements as one", async () => {
    counting.reset();
    const one = await harness.query(clientsQuery, references("Client", [aino]), professional(county));
    const oneCount = counting.count;
    counting.reset();
    const three = await harness.query<{ _entities: ClientData[] }>(
      clientsQuery,
      references("Client", clients),
      professional(county),
    );
    expect(one.errors).toBeUndefined();
    expect(three.errors).toBeUndefined();
    expect(three.data?._entities).toHaveLength(3);
    expect(counting.count).toBe(oneCount);
    expect(counting.count).toBe(1);
  });

  it("picks the newest outcome and the newest session rating, a same-day tie going to the later record", async () => {
    const response = await harness.query<{ _entities: ClientData[] }>(
      clientsQuery,
      references("Client", [aino]),
      professional(county),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities[0]).toEqual({
      id: aino,
      latestOutcome: { instrument: "ORS", measuredOn: "2026-03-01", total: 23.9, items: [5.5, 6, 6.2, 6.2] },
      latestSessionRating: { instrument: "GSRS", measuredOn: "2026-03-05", total: 37.5, items: null },
    });
  });

  it("counts the child instruments as outcomes and answers null where nothing was measured", async () => {
    const response = await harness.query<{ _entities: ClientData[] }>(
      clientsQuery,
      references("Client", [eetu, linnea]),
      professional(county),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([
      {
        id: eetu,
        latestOutcome: { instrument: "CORS", measuredOn: "2026-02-20", total: 31.5, items: [8, 7.5, 8, 8] },
        latestSessionRating: null,
      },
      { id: linnea, latestOutcome: null, latestSessionRating: null },
    ]);
  });

  it("reads a latest score's lean columns for a selection of lean fields, and the whole row when a field needs it", async () => {
    // Store level: a lean read carries what `@clientData` decides by (client, service task) and the lean
    // fields, and none of the rest (touching another throws); a full read has every column.
    const lean = await latestMeasurementsOfClients(prisma, [{ clientId: aino, kind: "outcome", full: false }]);
    const full = await latestMeasurementsOfClients(prisma, [{ clientId: aino, kind: "outcome", full: true }]);
    const leanRow = lean.get(latestKey("outcome", aino));
    expect(leanRow).toMatchObject({ clientId: aino, service: null, instrument: "ORS", measuredOn: "2026-03-01", total: 23.9 });
    expect(() => leanRow?.items).toThrow("Measurement.items was not read");
    expect(full.get(latestKey("outcome", aino))).toMatchObject({ id: leanRow?.id, items: [5.5, 6, 6.2, 6.2] });

    // Through GraphQL: a field outside the lean ones, asked directly, in an inline fragment or in a named
    // one, gets the whole row; lean and full asks of one request are still one statement.
    counting.reset();
    const response = await harness.query<{
      _entities: { lean: MeasurementData; named: MeasurementData; inline: MeasurementData; rating: MeasurementData }[];
    }>(
      `fragment Scores on Measurement { items }
       query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Client {
            lean: latestOutcome { instrument total measuredOn }
            named: latestOutcome { total ...Scores }
            inline: latestSessionRating { total ... on Measurement { items } }
            rating: latestSessionRating { instrument }
          }
        }
      }`,
      references("Client", [aino]),
      professional(county),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([
      {
        lean: { instrument: "ORS", total: 23.9, measuredOn: "2026-03-01" },
        named: { total: 23.9, items: [5.5, 6, 6.2, 6.2] },
        inline: { total: 37.5, items: null },
        rating: { instrument: "GSRS" },
      },
    ]);
    expect(counting.count).toBe(1);
    // Only a named fragment, for a list of clients: the whole rows.
    const spread = await harness.query<{ _entities: { latestOutcome: MeasurementData }[] }>(
      `fragment Scores on Measurement { items }
       query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Client { latestOutcome { ...Scores } } } }`,
      references("Client", [eetu, aino]),
      professional(county),
    );
    expect(spread.data?._entities.map((client) => client.latestOutcome.items)).toEqual([
      [8, 7.5, 8, 8],
      [5.5, 6, 6.2, 6.2],
    ]);
  });

  it("counts a professional's measurements since a date, that day included, with one GROUP BY per date asked", async () => {
    counting.reset();
    const response = await harness.query<{ _entities: ProfessionalData[] }>(
      professionalsQuery,
      references("Professional", professionals),
      professional(county, { roles: ["manager"] }),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([
      { id: worker, ever: 6, sinceMarch: 4 },
      { id: curator, ever: 2, sinceMarch: 0 },
      { id: newcomer, ever: 0, sinceMarch: 0 },
    ]);
    expect(counting.count).toBe(2);
    expect(harness.accessLog.filter((entry) => professionals.includes(entry.clientId))).toEqual([]);
  });

  it("tells a professional's measurement count only to themself and to report readers, not to a colleague", async () => {
    const asked = references("Professional", [worker]);
    const colleague = await harness.query<{ _entities: ProfessionalData[] }>(professionalsQuery, asked, professional(county));
    expect(colleague.data?._entities).toEqual([{ id: worker, ever: null, sinceMarch: null }]);
    expect(colleague.errors?.map((error) => [error.path, error.extensions?.["code"]])).toEqual([
      [["_entities", 0, "ever"], "FORBIDDEN"],
      [["_entities", 0, "sinceMarch"], "FORBIDDEN"],
    ]);
    const own = await harness.query<{ _entities: ProfessionalData[] }>(
      professionalsQuery,
      asked,
      professional(county, { id: worker }),
    );
    expect(own.data?._entities).toEqual([{ id: worker, ever: 6, sinceMarch: 4 }]);
    const reporting = await harness.query<{ _entities: ProfessionalData[] }>(professionalsQuery, asked, {
      id: randomUUID(),
      kind: "system",
      roles: [],
      scopes: ["fit:reports"],
    });
    expect(reporting.data?._entities).toEqual([{ id: worker, ever: 6, sinceMarch: 4 }]);
  });

  it("denies a professional outside the controller: null and FORBIDDEN at each path, logged once as denied", async () => {
    const response = await harness.query<{ _entities: ClientData[] }>(
      clientsQuery,
      references("Client", [eetu]),
      professional(school),
    );
    expect(response.data?._entities).toEqual([{ id: eetu, latestOutcome: null, latestSessionRating: null }]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.["code"]])).toEqual([
      [["_entities", 0, "latestOutcome"], "FORBIDDEN"],
      [["_entities", 0, "latestSessionRating"], "FORBIDDEN"],
    ]);
    const entries = harness.accessLog.filter((entry) => entry.organizationId === school && entry.clientId === eetu);
    expect(entries.map((entry) => [entry.category, entry.outcome])).toEqual([["fit", "denied"]]);
  });

  it("decides a caseload's latest scores and the measurements they answer with in one batch: one log entry per client", async () => {
    // Measurements of a service task's episode: each is decided for its task as well as the client's `fit`.
    const caseload = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    for (const clientId of caseload) {
      const episodeId = randomUUID();
      await prisma.episode.create({
        data: {
          id: episodeId,
          clientId,
          ownerProfessionalId: worker,
          service: "child_welfare",
          startedOn: new Date("2026-01-01"),
        },
      });
      await prisma.measurement.create({
        data: {
          id: randomUUID(),
          clientId,
          professionalId: worker,
          episodeId,
          instrument: "ORS",
          measuredOn: new Date("2026-02-01"),
          total: "21.0",
        },
      });
    }
    decisionBatches.length = 0;
    const response = await harness.query<{ _entities: ClientData[] }>(
      clientsQuery,
      references("Client", caseload),
      professional(county),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities.map((client) => client?.latestOutcome?.total)).toEqual([21, 21, 21, 21]);
    // Both the client's `fit` and the measurements' `fit` of child_welfare, in one batch (one decision
    // call): the consents service stores one entry per client of a batch, so this request's fit log is
    // 4 entries, not 8 (docs/access.md, "Size").
    expect(decisionBatches).toHaveLength(1);
    const [batch] = decisionBatches;
    expect(new Set(batch!.map((request) => request.serviceTask ?? "none"))).toEqual(new Set(["none", "child_welfare"]));
    expect(new Set(batch!.map((request) => request.clientId))).toEqual(new Set(caseload));
  });

  it("shows a client their own scores but not another client's", async () => {
    const own = await harness.query<{ _entities: ClientData[] }>(clientsQuery, references("Client", [eetu]), clientViewer(eetu));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0]?.latestOutcome?.total).toBe(31.5);

    const other = await harness.query<{ _entities: ClientData[] }>(
      clientsQuery,
      references("Client", [aino]),
      clientViewer(eetu),
    );
    expect(other.data?._entities).toEqual([{ id: aino, latestOutcome: null, latestSessionRating: null }]);
    expect(other.errors?.map((error) => error.extensions?.["code"])).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    const entries = harness.accessLog.filter((entry) => entry.viewerId === eetu && entry.clientId === aino);
    expect(entries.map((entry) => entry.outcome)).toEqual(["denied"]);
  });
});
