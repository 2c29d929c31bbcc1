import { GraphQLScalarType } from "graphql";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { createGateway, type Gateway } from "../src";
import { composeSupergraph, key, post, silent, startSubgraph, type Answer, type TestSubgraph } from "./support/testWorld";
import { createDevTokenIssuer } from "../src";
import { professional } from "./support/testWorld";

const calendarSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  scalar Date
  scalar DateTime
  "Checked by the subgraph alone: the gateway has no rule for it."
  scalar Colour
  input Range { from: Date! to: Date }
  type Query {
    days(from: Date!, to: Date): Int
    events(range: Range, at: [DateTime!]): Int
    paint(colour: Colour!): String
  }
`;

/** A subgraph that only accepts `#rrggbb`, as Silta's subgraphs refuse what their scalars cannot parse. */
const Colour = new GraphQLScalarType({
  name: "Colour",
  parseValue(value) {
    if (typeof value !== "string" || !/^#[0-9a-f]{6}$/.test(value)) throw new TypeError("Colour must be #rrggbb");
    return value;
  },
  parseLiteral(node) {
    if (node.kind !== "StringValue" || !/^#[0-9a-f]{6}$/.test(node.value)) throw new TypeError("Colour must be #rrggbb");
    return node.value;
  },
});

let calendar: TestSubgraph;
let gateway: Gateway;
let url: string;
let bearer: Record<string, string>;

beforeAll(async () => {
  calendar = await startSubgraph("calendar", calendarSdl, {
    Date: DateResolver,
    DateTime: DateTimeResolver,
    Colour,
    Query: { days: () => 1, events: () => 2, paint: (_: unknown, { colour }: { colour: string }) => colour },
  });
  const issuer = await createDevTokenIssuer();
  bearer = { authorization: `Bearer ${await issuer.issue(professional())}` };
  gateway = createGateway({
    supergraphSdl: composeSupergraph([{ name: "calendar", sdl: calendarSdl }]),
    subgraphUrls: { calendar: calendar.url },
    verifier: issuer.verifier,
    viewerKey: key,
    log: silent,
    metrics: false,
  });
  url = await gateway.start(0);
});

afterAll(async () => {
  await gateway?.stop();
  await calendar?.stop();
});

async function ask(body: Record<string, unknown> | string): Promise<Answer & { called: boolean }> {
  const before = calendar.calls;
  const answer = await post(url, body, bearer);
  return { ...answer, called: calendar.calls > before };
}

function expectRefused(answer: Answer & { called: boolean }, field: string, rule: string): void {
  expect(answer.status).toBe(400);
  expect(answer.body.errors).toEqual([
    {
      message: expect.stringContaining(`"${field}" must be`),
      extensions: { code: "BAD_USER_INPUT", field, rule, requestId: expect.any(String) },
    },
  ]);
  expect(answer.called).toBe(false);
}

describe("custom scalars are checked by the gateway before planning", () => {
  it("refuses a date that does not exist, given as a literal, naming the argument and the rule", async () => {
    expectRefused(await ask('{ days(from: "2026-02-30") }'), "from", "date");
  });

  it("refuses a word where a date-time belongs, given as a variable", async () => {
    const query = "query Q($at: [DateTime!]) { events(at: $at) }";
    expectRefused(await ask({ query, variables: { at: ["2026-11-23T09:30:00.000Z", "yesterday"] } }), "$at.1", "date_time");
  });

  it("names the path inside an input object", async () => {
    expectRefused(await ask('{ events(range: { from: "2026-11-23", to: "2026-13-01" }) }'), "range.to", "date");
    const query = "query Q($range: Range) { events(range: $range) }";
    expectRefused(await ask({ query, variables: { range: { from: "not a date" } } }), "$range.from", "date");
  });

  it("passes valid dates, leap days included, to the subgraph", async () => {
    const answer = await ask({
      query: 'query Q($at: [DateTime!]) { days(from: "2028-02-29", to: "2028-03-01") events(at: $at) }',
      variables: { at: ["2026-11-23T09:30:00.000+02:00"] },
    });
    expect(answer.body).toEqual({ data: { days: 1, events: 2 } });
    expect(answer.called).toBe(true);
  });

  it("checks the variables of an operation whose literals already passed, on every request", async () => {
    const query = 'query Again($at: [DateTime!]) { days(from: "2028-02-29") events(at: $at) }';
    expect((await ask({ query, variables: { at: ["2026-11-23T09:30:00.000Z"] } })).body).toEqual({
      data: { days: 1, events: 2 },
    });
    expectRefused(await ask({ query, variables: { at: ["tomorrow"] } }), "$at.0", "date_time");
    // A refused literal is refused again: only documents whose literals passed are remembered.
    expectRefused(await ask('{ days(from: "2026-02-30") }'), "from", "date");
  });

  it("passes a custom scalar it has no rule for to its subgraph", async () => {
    const answer = await ask('{ paint(colour: "#00ff00") }');
    expect(answer.body).toEqual({ data: { paint: "#00ff00" } });
  });
});

describe("a subgraph refusing the input is the caller's BAD_USER_INPUT, never an internal error", () => {
  it("passes on the subgraph's own BAD_USER_INPUT for a variable it could not coerce", async () => {
    const answer = await ask({ query: "query Q($c: Colour!) { paint(colour: $c) }", variables: { c: "green" } });
    expect(answer.called).toBe(true);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    ]);
    expect(JSON.stringify(answer.body)).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("says the input was refused when the subgraph's 400 has no BAD_USER_INPUT of its own", async () => {
    const answer = await ask('{ paint(colour: "green") }');
    expect(answer.called).toBe(true);
    expect(answer.body.errors).toEqual([
      {
        message: expect.stringContaining("refused the request's input as invalid"),
        path: ["paint"],
        extensions: { code: "BAD_USER_INPUT", rule: "subgraph_refused", requestId: expect.any(String) },
      },
    ]);
  });
});
