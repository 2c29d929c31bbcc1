import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Supergraph, operationFromDocument } from "@apollo/federation-internals";
import { QueryPlanner, type FetchNode, type QueryPlan } from "@apollo/query-planner";
import { buildASTSchema, parse } from "graphql";
import { clientDataCategories, clientDataDirectiveName } from "./clientDataCategories";
import { followUpExtensions, planFollowUpReads } from "./followUpReads";

/** Silta's real supergraph, planned by Apollo's query planner as the gateway plans it. */
const supergraph = Supergraph.build(readFileSync(join(__dirname, "..", "..", "..", "schema", "supergraph.graphql"), "utf8"));
const supergraphSchema = supergraph.schema.toGraphQLJSSchema();
const planner = new QueryPlanner(supergraph);

/** What each root fetch of the query's plan is told, by the subgraph it goes to (none when it is told nothing). */
function followUpsOf(query: string, variables: Record<string, boolean> = {}): Record<string, unknown> {
  const plan = planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(query)));
  const reads = planFollowUpReads(plan, supergraphSchema);
  const told: Record<string, unknown> = {};
  for (const fetch of rootFetchesOf(plan.node)) {
    const extensions = followUpExtensions(reads, fetch, (variable) => variables[variable]);
    if (extensions) told[fetch.serviceName] = extensions.followUpReads;
  }
  return told;
}

function rootFetchesOf(node: QueryPlan["node"]): FetchNode[] {
  switch (node?.kind) {
    case "Fetch":
      return node.requires ? [] : [node];
    case "Sequence":
    case "Parallel":
      return node.nodes.flatMap(rootFetchesOf);
    case "Condition":
      return [...rootFetchesOf(node.ifClause), ...rootFetchesOf(node.elseClause)];
    default:
      return [];
  }
}

const CASELOAD_PAGE = ["professional", "responsibleFor", "edges", "@", "node"];
const AREA_TEAM_PAGE = ["team", "clients", "edges", "@", "node"];

describe("planFollowUpReads", () => {
  it("tells teams, answering a caseload, that clients will read `basic` and fit `fit` of the page's clients", () => {
    const caseload = `query($id: ID!) {
      professional(id: $id) { responsibleFor(first: 500) { edges { node { firstName lastName birthDate latestOutcome { instrument total } } } } }
    }`;
    expect(followUpsOf(caseload)).toEqual({ teams: [{ path: CASELOAD_PAGE, categories: ["basic", "fit"] }] });
  });

  it("tells teams, answering an area team's clients, that their names will be read (`basic`)", () => {
    const areaTeam = `query($id: ID!) { team(id: $id) { clients(first: 50) { edges { node { firstName lastName } } } } }`;
    expect(followUpsOf(areaTeam)).toEqual({ teams: [{ path: AREA_TEAM_PAGE, categories: ["basic"] }] });
  });

  it("tells nothing when no later fetch reads the clients' data (only their ids)", () => {
    expect(followUpsOf(`query($id: ID!) { team(id: $id) { name clients { edges { node { id } } } } }`)).toEqual({});
  });

  it("keeps the path's aliases, as they are in the root fetch's answer", () => {
    const query = `query($id: ID!) { mine: team(id: $id) { page: clients { all: edges { client: node { lastName } } } } }`;
    expect(followUpsOf(query)).toEqual({ teams: [{ path: ["mine", "page", "all", "@", "client"], categories: ["basic"] }] });
  });

  it("does not count a field under @skip or @include in the reading fetch, whatever the variable", () => {
    const query = `query($id: ID!, $names: Boolean!) {
      team(id: $id) { clients { edges { node { firstName @include(if: $names) lastName @skip(if: $names) latestOutcome { total } } } } }
    }`;
    for (const names of [true, false]) {
      expect(followUpsOf(query, { names })).toEqual({ teams: [{ path: AREA_TEAM_PAGE, categories: ["fit"] }] });
    }
  });

  it("counts a read whose clients the root fetch answers under @include or @skip only when they are there", () => {
    // The list still pages (and would log its follow-up reads) when its edges are skipped: nothing is read then.
    for (const [query, shownWhen] of [
      [
        `query($id: ID!, $show: Boolean!) { team(id: $id) { clients { edges @include(if: $show) { node { lastName } } pageInfo { hasNextPage } } } }`,
        true,
      ],
      [
        `query($id: ID!, $show: Boolean!) { team(id: $id) { clients { edges { node @skip(if: $show) { lastName } } pageInfo { hasNextPage } } } }`,
        false,
      ],
      [
        `query($id: ID!, $show: Boolean!) { team(id: $id) { clients { ... @include(if: $show) { edges { node { lastName } } } pageInfo { hasNextPage } } } }`,
        true,
      ],
    ] as const) {
      expect(followUpsOf(query, { show: shownWhen })).toEqual({ teams: [{ path: AREA_TEAM_PAGE, categories: ["basic"] }] });
      expect(followUpsOf(query, { show: !shownWhen })).toEqual({});
    }
    // A literal that removes them: never there.
    const removed = `query($id: ID!) { team(id: $id) { clients { edges @include(if: false) { node { lastName } } pageInfo { hasNextPage } } } }`;
    expect(followUpsOf(removed)).toEqual({});
  });

  it("does not count a fragment with a directive in the reading fetch", () => {
    const query = `query($id: ID!, $reach: Boolean!) {
      team(id: $id) { clients { edges { node { lastName ... @include(if: $reach) { contact { phone } } } } } }
    }`;
    for (const reach of [true, false]) {
      expect(followUpsOf(query, { reach })).toEqual({ teams: [{ path: AREA_TEAM_PAGE, categories: ["basic"] }] });
    }
  });

  it("counts a read the planner made a plan condition of (the whole fetch under @include) only when it holds", () => {
    const query = `query($id: ID!, $names: Boolean!) { team(id: $id) { clients { edges { node { firstName @include(if: $names) } } } } }`;
    expect(followUpsOf(query, { names: true })).toEqual({ teams: [{ path: AREA_TEAM_PAGE, categories: ["basic"] }] });
    expect(followUpsOf(query, { names: false })).toEqual({});
    const withScores = `query($id: ID!, $names: Boolean!) {
      team(id: $id) { clients { edges { node { ... @include(if: $names) { firstName } latestOutcome { total } } } } }
    }`;
    expect(followUpsOf(withScores, { names: true })).toEqual({ teams: [{ path: AREA_TEAM_PAGE, categories: ["basic", "fit"] }] });
    expect(followUpsOf(withScores, { names: false })).toEqual({ teams: [{ path: AREA_TEAM_PAGE, categories: ["fit"] }] });
  });

  it("counts nothing under a condition it cannot evaluate", () => {
    const query = `query($id: ID!, $names: Boolean!) { team(id: $id) { clients { edges { node { firstName @include(if: $names) } } } } }`;
    expect(followUpsOf(query, {})).toEqual({});
  });

  it("counts a fetch under a plan condition only when the condition holds for this request", () => {
    const query = `query($id: ID!, $withClients: Boolean!) {
      team(id: $id) { name }
      clientsToo: team(id: $id) @include(if: $withClients) { clients { edges { node { firstName } } } }
    }`;
    const page = ["clientsToo", "clients", "edges", "@", "node"];
    expect(followUpsOf(query, { withClients: true })).toEqual({ teams: [{ path: page, categories: ["basic"] }] });
    expect(followUpsOf(query, { withClients: false })).toEqual({});
    const skipped = query.replace("@include(if: $withClients)", "@skip(if: $withClients)");
    expect(followUpsOf(skipped, { withClients: false })).toEqual({ teams: [{ path: page, categories: ["basic"] }] });
    expect(followUpsOf(skipped, { withClients: true })).toEqual({});
  });

  it("tells the clients subgraph, as a root fetch, only what other subgraphs read later, not what it reads itself", () => {
    expect(followUpsOf(`query($id: ID!) { client(id: $id) { firstName lastName } }`)).toEqual({});
    expect(followUpsOf(`query($id: ID!) { client(id: $id) { firstName latestOutcome { total } } }`)).toEqual({
      clients: [{ path: ["client"], categories: ["fit"] }],
    });
  });

  it("leaves out reads of clients found in another fetch's answer", () => {
    // The teams' clients come from teams' entity fetch, not from the clients subgraph's root answer.
    const query = `query($id: ID!) { client(id: $id) { teams { clients { edges { node { firstName } } } } } }`;
    expect(followUpsOf(query)).toEqual({ clients: [{ path: ["client"], categories: ["team"] }] });
  });

  it("leaves out a category whose decision also depends on a service task (a client's concerns)", () => {
    expect(followUpsOf(`query($id: ID!) { team(id: $id) { clients { edges { node { concerns { id } } } } } }`)).toEqual({});
  });
});

describe("clientDataCategories", () => {
  it("reads the category of every Client field decided for the client by category alone", () => {
    const categories = clientDataCategories(supergraphSchema);
    expect(
      Object.fromEntries(
        ["firstName", "contact", "latestOutcome", "teams", "consents"].map((name) => [name, categories.get(name)]),
      ),
    ).toEqual({
      firstName: "basic",
      contact: "contact",
      latestOutcome: "fit",
      teams: "team",
      consents: "consents",
    });
    expect(categories.has("id")).toBe(false);
    expect(categories.has("concerns")).toBe(false);
  });

  it("finds the directive under the name the supergraph's @link gives it", () => {
    const schemaLinking = (link: string) =>
      buildASTSchema(
        parse(`schema @link(url: "https://specs.apollo.dev/link/v1.0") ${link} { query: Query } type Query { a: Int }
        directive @link(url: String, as: String, import: [link__Import]) repeatable on SCHEMA scalar link__Import`),
      );
    expect(
      clientDataDirectiveName(schemaLinking(`@link(url: "https://silta.fi/clientData/v1.0", import: ["@clientData"])`)),
    ).toBe("clientData");
    expect(
      clientDataDirectiveName(
        schemaLinking(`@link(url: "https://silta.fi/clientData/v1.0", import: [{ name: "@clientData", as: "@reads" }])`),
      ),
    ).toBe("reads");
    expect(clientDataDirectiveName(schemaLinking(`@link(url: "https://silta.fi/clientData/v1.0")`))).toBe(
      "clientData__clientData",
    );
    expect(clientDataDirectiveName(schemaLinking(""))).toBeUndefined();
  });
});
