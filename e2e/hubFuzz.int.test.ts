import { writeFileSync } from "node:fs";
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { startFuzzHub, type FuzzHub } from "./fuzz/fuzzHub";
import { generateOperation, requestOf, seededRandom, shrink, type FuzzOperation } from "./fuzz/operationFuzzer";

/**
 * Hostile input never takes the hub down nor answers 500: thousands of schema-aware operations over
 * every root field of the composed supergraph (queries and mutations), with random valid and invalid
 * arguments, through the gateway to the six subgraphs on the real PostgreSQL, as a social worker and as
 * a system. No answer may be an HTTP 5xx or carry INTERNAL_SERVER_ERROR; a failure prints the smallest
 * request that still fails. `FUZZ_SEED` and `FUZZ_OPERATIONS` replay or widen a run; `FUZZ_TALLY=<file>` writes what the answers were.
 */
const seed = Number(process.env["FUZZ_SEED"] ?? 14);
const operations = Number(process.env["FUZZ_OPERATIONS"] ?? 2_000);
const concurrency = 6;

interface Outcome {
  status: number;
  body: { errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

let hub: FuzzHub;
let schema: GraphQLSchema;

beforeAll(async () => {
  hub = await startFuzzHub("fuzz");
  const introspection = await send(getIntrospectionQuery(), {}, hub.callers.socialWorker);
  schema = buildClientSchema((introspection.body as { data: IntrospectionQuery }).data);
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

async function send(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<Outcome> {
  const response = await fetch(hub.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: Outcome["body"] = {};
  try {
    body = JSON.parse(text) as Outcome["body"];
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body };
}

const failureOf = (outcome: Outcome): string | undefined => {
  if (outcome.status >= 500) return `HTTP ${outcome.status}`;
  const internal = outcome.body.errors?.find((error) => error.extensions?.["code"] === "INTERNAL_SERVER_ERROR");
  return internal ? `INTERNAL_SERVER_ERROR at ${JSON.stringify(internal.path ?? [])}` : undefined;
};

describe("the hub under schema-aware fuzzing", () => {
  it(`answers ${operations} random operations over every root field without a 5xx or INTERNAL_SERVER_ERROR`, async () => {
    const random = seededRandom(seed);
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ operation: "query" as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ operation: "mutation" as const, field })),
    ];
    const callers = Object.entries(hub.callers);
    // Round robin over the root fields, so every one of them is exercised about equally.
    const planned = Array.from({ length: operations }, (_, index) => {
      const root = roots[index % roots.length]!;
      return { fuzz: generateOperation(root.operation, root.field, random), caller: callers[index % callers.length]! };
    });
    const failures: { fuzz: FuzzOperation; caller: [string, Record<string, string>]; failure: string }[] = [];
    /** How many answers carried each error code (`none`: no error): a run that only ever met one refusal proves little. */
    const answers = new Map<string, number>();
    const slow: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < planned.length) {
          const { fuzz, caller } = planned[next++]!;
          const request = requestOf(schema, fuzz);
          const started = Date.now();
          const outcome = await send(request.query, request.variables, caller[1]);
          const failure = failureOf(outcome);
          if (failure) failures.push({ fuzz, caller, failure });
          const codes = [...new Set((outcome.body.errors ?? []).map((error) => String(error.extensions?.["code"])))];
          for (const code of codes.length ? codes : ["none"]) answers.set(code, (answers.get(code) ?? 0) + 1);
          if (Date.now() - started > 1_000) slow.push(`${Date.now() - started} ms ${fuzz.field} ${codes.join(",")}`);
        }
      }),
    );

    if (process.env["FUZZ_TALLY"])
      writeFileSync(process.env["FUZZ_TALLY"], JSON.stringify({ answers: [...answers], slow }, null, 1));
    expect(answers.get("none")).toBeGreaterThan(operations / 20);
    expect(answers.get("BAD_USER_INPUT")).toBeGreaterThan(operations / 20);
    const exercised = new Set(planned.map(({ fuzz }) => `${fuzz.operation}.${fuzz.field}`));
    expect(exercised.size).toBe(roots.length);
    if (failures.length === 0) return;

    // One shrunk reproduction per failing root field and kind of failure.
    const firstOfEach = [
      ...new Map(failures.map((failure) => [`${failure.fuzz.field} ${failure.failure.split(" at ")[0]}`, failure])).values(),
    ];
    const reports: string[] = [];
    for (const { fuzz, caller, failure } of firstOfEach.slice(0, 8)) {
      const smallest = await shrink(fuzz, async (candidate) => {
        const request = requestOf(schema, candidate);
        return failureOf(await send(request.query, request.variables, caller[1])) !== undefined;
      });
      const request = requestOf(schema, smallest);
      const outcome = await send(request.query, request.variables, caller[1]);
      reports.push(
        `${failure} as ${caller[0]}:\n  ${JSON.stringify(request)}\n  → HTTP ${outcome.status} ${JSON.stringify(outcome.body.errors ?? []).slice(0, 600)}`,
      );
    }
    const fields = [...new Set(failures.map(({ fuzz }) => fuzz.field))];
    throw new Error(
      `${failures.length} of ${operations} operations failed (seed ${seed}), over ${fields.length} root fields: ${fields.join(", ")}\n\n${reports.join("\n\n")}`,
    );
  }, 240_000);
});
