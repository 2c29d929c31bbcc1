import type { IncomingMessage, ServerResponse } from "node:http";
import { createRouter, pathOf, type RouteHandler } from "./router";

const handler = (name: string): RouteHandler & { routeName: string } => Object.assign(() => undefined, { routeName: name });
const nameOf = (found: RouteHandler) => (found as { routeName?: string }).routeName ?? "notFound";

describe("createRouter", () => {
  const router = createRouter({
    paths: { "/graphql": handler("graphql"), "/health/live": handler("live"), "/metrics": undefined },
    prefixes: [
      { prefix: "/export/", handle: handler("export") },
      { prefix: "/ex", handle: handler("ex") },
    ],
  });

  it("finds exact paths before prefixes", () => {
    expect(nameOf(router("/graphql"))).toBe("graphql");
    expect(nameOf(router("/health/live"))).toBe("live");
  });

  it("sends a path under a prefix to the first prefix that matches, in declared order", () => {
    expect(nameOf(router("/export/clients"))).toBe("export");
    expect(nameOf(router("/export"))).toBe("ex");
  });

  it("leaves a route declared undefined switched off, and answers unknown paths with 404", () => {
    const response = { statusCode: 0, setHeader: jest.fn(), end: jest.fn() };
    void router("/metrics")({} as IncomingMessage, response as unknown as ServerResponse, "r1");
    expect(response.statusCode).toBe(404);
    expect(response.end).toHaveBeenCalledWith(JSON.stringify({ error: "not found" }));
    expect(nameOf(router("/graphql/"))).toBe("notFound");
  });

  it("uses the front's own notFound when it has one", () => {
    const own = handler("own");
    expect(createRouter({ paths: {}, notFound: own })("/nothing")).toBe(own);
  });
});

describe("pathOf", () => {
  it("drops the query string", () => {
    expect(pathOf({ url: "/graphql?query=%7B__typename%7D" } as IncomingMessage)).toBe("/graphql");
    expect(pathOf({} as IncomingMessage)).toBe("/");
  });
});
