import type { ServerResponse } from "node:http";
import { corsHeaders, preflight } from "./cors";

function response() {
  const headers = new Map<string, string>();
  const answer = { statusCode: 0, ended: false };
  const stub = {
    setHeader: (name: string, value: string) => headers.set(name, value),
    end: () => (answer.ended = true),
    get statusCode() {
      return answer.statusCode;
    },
    set statusCode(value: number) {
      answer.statusCode = value;
    },
  };
  return { headers, answer, response: stub as unknown as ServerResponse };
}

describe("CORS", () => {
  it("lets an allowed origin read answers, and names it rather than any origin", () => {
    expect(Object.fromEntries(corsHeaders("https://app.example", ["https://app.example"]))).toEqual({
      "access-control-allow-origin": "https://app.example",
      vary: "origin",
      "access-control-expose-headers": "x-request-id, retry-after",
    });
    expect(Object.fromEntries(corsHeaders("https://any.example", ["*"]))["access-control-allow-origin"]).toBe("*");
  });

  it("gives an origin not on the list no CORS headers", () => {
    expect(corsHeaders("https://evil.example", ["https://app.example"])).toEqual([]);
    expect(corsHeaders("https://app.example", [])).toEqual([]);
  });

  it("answers an allowed preflight 204 with the methods and headers, and any other 403", () => {
    const allowed = response();
    preflight(allowed.response, "https://app.example", ["https://app.example"]);
    expect(allowed.answer).toEqual({ statusCode: 204, ended: true });
    expect(allowed.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
    const refused = response();
    preflight(refused.response, "https://evil.example", ["https://app.example"]);
    expect(refused.answer).toEqual({ statusCode: 403, ended: true });
    expect(refused.headers.size).toBe(0);
  });
});
