import { developmentUsersFromIdePage, fetchDevelopmentUsers } from "./developmentUsers";

// The settings block as the gateway's IDE page writes it (gateway/src/ide/ideRoute.ts: JSON with `<` escaped).
const idePage = (settings: string) =>
  `<!doctype html><html><body><main id="graphiql"></main><script type="application/json" id="silta-ide-settings">${settings}</script></body></html>`;

describe("the demo users of the development IDE", () => {
  it("are read from the IDE page's settings block", () => {
    const settings = JSON.stringify({
      graphqlPath: "/graphql",
      tokens: [{ user: "socialWorker", description: "Social worker \u003cthe county\u003e", token: "a.b.c" }],
    }).replace(/</g, "\\u003c");
    expect(developmentUsersFromIdePage(idePage(settings))).toEqual([
      { user: "socialWorker", description: "Social worker <the county>", token: "a.b.c" },
    ]);
  });

  it("are none when the page offers none, is not the IDE, or the IDE is off", async () => {
    expect(developmentUsersFromIdePage(idePage(JSON.stringify({ graphqlPath: "/graphql", tokens: [] })))).toEqual([]);
    expect(developmentUsersFromIdePage("<html><body>Not found.</body></html>")).toEqual([]);
    expect(developmentUsersFromIdePage(idePage("{broken"))).toEqual([]);
    const notFound = jest.fn(async () => ({ ok: false, status: 404, text: async () => "Not found." }) as Response);
    await expect(fetchDevelopmentUsers("/ide", notFound)).resolves.toEqual([]);
  });

  it("skip entries that are not users", () => {
    const settings = JSON.stringify({ tokens: [{ user: "x" }, { user: "y", description: "d", token: "t" }, "z"] });
    expect(developmentUsersFromIdePage(idePage(settings))).toEqual([{ user: "y", description: "d", token: "t" }]);
  });
});
