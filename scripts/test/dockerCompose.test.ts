import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * docker-compose.yml as a user meets it: `docker-compose config` accepts it, the `dev` profile
 * brings the development identity provider the gateway trusts by default, and the image exposes
 * every port a service listens on. Needs the docker-compose command (scripts/ensureTestTools.sh installs it),
 * not a Docker daemon.
 */
const root = join(__dirname, "..", "..");

async function composeConfig(...profile: string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)("docker-compose", [...profile, "config"], {
      cwd: root,
      env: { PATH: process.env["PATH"]! },
    });
    return stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === "ENOENT")
      throw new Error("docker-compose is not installed: bash scripts/ensureTestTools.sh installs it (the check needs no daemon)");
    throw new Error(`docker-compose config failed:\n${failure.stderr ?? failure.message}`);
  }
}

/** Each service's environment PORT, from the resolved configuration. */
function ports(config: string): Map<string, number> {
  const found = new Map<string, number>();
  let service = "";
  for (const line of config.split("\n")) {
    const name = /^ {2}([a-z][\w-]*):$/.exec(line)?.[1];
    if (name) service = name;
    const port = /^ {6}PORT: '?(\d+)'?$/.exec(line)?.[1];
    if (port) found.set(service, Number(port));
  }
  return found;
}

describe("docker-compose.yml", () => {
  it("is accepted by docker-compose config, with and without the dev profile", async () => {
    await expect(composeConfig()).resolves.toMatch(/^services:/m);
    await expect(composeConfig("--profile", "dev")).resolves.toMatch(/^ {2}dev-idp:$/m);
  }, 60_000);

  it("has the gateway trust the dev profile's identity provider when no OIDC_* is given", async () => {
    const config = await composeConfig("--profile", "dev");
    expect(config).toMatch(/^ {6}OIDC_ISSUER: http:\/\/dev-idp:4010$/m);
    expect(config).toMatch(/^ {6}DEV_IDP_ISSUER: http:\/\/dev-idp:4010$/m);
    expect(config).toMatch(/^ {6}OIDC_JWKS_URL: http:\/\/dev-idp:4010\/\.well-known\/jwks\.json$/m);
  }, 60_000);

  it("serves the web app from the gateway, signing in at the dev profile's provider with the app's registered redirect", async () => {
    const config = await composeConfig("--profile", "dev");
    expect(config).toMatch(/^ {6}WEB_APP_DIR: \/app\/ui\/dist$/m);
    expect(config).toMatch(/^ {6}WEB_APP_OIDC_CLIENT_ID: silta-web$/m);
    expect(config).toMatch(/^ {6}WEB_APP_OIDC_AUTHORIZATION_URL: http:\/\/localhost:4010\/authorize$/m);
    expect(config).toMatch(/^ {6}WEB_APP_OIDC_TOKEN_URL: http:\/\/localhost:4010\/oauth\/token$/m);
    expect(config).toMatch(/^ {6}DEV_IDP_CLIENT_ID: silta-web$/m);
    expect(config).toMatch(/^ {6}DEV_IDP_REDIRECT_URIS: http:\/\/localhost:4000\/app\/$/m);
    // The image builds the app's static files before it drops the build tools, and installs the app's
    // workspace with the others (npm ci fails on a workspace whose manifest is missing).
    const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
    expect(dockerfile).toMatch(/npm run ui:build && npm prune --omit=dev/);
    const workspaces = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { workspaces: string[] }).workspaces;
    const copied = [...dockerfile.matchAll(/^COPY (\S+)\/package\.json /gm)].map((match) => match[1]!);
    for (const workspace of workspaces.filter((name) => !name.includes("*"))) expect(copied).toContain(workspace);
    expect(dockerfile.indexOf("COPY ui/package.json")).toBeLessThan(dockerfile.indexOf("RUN npm ci"));
  }, 60_000);

  it("runs on ports the Dockerfile exposes, one per service", async () => {
    const byService = ports(await composeConfig("--profile", "dev"));
    expect([...byService.keys()].sort()).toEqual(
      ["clients", "consents", "dev-idp", "fit", "gateway", "integration", "teams", "training"].sort(),
    );
    const exposed = /^EXPOSE (.+)$/m
      .exec(readFileSync(join(root, "Dockerfile"), "utf8"))![1]!
      .split(/\s+/)
      .map(Number);
    expect(exposed.sort()).toEqual([...new Set(byService.values())].sort());
  }, 60_000);
});
