import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { viewerKey, type Viewer } from "../viewer";
import {
  AccessServiceTokens,
  AccessServiceTokenVerifier,
  signAccessServiceToken,
  verifyAccessServiceToken,
} from "./accessServiceToken";

const key = viewerKey("s".repeat(40));
const viewer: Viewer = { id: "p1", kind: "professional", organizationId: "org1", roles: ["social_worker"], scopes: [] };
const start = Date.parse("2026-12-06T00:00:00Z");

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    return (error as { extensions?: { reason?: string } }).extensions?.reason;
  }
}

describe("the service token of a decision call", () => {
  it("is a standard HS256 JWT for the consents service, living 30 seconds, that jose verifies", async () => {
    const token = await signAccessServiceToken({ viewer, source: "clients", requestId: "r-1" }, key, start);
    expect(decodeProtectedHeader(token)).toEqual({ alg: "HS256" });
    expect(decodeJwt(token)).toMatchObject({
      viewer,
      source: "clients",
      requestId: "r-1",
      iss: "silta-subgraph",
      aud: "consents-access",
    });
    const { payload } = await jwtVerify(token, key.secret, { currentDate: new Date(start) });
    expect(payload.exp! - payload.iat!).toBe(30);
    await expect(verifyAccessServiceToken(token, key, start)).resolves.toEqual({ viewer, source: "clients", requestId: "r-1" });
  });

  it("is refused signed with another key, or as a viewer header would be used", async () => {
    const forged = await signAccessServiceToken({ viewer, source: "clients" }, viewerKey("f".repeat(40)), start);
    expect(await refusal(verifyAccessServiceToken(forged, key, start))).toBe("service_token_invalid");
    expect(await refusal(verifyAccessServiceToken(undefined, key, start))).toBe("service_token_missing");
  });
});

describe("the consents service's check of service tokens", () => {
  it("answers a token it verified until the token's expiry, and refuses it after, however often it was used", async () => {
    let now = start;
    const verifier = new AccessServiceTokenVerifier(key, { now: () => now });
    const token = await signAccessServiceToken({ viewer, source: "fit" }, key, start);
    await expect(verifier.verify(token)).resolves.toEqual({ viewer, source: "fit" });
    now = start + 29_000;
    await expect(verifier.verify(token)).resolves.toEqual({ viewer, source: "fit" });
    // Past its exp and the verification's 5-second tolerance: kept or not, the token is dead.
    now = start + 36_000;
    expect(await refusal(verifier.verify(token))).toBe("service_token_invalid");
  });

  it("does not answer a kept token's claims for a token changed in any way", async () => {
    const verifier = new AccessServiceTokenVerifier(key, { now: () => start });
    const token = await signAccessServiceToken({ viewer, source: "fit" }, key, start);
    await verifier.verify(token);
    const [header, payload, signature] = token.split(".");
    const otherViewer = Buffer.from(JSON.stringify({ ...decodeJwt(token), viewer: { ...viewer, id: "p2" } })).toString(
      "base64url",
    );
    expect(await refusal(verifier.verify(`${header}.${otherViewer}.${signature}`))).toBe("service_token_invalid");
    expect(await refusal(verifier.verify(`${header}.${payload}.${signature!.slice(0, -2)}AA`))).toBe("service_token_invalid");
  });

  it("keeps at most its bound of tokens and still verifies every one", async () => {
    const verifier = new AccessServiceTokenVerifier(key, { now: () => start, maxEntries: 2 });
    const tokens = await Promise.all(
      ["a", "b", "c", "d"].map((id) => signAccessServiceToken({ viewer: { ...viewer, id }, source: "fit" }, key, start)),
    );
    for (const token of [...tokens, ...tokens]) await expect(verifier.verify(token)).resolves.toMatchObject({ source: "fit" });
  });
});

describe("a subgraph's service tokens", () => {
  it("reuses one token per viewer and subgraph until 10 seconds before it expires, naming the request beside it", () => {
    let now = start;
    const tokens = new AccessServiceTokens(key, () => now);
    const first = tokens.headersFor(viewer, { source: "clients", requestId: "request-1" });
    expect(first["x-request-id"]).toBe("request-1");
    expect(decodeJwt(first["authorization"]!.slice(7))).not.toHaveProperty("requestId");
    now = start + 19_000;
    const second = tokens.headersFor(viewer, { source: "clients", requestId: "request-2" });
    expect(second).toEqual({ authorization: first["authorization"], "x-request-id": "request-2" });
    expect(tokens.headersFor(viewer, { source: "fit", requestId: "request-2" })["authorization"]).not.toBe(
      first["authorization"],
    );
    expect(tokens.headersFor({ ...viewer, purpose: "audit" }, { source: "clients", requestId: "r" })["authorization"]).not.toBe(
      first["authorization"],
    );
    now = start + 20_000;
    const renewed = tokens.headersFor(viewer, { source: "clients", requestId: "request-3" });
    expect(renewed["authorization"]).not.toBe(first["authorization"]);
    expect(decodeJwt(renewed["authorization"]!.slice(7)).iat).toBe((start + 20_000) / 1000);
  });

  it("puts a request id the header may not carry into a one-off token", () => {
    const tokens = new AccessServiceTokens(key, () => start);
    const headers = tokens.headersFor(viewer, { source: "clients", requestId: "pyyntö 1" });
    expect(headers).not.toHaveProperty("x-request-id");
    expect(decodeJwt(headers["authorization"]!.slice(7))).toMatchObject({ requestId: "pyyntö 1", source: "clients" });
  });
});
