import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import type { HttpRoute } from "@silta/kernel/http";
import { isLoopback } from "../http/isLoopback";
import { setPageSecurityHeaders } from "./contentSecurityPolicy";
import { escapeHtml } from "./escapeHtml";

/** A token the IDE offers with one click: a demo user of the embedded hub. */
export interface DevelopmentToken {
  /** Short name of the user, shown on the button (`sw-helsinki`). */
  user: string;
  /** Who the user is and what they may do. */
  description: string;
  /** The bearer token, issued by the development issuer. */
  token: string;
}

export interface IdeRouteOptions {
  /** Where the IDE is served. Default `/ide`. */
  path?: string;
  graphqlPath: string;
  /** Offered to callers on this machine only (loopback), never to others. Default none. */
  developmentTokens?: readonly DevelopmentToken[];
}

interface Asset {
  /** Resolves the file when first asked for, so a gateway without the IDE never looks for the packages. */
  file(): string;
  contentType: string;
}

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const javascript = "text/javascript; charset=utf-8";
const css = "text/css; charset=utf-8";

/**
 * Every file the IDE page loads, by the name it is served under. GraphiQL's and React's prebuilt
 * UMD bundles come from this project's own node_modules (devDependencies `graphiql`, `react`,
 * `react-dom`), so the IDE works offline and no request leaves the machine. Only these names are
 * served: a path is never mapped onto the file system.
 */
const ASSETS: Record<string, Asset> = {
  "react.js": { file: () => join(packageDir("react"), "umd", "react.production.min.js"), contentType: javascript },
  "react-dom.js": { file: () => join(packageDir("react-dom"), "umd", "react-dom.production.min.js"), contentType: javascript },
  "graphiql.js": { file: () => join(packageDir("graphiql"), "graphiql.min.js"), contentType: javascript },
  "graphiql.css": { file: () => join(packageDir("graphiql"), "graphiql.min.css"), contentType: css },
  "ide.js": { file: () => join(__dirname, "browser", "ide.js"), contentType: javascript },
  "ide.css": { file: () => join(__dirname, "browser", "ide.css"), contentType: css },
};

/** The names the IDE page loads, in order; exported for tests. */
export const IDE_ASSETS = Object.keys(ASSETS);

/**
 * The development GraphQL IDE: GraphiQL at `/ide`, its assets at `/ide/assets/<name>`, under a
 * Content-Security-Policy that allows only this origin. The embedded hub's demo tokens are put in
 * the page (one click picks the user whose token is sent) for callers on this machine only.
 */
export function ideRoute(options: IdeRouteOptions): HttpRoute & { path: string } {
  const path = options.path ?? "/ide";
  const cache = new Map<string, Promise<Buffer>>();
  const load = (name: string, asset: Asset) => {
    let content = cache.get(name);
    if (!content) {
      content = readFile(asset.file());
      // A failed read is not kept, so installing the packages fixes the IDE without a restart.
      content.catch(() => cache.delete(name));
      cache.set(name, content);
    }
    return content;
  };
  return {
    path,
    prefix: path,
    async handle(request: IncomingMessage, response: ServerResponse) {
      const requestPath = (request.url ?? "/").split("?")[0]!;
      setPageSecurityHeaders(response);
      if (request.method !== "GET" && request.method !== "HEAD") {
        response.statusCode = 405;
        response.setHeader("allow", "GET, HEAD");
        response.end();
        return;
      }
      if (requestPath === path || requestPath === `${path}/`) {
        const tokens = isLoopback(request.socket.remoteAddress) ? (options.developmentTokens ?? []) : [];
        // The page may carry tokens: never stored by a browser or a proxy.
        response.setHeader("cache-control", "no-store");
        return send(response, request, 200, "text/html; charset=utf-8", idePage(path, options.graphqlPath, tokens));
      }
      const name = requestPath.startsWith(`${path}/assets/`) ? requestPath.slice(`${path}/assets/`.length) : undefined;
      const asset = name !== undefined && Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (!name || !asset) return send(response, request, 404, "text/plain; charset=utf-8", "Not found.\n");
      let content: Buffer;
      try {
        content = await load(name, asset);
      } catch {
        return send(
          response,
          request,
          500,
          "text/plain; charset=utf-8",
          `The IDE's file ${name} is missing: run \`npm ci\` (the IDE needs the devDependencies graphiql, react and react-dom).\n`,
        );
      }
      response.setHeader("cache-control", "no-cache");
      return send(response, request, 200, asset.contentType, content);
    },
  };
}

function send(
  response: ServerResponse,
  request: IncomingMessage,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  response.statusCode = status;
  response.setHeader("content-type", contentType);
  response.end(request.method === "HEAD" ? undefined : body);
}

/**
 * The IDE page: no inline script (the CSP forbids it); its settings travel in a JSON data block,
 * which a browser never executes, with `<` escaped so no value can close the block.
 */
function idePage(path: string, graphqlPath: string, tokens: readonly DevelopmentToken[]): string {
  const settings = JSON.stringify({ graphqlPath, tokens }).replace(/</g, "\\u003c");
  const asset = (name: string) => escapeHtml(`${path}/assets/${name}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Silta GraphQL IDE</title>
<link rel="stylesheet" href="${asset("graphiql.css")}">
<link rel="stylesheet" href="${asset("ide.css")}">
</head>
<body>
<header class="silta-bar">
<strong>Silta</strong> development IDE
<span id="silta-users" class="silta-users"></span>
<a href="/">about this hub</a>
</header>
<main id="graphiql" class="silta-ide">Loading GraphiQL…</main>
<script type="application/json" id="silta-ide-settings">${settings}</script>
<script src="${asset("react.js")}"></script>
<script src="${asset("react-dom.js")}"></script>
<script src="${asset("graphiql.js")}"></script>
<script src="${asset("ide.js")}"></script>
</body>
</html>
`;
}
