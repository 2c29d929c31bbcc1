import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { authenticate, createDevTokenIssuer } from "../src";

describe("the development token issuer", () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "silta-dev-issuer-"));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("issues ES256 tokens for silta, valid 12 hours, that its verifier accepts", async () => {
    const issuer = await createDevTokenIssuer();
    const token = await issuer.issue({ sub: "p1", silta_kind: "professional", silta_org: "org1", roles: ["social_worker"] });
    const claims = await issuer.verifier.verify(token);
    expect(claims).toMatchObject({
      sub: "p1",
      iss: "silta-dev-issuer",
      aud: "silta",
      silta_org: "org1",
      roles: ["social_worker"],
    });
    expect(claims.exp! - claims.iat!).toBe(12 * 3600);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "ES256", kid: expect.any(String) });
    await expect(authenticate({ authorization: `Bearer ${token}` }, issuer.verifier)).resolves.toMatchObject({
      id: "p1",
      kind: "professional",
    });
  });

  it("issues tokens with the lifetime asked for", async () => {
    const issuer = await createDevTokenIssuer();
    const claims = decodeJwt(await issuer.issue({ sub: "c1", silta_kind: "client" }, "1h"));
    expect(claims.exp! - claims.iat!).toBe(3600);
  });

  it("does not accept tokens of another issuer instance, which holds another key", async () => {
    const [mine, theirs] = await Promise.all([createDevTokenIssuer(), createDevTokenIssuer()]);
    const token = await theirs.issue({ sub: "p1", silta_kind: "client" });
    await expect(authenticate({ authorization: `Bearer ${token}` }, mine.verifier)).rejects.toMatchObject({
      extensions: { reason: "token_invalid" },
    });
  });

  it("keeps its key in the key file, readable only by its owner, so tokens survive a restart", async () => {
    const keyFile = join(folder, "nested", "dev-issuer-key.json");
    const before = await createDevTokenIssuer({ keyFile });
    const token = await before.issue({ sub: "p1", silta_kind: "client" });
    const after = await createDevTokenIssuer({ keyFile });
    await expect(after.verifier.verify(token)).resolves.toMatchObject({ sub: "p1" });
    expect(JSON.parse(await readFile(keyFile, "utf8"))).toMatchObject({ kty: "EC", crv: "P-256", d: expect.any(String) });
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
  });

  it("refuses to start from a key file that holds no private key, naming the file", async () => {
    const keyFile = join(folder, "broken.json");
    await writeFile(keyFile, '{"kty":"EC"}');
    await expect(createDevTokenIssuer({ keyFile })).rejects.toThrow(keyFile);
  });
});
