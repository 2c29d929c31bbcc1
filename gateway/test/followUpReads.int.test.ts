import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { VIEWER_HEADER } from "@silta/kernel";
import { createDevTokenIssuer, createGateway, type Gateway } from "../src";
import { key, post, professional, silent } from "./support/testWorld";

/** What one subgraph received: the body as sent and the signed viewer's claims. */
interface Received {
  subgraph: string;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string; extensions?: unknown };
  viewerClaims: Record<string, unknown>;
}

const supergraphSdl = readFileSync(join(__dirname, "..", "..", "schema", "supergraph.graphql"), "utf8");
const SUBGRAPHS = ["clients", "teams", "consents", "fit", "training", "integration"];
const CLIENT_IDS = ["6a4d7f2e-0b1c-4c8e-9f1a-000000000001", "6a4d7f2e-0b1c-4c8e-9f1a-000000000002"];

/**
 * Every subgraph of the real supergraph played by one HTTP server that records what the gateway
 * sends (at /<subgraph>/graphql) and answers the few operations these tests make: a page of two
 * clients from teams, and each client's names and latest outcome for the entity fetches.
 */
function startRecordingSubgraphs(received: Received[]): Promise<{ server: Server; urls: Record<string, string> }> {
  const server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    request.on("end", () => {
      const subgraph = (request.url ?? "").split("/")[1] ?? "";
      const body = JSON.parse(text) as Received["body"];
      const viewer = String(request.headers[VIEWER_HEADER] ?? "");
      const viewerClaims = JSON.parse(Buffer.from(viewer.split(".")[1] ?? "", "base64url").toString("utf8") || "{}") as Record<
        string,
        unknown
      >;
      received.push({ subgraph, body, viewerClaims });
      response.setHeader("content-type", "application/json");
      // A list's answer to an operation named Receipted… carries a receipt, as teams' does when the consents service gave one.
      const receipted = subgraph === "teams" && body.operationName?.startsWith("Receipted");
      response.end(JSON.stringify({ data: answerTo(body), ...(receipted ? { extensions: { decidedReads: [RECEIPT] } } : {}) }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      const urls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${port}/${name}/graphql`]));
      resolve({ server, urls });
    }),
  );
}

function answerTo(body: Received["body"]): Record<string, unknown> {
  if (body.query.includes("_entities")) {
    const representations = body.variables?.["representations"] as { id: string }[];
    return {
      _entities: representations.map(({ id }) => ({
        __typename: "Client",
        id,
        firstName: "Aino",
        lastName: "Virtanen",
        birthDate: "2010-01-01",
        latestOutcome: { instrument: "ORS", total: 30 },
      })),
    };
  }
  const page = { edges: CLIENT_IDS.map((id) => ({ node: { __typename: "Client", id } })) };
  return body.query.includes("professional") ? { professional: { responsibleFor: page } } : { team: { clients: page } };
}

const CASELOAD = `query Caseload($id: ID!) {
  professional(id: $id) { responsibleFor(first: 500) { edges { node { firstName lastName birthDate latestOutcome { instrument total } } } } }
}`;
const AREA_TEAM = `query AreaTeam($id: ID!) { team(id: $id) { clients(first: 50) { edges { node { firstName lastName } } } } }`;
const TEAM_ID = "6a4d7f2e-0b1c-4c8e-9f1a-0000000000aa";
const RECEIPT = "cmVjZWlwdC1vZi10aGUtcGFnZQ.c2lnbmVk";

describe("the gateway telling a root fetch what later fetches read of the clients it answers", () => {
  const received: Received[] = [];
  let server: Server;
  let gateway: Gateway;
  let url: string;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    const recording = await startRecordingSubgraphs(received);
    server = recording.server;
    const issuer = await createDevTokenIssuer();
    bearer = { authorization: `Bearer ${await issuer.issue(professional())}` };
    gateway = createGateway({
      supergraphSdl,
      subgraphUrls: recording.urls,
      verifier: issuer.verifier,
      viewerKey: key,
      log: silent,
      metrics: false,
    });
    url = await gateway.start(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
  });

  it("sends teams, answering a caseload, the follow-up reads of clients and fit, and the entity fetches none", async () => {
    const { body } = await post(url, { query: CASELOAD, variables: { id: TEAM_ID } }, bearer);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      professional: {
        responsibleFor: {
          edges: CLIENT_IDS.map(() => ({
            node: {
              firstName: "Aino",
              lastName: "Virtanen",
              birthDate: "2010-01-01",
              latestOutcome: { instrument: "ORS", total: 30 },
            },
          })),
        },
      },
    });
    const bySubgraph = Object.fromEntries(received.map(({ subgraph, body }) => [subgraph, body]));
    expect(Object.keys(bySubgraph).sort()).toEqual(["clients", "fit", "teams"]);
    expect(bySubgraph["teams"]!.extensions).toEqual({
      followUpReads: [{ path: ["professional", "responsibleFor", "edges", "@", "node"], categories: ["basic", "fit"] }],
    });
    expect("extensions" in bySubgraph["clients"]!).toBe(false);
    expect("extensions" in bySubgraph["fit"]!).toBe(false);
  });

  it("sends teams, answering an area team's clients, that their names will be read", async () => {
    await post(url, { query: AREA_TEAM, variables: { id: TEAM_ID } }, bearer);
    const teams = received.find(({ subgraph }) => subgraph === "teams")!;
    expect(teams.body.extensions).toEqual({
      followUpReads: [{ path: ["team", "clients", "edges", "@", "node"], categories: ["basic"] }],
    });
  });

  it("sends no extensions at all when nothing later reads the clients' data", async () => {
    await post(
      url,
      { query: `query($id: ID!) { team(id: $id) { clients { edges { node { id } } } } }`, variables: { id: TEAM_ID } },
      bearer,
    );
    expect(received.map(({ subgraph }) => subgraph)).toEqual(["teams"]);
    expect(Object.keys(received[0]!.body).sort()).toEqual(["query", "variables"]);
  });

  it("never forwards the caller's own extensions to a subgraph", async () => {
    const forged = {
      followUpReads: [{ path: ["team"], categories: ["contact", "concerns"] }],
      tenant: "other",
      decidedReads: ["Zm9yZ2Vk.c2lnbmVk"],
    };
    await post(url, { query: AREA_TEAM, variables: { id: TEAM_ID }, extensions: forged }, bearer);
    expect(received.length).toBeGreaterThan(1);
    for (const { subgraph, body } of received) {
      expect(JSON.stringify(body)).not.toMatch(/concerns|tenant|decidedReads|Zm9yZ2Vk/);
      if (subgraph !== "teams") expect("extensions" in body).toBe(false);
    }
    const teams = received.find(({ subgraph }) => subgraph === "teams")!;
    expect(teams.body.extensions).toEqual({
      followUpReads: [{ path: ["team", "clients", "edges", "@", "node"], categories: ["basic"] }],
    });
    received.length = 0;
    await post(url, { query: `query { __typename }`, extensions: forged }, bearer);
    await post(
      url,
      { query: `query($id: ID!) { team(id: $id) { name } }`, variables: { id: TEAM_ID }, extensions: forged },
      bearer,
    );
    expect(received.map(({ body }) => "extensions" in body)).toEqual([false]);
  });

  it("carries a list's receipt to the request's later fetches, and never to the caller", async () => {
    const { body } = await post(
      url,
      { query: CASELOAD.replace("Caseload", "ReceiptedCaseload"), variables: { id: TEAM_ID } },
      bearer,
    );
    const text = JSON.stringify(body);
    const bySubgraph = Object.fromEntries(received.map((call) => [call.subgraph, call.body]));
    expect(body.errors).toBeUndefined();
    expect(bySubgraph["clients"]!.extensions).toEqual({ decidedReads: [RECEIPT] });
    expect(bySubgraph["fit"]!.extensions).toEqual({ decidedReads: [RECEIPT] });
    expect(text).not.toContain("decidedReads");
    expect(text).not.toContain(RECEIPT);
    // The next request starts with none.
    received.length = 0;
    await post(url, { query: CASELOAD, variables: { id: TEAM_ID } }, bearer);
    for (const { subgraph, body } of received) if (subgraph !== "teams") expect("extensions" in body).toBe(false);
  });

  it("signs every subgraph call of one request with the same decision scope, and another request with another", async () => {
    await post(url, { query: CASELOAD, variables: { id: TEAM_ID } }, bearer);
    const first = received.splice(0);
    await post(url, { query: CASELOAD, variables: { id: TEAM_ID } }, bearer);
    const second = received.splice(0);
    const scopesOf = (calls: Received[]) => new Set(calls.map(({ viewerClaims }) => viewerClaims["scp"]));
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(3);
    const [firstScope] = [...scopesOf(first)];
    const [secondScope] = [...scopesOf(second)];
    expect(scopesOf(first).size).toBe(1);
    expect(scopesOf(second).size).toBe(1);
    expect(firstScope).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(secondScope).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(secondScope).not.toBe(firstScope);
    // Signed for each subgraph alone, all the same.
    expect(new Set(first.map(({ viewerClaims }) => viewerClaims["aud"]))).toEqual(new Set(["teams", "clients", "fit"]));
  });
});
