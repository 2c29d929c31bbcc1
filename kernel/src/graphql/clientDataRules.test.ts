import { buildSubgraphSchema } from "@apollo/subgraph";
import { graphql, parse, type ObjectTypeDefinitionNode } from "graphql";
import { AccessGuard } from "../access/AccessGuard";
import type { AccessLogEntry, AccessPolicy, AccessRequest } from "../access/types";
import type { Viewer } from "../viewer";
import { clientDataRuleOf, enforceClientDataRules } from "./clientDataRules";

const viewer: Viewer = {
  id: "p1",
  kind: "professional",
  organizationId: "county-org",
  roles: ["social_worker"],
  scopes: [],
  purpose: "client work",
};

// The SDL a subgraph declares, with resolvers that assert nothing by hand: only the directive guards.
const typeDefs = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@composeDirective"])
    @link(url: "https://silta.fi/clientData/v1.0", import: ["@clientData"])
    @composeDirective(name: "@clientData")
  directive @clientData(category: ClientDataCategory!, clientId: String = "id", serviceTask: String, familyId: String, noticeRaisedBy: String) on FIELD_DEFINITION
  enum ClientDataCategory { basic contact concerns service_plan team consents fit }
  type Query { client(id: ID!): Client  decidedClient(id: ID!): Client  relative: Relative  episode: Episode concern(id: ID!): Concern plan(of: String!): Plan notice(raisedBy: String!): Notice }
  type Mutation { recordEpisode: Episode  recordWrapped: Wrapped  updateClient: Client }
  type Wrapped { episode: Episode }
  type Client @key(fields: "id") {
    id: ID!
    firstName: String @clientData(category: basic)
    note: String
    concerns: [Concern!] @clientData(category: concerns, serviceTask: "service")
    latestReading: Reading @clientData(category: fit)
  }
  type Relative { client: Client @clientData(category: basic, clientId: "clientId") }
  type Reading { score: Int @clientData(category: fit, clientId: "clientId", serviceTask: "service") }
  type Concern { id: ID! service: String }
  type Notice { text: String @clientData(category: concerns, clientId: "clientId", noticeRaisedBy: "noticeRaisedBy") }
  type Plan { goals: String @clientData(category: service_plan, clientId: "clientId", familyId: "familyId") }
  type Episode { id: ID! score: Int @clientData(category: fit, clientId: "clientId") }
  extend type Concern {
    text: String @clientData(category: concerns, clientId: "clientId", serviceTask: "service")
    attendedBy: [Person!] @clientData(category: concerns, clientId: "clientId", serviceTask: "service")
  }
  type Person { name: String }
`);

const rows = [
  { id: "k1", service: "child_welfare" },
  { id: "k2", service: "disability" },
];
const calledResolvers: string[] = [];
const resolvers = {
  Query: {
    client: (_: unknown, { id }: { id: string }) => ({ id, firstName: "Aino", note: "not client data here" }),
    // As the clients subgraph answers a reference: the client's basic basis is decided before its row is answered.
    decidedClient: async (_: unknown, { id }: { id: string }, context: unknown) => {
      await (context as { access: AccessGuard }).access.assert(id, "basic");
      return { id, firstName: "Aino", note: "not client data here" };
    },
    episode: () => ({ id: "e1", score: 12 }),
    relative: () => ({ clientId: "hidden" }),
    notice: (_: unknown, { raisedBy }: { raisedBy: string }) => ({
      clientId: "hidden",
      noticeRaisedBy: raisedBy,
      text: "bruises",
    }),
    plan: (_: unknown, { of }: { of: string }) => ({
      clientId: of === "client" ? "hidden" : null,
      familyId: of === "family" ? "f1" : null,
      goals: "school",
    }),
    concern: (_: unknown, { id }: { id: string }) => ({
      ...rows.find((row) => row.id === id),
      clientId: "allowed",
      text: "worry",
      attendedBy: [{ name: "Pia" }, { name: "Aino" }],
    }),
  },
  Mutation: {
    // What a write answers with: a record of a client the viewer has no read basis for (yet).
    recordEpisode: () => ({ id: "e2", clientId: "hidden", score: 30 }),
    recordWrapped: () => ({ episode: { id: "e3", clientId: "hidden", score: 31 } }),
    updateClient: () => ({ id: "hidden", firstName: "Aino" }),
  },
  Relative: {
    client: (parent: { clientId: string }) => {
      calledResolvers.push("Relative.client");
      return { id: parent.clientId };
    },
  },
  Client: {
    firstName: (parent: { firstName: string }) => {
      calledResolvers.push("Client.firstName");
      return parent.firstName;
    },
    concerns: () => rows,
    latestReading: (parent: { id: string }) => {
      calledResolvers.push("Client.latestReading");
      return { clientId: parent.id, service: parent.id === "allowed" ? "child_welfare" : "disability", score: 7 };
    },
  },
};

/**
 * Allows `basic`, `fit` (untagged or of `child_welfare`) and `concerns` of `child_welfare` for client
 * "allowed" only, and any notice; logs what it decided.
 */
const policy: AccessPolicy = {
  decide: async (_viewer, requests) =>
    requests.map((request) => {
      const notice = request.action === "notify" && request.category === "concerns";
      const allowed =
        notice ||
        (request.clientId === "allowed" &&
          (request.category === "basic" ||
            (request.category === "fit" && (request.serviceTask ?? "child_welfare") === "child_welfare") ||
            (request.category === "concerns" && request.serviceTask === "child_welfare")));
      return { allowed, basis: allowed ? "own_organization" : "no_basis" };
    }),
};

async function run(query: string, watch?: (access: AccessGuard) => void) {
  const entries: AccessLogEntry[] = [];
  const decided: AccessRequest[] = [];
  const batches: AccessRequest[][] = [];
  const access = new AccessGuard({
    viewer,
    policy: { decide: (v, requests) => (decided.push(...requests), batches.push([...requests]), policy.decide(v, requests)) },
    log: { append: async (batch) => void entries.push(...batch) },
    requestId: "r1",
    source: "test",
  });
  watch?.(access);
  const schema = enforceClientDataRules(buildSubgraphSchema({ typeDefs, resolvers }));
  const result = await graphql({ schema, source: query, contextValue: { access, viewer } });
  return { result, entries, decided, batches };
}

describe("enforcing @clientData", () => {
  beforeEach(() => (calledResolvers.length = 0));

  it("answers a declared field whose resolver asserts nothing with null and FORBIDDEN to a viewer without a basis", async () => {
    const { result, entries } = await run(`{ client(id: "hidden") { id firstName note } }`);
    expect(result.data).toEqual({ client: { id: "hidden", firstName: null, note: "not client data here" } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.path).toEqual(["client", "firstName"]);
    expect(result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "basic" });
    // Decided before the resolver: it never ran, and the denial is in the log.
    expect(calledResolvers).toEqual([]);
    expect(entries).toEqual([expect.objectContaining({ clientId: "hidden", category: "basic", outcome: "denied" })]);
  });

  it("lets the field resolve once the viewer's basis for its category is decided and logged", async () => {
    const { result, entries } = await run(`{ client(id: "allowed") { firstName } }`);
    expect(result).toEqual({ data: { client: { firstName: "Aino" } } });
    expect(entries).toEqual([expect.objectContaining({ clientId: "allowed", category: "basic", outcome: "allowed" })]);
  });

  it("resolves a field at once when its decision was already made and allowed in the request, asking the guard nothing", async () => {
    let asserts = 0;
    const { result, entries } = await run(`{ decidedClient(id: "allowed") { firstName latestReading { score } } }`, (access) => {
      const assert = access.assert.bind(access);
      access.assert = (...args) => ((asserts += 1), assert(...args));
    });
    expect(result).toEqual({ data: { decidedClient: { firstName: "Aino", latestReading: { score: 7 } } } });
    // The resolver's own assert only: firstName (basic, decided) and score (decided with its reading) asked nothing more.
    expect(asserts).toBe(1);
    expect(calledResolvers).toEqual(["Client.firstName", "Client.latestReading"]);
    expect(entries.map(({ category, serviceTask }) => [category, serviceTask ?? null])).toEqual([
      ["basic", null],
      ["fit", null],
      ["fit", "child_welfare"],
    ]);
  });

  it("still refuses a field whose decision was already made and denied", async () => {
    const { result } = await run(`{ hidden: decidedClient(id: "hidden") { id } allowed: client(id: "hidden") { firstName } }`);
    expect(result.data).toEqual({ hidden: null, allowed: { firstName: null } });
    expect(result.errors!.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: "FORBIDDEN", category: "basic" }),
      expect.objectContaining({ code: "FORBIDDEN", category: "basic" }),
    ]);
    expect(calledResolvers).toEqual([]);
  });

  it("decides a list of records per service task, hiding only the records of a task without a basis", async () => {
    const { result, decided } = await run(`{ client(id: "allowed") { concerns { id service } } }`);
    expect(result).toEqual({ data: { client: { concerns: [{ id: "k1", service: "child_welfare" }] } } });
    expect(decided.map((request) => request.serviceTask).sort()).toEqual(["child_welfare", "disability"]);
  });

  it("decides a field of one record for the record's own service task", async () => {
    const { result: allowed } = await run(`{ concern(id: "k1") { text } }`);
    expect(allowed).toEqual({ data: { concern: { text: "worry" } } });
    const { result: banned, decided } = await run(`{ concern(id: "k2") { text } }`);
    expect(banned.data).toEqual({ concern: { text: null } });
    expect(banned.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "concerns" });
    expect(decided).toEqual([expect.objectContaining({ clientId: "allowed", category: "concerns", serviceTask: "disability" })]);
  });

  it("decides a list of things that are not the client's records (who attended) once, for the parent's task", async () => {
    const { result, decided } = await run(`{ concern(id: "k1") { attendedBy { name } } }`);
    expect(result).toEqual({ data: { concern: { attendedBy: [{ name: "Pia" }, { name: "Aino" }] } } });
    expect(decided).toEqual([
      expect.objectContaining({ clientId: "allowed", category: "concerns", serviceTask: "child_welfare" }),
    ]);
  });

  it("decides a field answering a record with its own rule in one batch with that record (one log write, not two)", async () => {
    const { result, batches } = await run(`{ client(id: "allowed") { latestReading { score } } }`);
    expect(result).toEqual({ data: { client: { latestReading: { score: 7 } } } });
    expect(batches).toEqual([
      [
        expect.objectContaining({ clientId: "allowed", category: "fit", action: "read" }),
        expect.objectContaining({ clientId: "allowed", category: "fit", serviceTask: "child_welfare" }),
      ],
    ]);
    expect(batches[0]![0]!.serviceTask).toBeUndefined();
  });

  it("answers a record of a client the viewer may not see with null and FORBIDDEN, though it was loaded to be decided", async () => {
    const { result, entries } = await run(`{ client(id: "hidden") { latestReading { score } } }`);
    expect(result.data).toEqual({ client: { latestReading: null } });
    expect(result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "fit" });
    expect(calledResolvers).toEqual(["Client.latestReading"]);
    expect(entries).toEqual([
      expect.objectContaining({ clientId: "hidden", category: "fit", outcome: "denied" }),
      expect.objectContaining({ clientId: "hidden", category: "fit", serviceTask: "disability", outcome: "denied" }),
    ]);
  });

  it("still decides before resolving a field answering a type whose only per-task rule is on a list (a Client's concerns)", async () => {
    const { result, decided } = await run(`{ relative { client { id } } }`);
    expect(result.data).toEqual({ relative: { client: null } });
    expect(result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "basic" });
    expect(calledResolvers).toEqual([]);
    expect(decided).toEqual([{ clientId: "hidden", category: "basic", action: "read" }]);
  });

  it("refuses a declared field whose parent carries no client id (fails closed)", async () => {
    const { result, entries } = await run(`{ episode { id score } }`);
    expect(result.data).toEqual({ episode: { id: "e1", score: null } });
    expect(result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "fit", reason: "no_client_id" });
    expect(entries).toEqual([]);
  });

  it("answers a mutation's own record without a read decision, and decides what is nested below it", async () => {
    const own = await run(`mutation { recordEpisode { id score } }`);
    expect(own.result).toEqual({ data: { recordEpisode: { id: "e2", score: 30 } } });
    expect(own.decided).toEqual([]);
    const nested = await run(`mutation { recordWrapped { episode { score } } }`);
    expect(nested.result.data).toEqual({ recordWrapped: { episode: { score: null } } });
    expect(nested.result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "fit" });
  });

  it("still decides every field of a Client a mutation answers with: a write of one category shows no other", async () => {
    const { result, decided } = await run(`mutation { updateClient { id firstName } }`);
    expect(result.data).toEqual({ updateClient: { id: "hidden", firstName: null } });
    expect(result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "basic" });
    expect(decided).toEqual([expect.objectContaining({ clientId: "hidden", category: "basic", action: "read" })]);
  });

  it("leaves a family's record to the resolver that reached it, and still decides a client's record or fails closed", async () => {
    const family = await run(`{ plan(of: "family") { goals } }`);
    expect(family.result).toEqual({ data: { plan: { goals: "school" } } });
    expect(family.decided).toEqual([]);
    const client = await run(`{ plan(of: "client") { goals } }`);
    expect(client.result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "service_plan" });
    expect(client.decided).toEqual([expect.objectContaining({ clientId: "hidden", category: "service_plan" })]);
    const neither = await run(`{ plan(of: "nobody") { goals } }`);
    expect(neither.result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", reason: "no_client_id" });
  });

  it("answers a notice to the professional who raised it on notify, and to anyone else only on read", async () => {
    const own = await run(`{ notice(raisedBy: "p1") { text } }`);
    expect(own.result).toEqual({ data: { notice: { text: "bruises" } } });
    expect(own.decided).toEqual([expect.objectContaining({ clientId: "hidden", category: "concerns", action: "notify" })]);
    const other = await run(`{ notice(raisedBy: "p2") { text } }`);
    expect(other.result.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", category: "concerns" });
    expect(other.decided).toEqual([expect.objectContaining({ clientId: "hidden", category: "concerns", action: "read" })]);
  });

  it("refuses to read a rule that names no known category", () => {
    const type = parse(`type T { f: String @clientData(category: secrets) }`).definitions[0] as ObjectTypeDefinitionNode;
    expect(() => clientDataRuleOf(type.fields![0])).toThrow(/no known category \(secrets\)/);
  });
});
