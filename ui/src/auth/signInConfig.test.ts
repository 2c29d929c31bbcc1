import { fetchSignInConfig } from "./signInConfig";

const answer = (body: unknown, status = 200) =>
  jest.fn(
    async () => ({ ok: status < 400, status, json: async () => body, text: async () => "" }) as Response,
  ) as unknown as typeof fetch;

describe("the sign-in settings the hub gives the app", () => {
  it("reads OIDC settings from /app/config.json", async () => {
    const signIn = {
      kind: "oidc",
      issuer: "https://login.example",
      authorizationEndpoint: "https://login.example/authorize",
      tokenEndpoint: "https://login.example/token",
      clientId: "silta-web",
      scope: "openid",
    };
    const fetchJson = answer({ graphqlPath: "/graphql", signIn });
    await expect(fetchSignInConfig(fetchJson)).resolves.toEqual({ graphqlPath: "/graphql", signIn });
    expect(fetchJson).toHaveBeenCalledWith("/app/config.json", expect.objectContaining({ cache: "no-store" }));
  });

  it("ignores OIDC settings with a missing endpoint, and anything it does not understand", async () => {
    globalThis.fetch = answer(null, 404);
    const broken = answer({ signIn: { kind: "oidc", issuer: "https://login.example" } });
    await expect(fetchSignInConfig(broken)).resolves.toEqual({
      graphqlPath: "/graphql",
      signIn: { kind: "development", users: [] },
    });
    await expect(fetchSignInConfig(answer({ data: {} }))).resolves.toMatchObject({ signIn: { kind: "development" } });
  });
});
