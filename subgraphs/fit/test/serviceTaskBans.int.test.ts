import { randomUUID } from "node:crypto";
import type { AccessPolicy } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { banCovers, type BanFact } from "@silta/consents";
import { fitSubgraph } from "../src";
import { openEpisodeMutation, recordSessionMutation } from "./fitHelpers";

interface EpisodeData {
  fitEpisode: {
    id: string;
    sessions: {
      edges: {
        node: {
          id: string;
          heldOn: string;
          measurements: { instrument: string; total: number }[];
          skipped: { reason: string }[];
        };
      }[];
    };
  } | null;
}

const episodeQuery = `query ($id: ID!) { fitEpisode(id: $id) {
  id sessions { edges { node { id heldOn measurements { instrument total } skipped { reason } } } } } }`;

/**
 * A partner organisation outside the county, with the client's consent to its FIT data and the
 * client's ban of one service task's data: decided by the consents subgraph's own ban rule
 * (`banCovers`), so data of another task is the partner's and untagged data is not (fail closed).
 */
describe("a service-task ban and the sessions and measurements of FIT episodes", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  const county = randomUUID();
  const partnerOrganization = randomUUID();
  const worker = professional(county);
  const partner = professional(partnerOrganization);
  const ban: BanFact = { id: randomUUID(), categories: ["fit"], serviceTask: "child_protection" };
  const policy: AccessPolicy = {
    async decide(viewer, requests) {
      return requests.map((request) => {
        if (viewer.organizationId === county) return { allowed: true, basis: "own_organization" };
        if (viewer.organizationId !== partnerOrganization) return { allowed: false, basis: "no_client_relationship" };
        return banCovers(ban, request) ? { allowed: false, basis: "ban" } : { allowed: true, basis: "consent" };
      });
    },
  };
  const clientId = randomUUID();
  const episodes: Record<string, { episodeId: string; sessionId: string }> = {};

  beforeAll(async () => {
    testDb = await createTestDatabase("fit_service_task_bans", fitSubgraph.migrationsDir);
    harness = await startSubgraph(fitSubgraph, testDb.database, { accessPolicy: policy });
    for (const service of ["family_social_work", "child_protection"]) {
      const episodeId = randomUUID();
      const opened = await harness.query(
        openEpisodeMutation,
        {
          input: {
            id: episodeId,
            clientId,
            clientBirthDate: "1990-01-01",
            ownerProfessionalId: worker.id,
            service,
            startedOn: "2026-01-10",
          },
        },
        worker,
      );
      expect(opened.errors).toBeUndefined();
      const sessionId = randomUUID();
      const recorded = await harness.query(
        recordSessionMutation,
        {
          input: {
            id: sessionId,
            episodeId,
            heldOn: "2026-02-01",
            mode: "FACE_TO_FACE",
            measurements: [
              { instrument: "ORS", total: 18 },
              { instrument: "SRS", skipReason: "The session ran out of time" },
            ],
          },
        },
        worker,
      );
      expect(recorded.errors).toBeUndefined();
      episodes[service] = { episodeId, sessionId };
    }
  });
  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  it("shows the sessions and measurements of an episode of another task, each decided for the episode's task", async () => {
    const { episodeId, sessionId } = episodes["family_social_work"]!;
    const logged = harness.accessLog.length;
    const response = await harness.query<EpisodeData>(episodeQuery, { id: episodeId }, partner);
    expect(response.errors).toBeUndefined();
    expect(response.data?.fitEpisode).toEqual({
      id: episodeId,
      sessions: {
        edges: [
          {
            node: {
              id: sessionId,
              heldOn: "2026-02-01",
              measurements: [{ instrument: "ORS", total: 18 }],
              skipped: [{ reason: "The session ran out of time" }],
            },
          },
        ],
      },
    });
    const decisions = harness.accessLog.slice(logged).filter((entry) => entry.clientId === clientId);
    expect(new Set(decisions.map((entry) => `${entry.category} ${entry.serviceTask} ${entry.outcome}`))).toEqual(
      new Set(["fit family_social_work allowed"]),
    );
  });

  it("hides the sessions and measurements of an episode of the banned task", async () => {
    const { episodeId } = episodes["child_protection"]!;
    const response = await harness.query<EpisodeData>(episodeQuery, { id: episodeId }, partner);
    expect(response.data?.fitEpisode ?? null).toBeNull();
    expect(response.errors?.map((error) => [error.path, error.extensions?.["code"]])).toEqual([[["fitEpisode"], "FORBIDDEN"]]);
    expect(JSON.stringify(response)).not.toContain(episodes["child_protection"]!.sessionId);
  });

  it("hides every session and measurement of the banned task when a client's episodes are listed with the other task's", async () => {
    const response = await harness.query<{ _entities: { fitEpisodes: unknown }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client {
        fitEpisodes { edges { node { id sessions { edges { node { id measurements { total } } } } } } } } } }`,
      { r: [{ __typename: "Client", id: clientId }] },
      partner,
    );
    // The list of a client's episodes is still decided untagged (docs/access.md), so the ban hides it whole.
    expect(response.data?._entities[0]?.fitEpisodes ?? null).toBeNull();
    expect(JSON.stringify(response)).not.toContain(episodes["child_protection"]!.sessionId);
  });
});
