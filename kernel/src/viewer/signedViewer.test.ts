import { SignJWT, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { signViewer, verifySignedViewer, verifyViewer, viewerKey } from "./signedViewer";
import type { Viewer } from "./Viewer";

const key = viewerKey("k".repeat(40));
const viewer: Viewer = {
  id: "p1",
  kind: "professional",
  organizationId: "org1",
  roles: ["social_worker"],
  scopes: [],
  purpose: "client work",
};

async function reasonOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    return (error as { extensions?: { reason?: string; code?: string } }).extensions;
  }
}

describe("the signed viewer header", () => {
  it("round-trips the viewer for the subgraph it was signed for", async () => {
    await expect(verifyViewer(await signViewer(viewer, key, "clients"), key, "clients")).resolves.toEqual(viewer);
  });

  it("carries the request's decision scope when signed with one, and only a well-formed one", async () => {
    const scope = "Zm9sbG93LXVwLXJlYWRz";
    await expect(verifySignedViewer(await signViewer(viewer, key, "clients", 60, scope), key, "clients")).resolves.toEqual({
      viewer,
      scope,
    });
    await expect(verifySignedViewer(await signViewer(viewer, key, "clients"), key, "clients")).resolves.toEqual({ viewer });
    // A scope is what the gateway mints: one of another form (too short, or with other characters) is none.
    for (const odd of ["short", "with spaces in it ok?", "x".repeat(65)])
      await expect(verifySignedViewer(await signViewer(viewer, key, "clients", 60, odd), key, "clients")).resolves.toEqual({
        viewer,
      });
    // A scope cannot be added to a header signed without one: it is inside the signed claims.
    const [head, claims, signature] = (await signViewer(viewer, key, "clients")).split(".");
    const withScope = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(claims!, "base64url").toString()), scp: scope }),
    ).toString("base64url");
    expect(await reasonOf(verifySignedViewer(`${head}.${withScope}.${signature}`, key, "clients"))).toMatchObject({
      reason: "viewer_invalid",
    });
  });

  it("is a standard HS256 JWT naming the gateway, the subgraph and a 60-second lifetime", async () => {
    const header = await signViewer(viewer, key, "clients");
    expect(decodeProtectedHeader(header)).toEqual({ alg: "HS256" });
    const claims = decodeJwt(header);
    expect(claims).toMatchObject({ viewer, iss: "silta-gateway", aud: "clients" });
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(Math.abs(claims.iat! - Date.now() / 1000)).toBeLessThan(5);
    await expect(jwtVerify(header, key.secret, { algorithms: ["HS256"] })).resolves.toBeDefined();
  });

  it("is refused when missing", async () => {
    expect(await reasonOf(verifyViewer(undefined, key, "clients"))).toMatchObject({
      code: "UNAUTHENTICATED",
      reason: "viewer_missing",
      http: { status: 401 },
    });
  });

  it("is refused by another subgraph than the one it was signed for", async () => {
    expect(await reasonOf(verifyViewer(await signViewer(viewer, key, "clients"), key, "fit"))).toMatchObject({
      reason: "viewer_invalid",
    });
  });

  it("is refused when signed with another key", async () => {
    const forged = await signViewer(viewer, viewerKey("f".repeat(40)), "clients");
    expect(await reasonOf(verifyViewer(forged, key, "clients"))).toMatchObject({ reason: "viewer_invalid" });
  });

  it("is refused when expired", async () => {
    const expired = await new SignJWT({ viewer })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("silta-gateway")
      .setAudience("clients")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(key.secret);
    expect(await reasonOf(verifyViewer(expired, key, "clients"))).toMatchObject({ reason: "viewer_expired" });
  });

  it("is refused when the signed payload is not a viewer", async () => {
    const malformed = await new SignJWT({ viewer: { id: "", kind: "robot" } })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("silta-gateway")
      .setAudience("clients")
      .setExpirationTime("1m")
      .sign(key.secret);
    expect(await reasonOf(verifyViewer(malformed, key, "clients"))).toMatchObject({ reason: "viewer_malformed" });
  });

  describe("checked as jose checks it", () => {
    const now = () => Math.floor(Date.now() / 1000);
    const signed = (build: (jwt: SignJWT) => SignJWT, secret = key.secret) =>
      build(new SignJWT({ viewer }).setIssuer("silta-gateway").setAudience("clients").setProtectedHeader({ alg: "HS256" })).sign(
        secret,
      );

    it("accepts a header jose signed, also with the subgraph among several audiences", async () => {
      await expect(verifyViewer(await signed((jwt) => jwt.setExpirationTime("1m")), key, "clients")).resolves.toEqual(viewer);
      const several = await signed((jwt) => jwt.setAudience(["fit", "clients"]).setExpirationTime("1m"));
      await expect(verifyViewer(several, key, "clients")).resolves.toEqual(viewer);
    });

    it("refuses another algorithm, a changed payload, another issuer, a future nbf and a header without exp", async () => {
      const hs512 = await new SignJWT({ viewer })
        .setProtectedHeader({ alg: "HS512" })
        .setIssuer("silta-gateway")
        .setAudience("clients")
        .setExpirationTime("1m")
        .sign(key.secret);
      const [head, , signature] = (await signViewer(viewer, key, "clients")).split(".");
      const changed = `${head}.${Buffer.from(JSON.stringify({ viewer: { ...viewer, id: "p2" }, iss: "silta-gateway", aud: "clients", exp: now() + 60 })).toString("base64url")}.${signature}`;
      const unsigned = `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${changed.split(".")[1]}.`;
      const refused = [
        hs512,
        changed,
        unsigned,
        await signed((jwt) => jwt.setIssuer("someone-else").setExpirationTime("1m")),
        await signed((jwt) => jwt.setNotBefore(now() + 60).setExpirationTime("2m")),
        await signed((jwt) => jwt),
        "not.a-token",
      ];
      for (const header of refused)
        expect(await reasonOf(verifyViewer(header, key, "clients"))).toMatchObject({ reason: "viewer_invalid" });
    });

    it("allows five seconds of clock difference at the end, and no more", async () => {
      const justOver = await signed((jwt) => jwt.setExpirationTime(now() - 3));
      await expect(verifyViewer(justOver, key, "clients")).resolves.toEqual(viewer);
      const over = await signed((jwt) => jwt.setExpirationTime(now() - 6));
      expect(await reasonOf(verifyViewer(over, key, "clients"))).toMatchObject({ reason: "viewer_expired" });
    });
  });
});
