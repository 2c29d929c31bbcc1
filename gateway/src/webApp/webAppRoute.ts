import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import type { HttpRoute } from "@silta/kernel/http";
import { isLoopback } from "../http/isLoopback";
import { connectOriginsOf, type WebAppConfig, type WebAppSignIn } from "./webAppConfig";
import { setWebAppSecurityHeaders, webAppContentSecurityPolicy } from "./webAppSecurityPolicy";

export interface WebAppRouteOptions {
  /** The built app (`ui/dist`): `index.html` and `assets/`. */
  directory: string;
  /** Where the app is served. Default `/app`. */
  path?: string;
  graphqlPath: string;
  /** How people sign in; development sign-in hands its tokens to callers on this machine only. */
  signIn: WebAppSignIn;
}

/** Content types of what a Vite build writes; any other file is not served. */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The web app at the gateway's own origin: `/app/` answers `index.html` (and so does any path
 * without a file extension, for the app's own routes), `/app/assets/*` the build's hashed files
 * (cached for a year: a new build has new names), `/app/config.json` the sign-in settings. Every
 * answer carries the app's Content-Security-Policy. Only files inside `directory` are served; a
 * path is normalised first, and anything that leaves the folder, hides (dot files) or has a type
 * the build never writes is 404.
 */
export function webAppRoute(options: WebAppRouteOptions): HttpRoute & { path: string } {
  const path = options.path ?? "/app";
  const policy = webAppContentSecurityPolicy({ connectOrigins: connectOriginsOf(options.signIn) });
  const root = normalize(options.directory + sep);
  return {
    path,
    prefix: path,
    async handle(request: IncomingMessage, response: ServerResponse) {
      setWebAppSecurityHeaders(response, policy);
      const requestPath = (request.url ?? "/").split("?")[0]!;
      if (request.method !== "GET" && request.method !== "HEAD") {
        response.statusCode = 405;
        response.setHeader("allow", "GET, HEAD");
        response.end();
        return;
      }
      if (requestPath === path) {
        // The app's relative asset URLs need the trailing slash.
        response.statusCode = 301;
        response.setHeader("location", `${path}/`);
        response.end();
        return;
      }
      if (!requestPath.startsWith(`${path}/`)) return notFound(request, response);
      if (requestPath === `${path}/config.json`) return sendConfig(request, response, options);
      let relative: string;
      try {
        relative = decodeURIComponent(requestPath.slice(path.length + 1));
      } catch {
        return notFound(request, response);
      }
      const isAppRoute = relative === "" || extname(relative) === "";
      const file = normalize(join(root, isAppRoute ? "index.html" : relative));
      const hidden = relative.split("/").some((part) => part.startsWith("."));
      const contentType = CONTENT_TYPES[extname(file)];
      if (!file.startsWith(root) || hidden || relative.includes("\0") || !contentType) return notFound(request, response);
      const content = await readRegularFile(file);
      if (!content) {
        if (isAppRoute) return notBuilt(request, response, options.directory);
        return notFound(request, response);
      }
      response.setHeader("cache-control", relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache");
      send(request, response, 200, contentType, content);
    },
  };
}

async function readRegularFile(file: string): Promise<Buffer | undefined> {
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return await readFile(file);
  } catch {
    return undefined;
  }
}

function sendConfig(request: IncomingMessage, response: ServerResponse, options: WebAppRouteOptions): void {
  const signIn: WebAppSignIn =
    options.signIn.kind === "development" && !isLoopback(request.socket.remoteAddress) ? { kind: "unavailable" } : options.signIn;
  const config: WebAppConfig = { graphqlPath: options.graphqlPath, signIn };
  // May carry development tokens: never kept by a browser cache or a proxy.
  response.setHeader("cache-control", "no-store");
  send(request, response, 200, "application/json", JSON.stringify(config));
}

function notBuilt(request: IncomingMessage, response: ServerResponse, directory: string): void {
  send(
    request,
    response,
    503,
    "text/plain; charset=utf-8",
    `The web app is not built (no index.html in ${directory}). \`npm start\` builds it; or run \`npm run ui:build\`.\n`,
  );
}

function notFound(request: IncomingMessage, response: ServerResponse): void {
  send(request, response, 404, "text/plain; charset=utf-8", "Not found.\n");
}

function send(request: IncomingMessage, response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.statusCode = status;
  response.setHeader("content-type", type);
  response.end(request.method === "HEAD" ? undefined : body);
}
