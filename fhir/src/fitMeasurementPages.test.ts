import type { GraphQLAnswer } from "./fhirRoutes";
import { MAX_FIT_PAGES, readAllFitEpisodes } from "./fitMeasurementPages";

const patient = "7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11";
const session = (id: string) => ({ id, heldOn: "2026-01-01", professional: { id: "p" }, measurements: [] });
const page = <T>(nodes: T[], endCursor: string | null) => ({
  pageInfo: { hasNextPage: endCursor !== null, endCursor },
  edges: nodes.map((node) => ({ node })),
});
const ok = (data: Record<string, unknown>): GraphQLAnswer => ({ status: 200, body: { data } });

describe("reading a client's FIT data for a FHIR search", () => {
  it("follows every page of episodes and of each episode's sessions before answering", async () => {
    const asked: string[] = [];
    const answer = await readAllFitEpisodes(patient, async (query, variables) => {
      asked.push(`${query.includes("fitEpisode(") ? "sessions" : "episodes"}:${String(variables["after"])}`);
      if (query.includes("fitEpisode(")) return ok({ fitEpisode: { id: "e1", sessions: page([session("s3")], null) } });
      if (variables["after"] === null)
        return ok({
          client: { id: patient, fitEpisodes: page([{ id: "e1", sessions: page([session("s1"), session("s2")], "c2") }], "e1") },
        });
      return ok({ client: { id: patient, fitEpisodes: page([{ id: "e2", sessions: page([session("s4")], null) }], null) } });
    });
    expect(asked).toEqual(["episodes:null", "sessions:c2", "episodes:e1"]);
    const client = answer.body.data?.["client"] as { fitEpisodes: { id: string; sessions: { id: string }[] }[] };
    expect(client.fitEpisodes.map((episode) => [episode.id, episode.sessions.map((s) => s.id)])).toEqual([
      ["e1", ["s1", "s2", "s3"]],
      ["e2", ["s4"]],
    ]);
  });

  it("hands back the first refusal as it is, so a search is refused rather than answered short", async () => {
    const refusal: GraphQLAnswer = {
      status: 200,
      body: { data: { client: null }, errors: [{ message: "No basis.", extensions: { code: "FORBIDDEN" } }] },
    };
    expect(await readAllFitEpisodes(patient, async () => refusal)).toBe(refusal);
  });

  it("refuses as too costly past its page bound instead of answering the pages read so far", async () => {
    let calls = 0;
    const answer = await readAllFitEpisodes(patient, async () => {
      calls += 1;
      return ok({ client: { id: patient, fitEpisodes: page([], `c${calls}`) } });
    });
    expect(calls).toBe(MAX_FIT_PAGES);
    expect(answer.body.errors?.[0]?.extensions?.["code"]).toBe("OPERATION_LIMIT_EXCEEDED");
  });
});
