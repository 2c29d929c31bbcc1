import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { VIEWER_HEADER, verifyViewer } from "@silta/kernel";
import { EXPORT_CURSOR_HEADER } from "@silta/export";
import { createHttpService, type HttpService } from "@silta/kernel/http";
import { key, peopleResolvers, peopleSdl, silent, startWorld, type World } from "./support/testWorld";

/**
 * The gateway's `/export/<subgraph>/<dataset>`: authenticates, signs the viewer for that subgraph,
 * and streams the subgraph's answer back. The subgraph here answers with the viewer it was given.
 */
describe("the gateway's export proxy", () => {
  let world: World;
  let exporter: HttpService;
  let apollo: ApolloServer;
  let gatewayUrl: string;

  beforeAll(async () => {
    world = await startWorld();
    apollo = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: parse(peopleSdl), resolvers: peopleResolvers as never }),
    });
    await apollo.start();
    exporter = createHttpService({
      apollo,
      log: silent,
      readiness: [],
      context: async () => ({}),
      routes: [
        {
          prefix: "/export/",
          async handle(request, response) {
            const viewer = await verifyViewer(request.headers[VIEWER_HEADER] as string, key, "people");
            response.setHeader("content-type", "text/csv; charset=utf-8");
            response.setHeader(EXPORT_CURSOR_HEADER, "next-cursor");
            response.write("path,viewer,scopes\n");
            for (let row = 0; row < 1000; row++) response.write(`${request.url},${viewer.id},${viewer.scopes.join(" ")}\n`);
            response.end();
          },
        },
      ],
    });
    const exporterUrl = await exporter.listen(0);
    ({ url: gatewayUrl } = await world.gateway({ subgraphUrls: { people: exporterUrl, teams: world.teams.url } }));
    gatewayUrl = gatewayUrl.replace(/\/graphql$/, "");
  });

  afterAll(async () => {
    await world.stop();
    await exporter.close();
    await apollo.stop();
  });

  it("refuses a request without a bearer token with 401 and a challenge", async () => {
    const response = await fetch(`${gatewayUrl}/export/people/things?destination=lake`);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="silta"/);
  });

  it("streams the subgraph's export to an authenticated caller, with the cursor header, the viewer signed for that subgraph", async () => {
    const token = await world.issuer.issue({ sub: "lake-loader", silta_kind: "system", scope: "export:read" });
    const response = await fetch(`${gatewayUrl}/export/people/things?destination=lake&format=csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get(EXPORT_CURSOR_HEADER)).toBe("next-cursor");
    const lines = (await response.text()).trim().split("\n");
    expect(lines).toHaveLength(1001);
    expect(lines[1]).toBe("/export/things?destination=lake&format=csv,lake-loader,export:read");
  });

  it("answers 404 for a subgraph it does not know", async () => {
    const token = await world.issuer.issue({ sub: "lake-loader", silta_kind: "system", scope: "export:read" });
    const response = await fetch(`${gatewayUrl}/export/nowhere/things`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
  });
});
