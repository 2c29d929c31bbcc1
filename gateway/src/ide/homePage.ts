import type { IncomingMessage, ServerResponse } from "node:http";
import { setPageSecurityHeaders } from "./contentSecurityPolicy";
import { escapeHtml } from "./escapeHtml";

export interface HomePageOptions {
  graphqlPath: string;
  /** Path of the GraphiQL IDE, when it is served (never in production). */
  idePath?: string;
  /** Path of the web app, when it is served. */
  appPath?: string;
  metrics: boolean;
}

/**
 * `GET /`: what this server is and where to go from here, so a person who opens the gateway's
 * address in a browser finds the IDE (in development), the health endpoints and the docs.
 */
export function homePage(options: HomePageOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const html = renderHomePage(options);
  return (request, response) => {
    setPageSecurityHeaders(response);
    response.setHeader("cache-control", "no-cache");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.statusCode = 405;
      response.setHeader("allow", "GET, HEAD");
      response.end();
      return;
    }
    response.statusCode = 200;
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(request.method === "HEAD" ? undefined : html);
  };
}

function renderHomePage({ graphqlPath, idePath, appPath, metrics }: HomePageOptions): string {
  const link = (path: string, text = path) => `<a href="${escapeHtml(path)}"><code>${escapeHtml(text)}</code></a>`;
  const items = [
    appPath &&
      `<li><a href="${escapeHtml(`${appPath}/`)}"><strong>Silta web app</strong></a>: the worker's caseload and client pages, the client's own plan (Kartta), the manager's FIT rollout dashboard</li>`,
    idePath &&
      `<li>${link(idePath)}: GraphiQL, an IDE to write and run queries against this hub, with the schema's documentation (development only, served from this hub's own files)</li>`,
    `<li><code>POST ${escapeHtml(graphqlPath)}</code>: the GraphQL endpoint; send <code>Authorization: Bearer &lt;token&gt;</code></li>`,
    `<li>${link("/health/live")} and ${link("/health/ready")}: liveness and readiness</li>`,
    metrics && `<li>${link("/metrics")}: Prometheus metrics</li>`,
    `<li>${link("/fhir/R4/metadata")}: the FHIR R4 read view's capability statement</li>`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Silta</title>
<link rel="icon" href="data:,">
</head>
<body>
<h1>Silta</h1>
<p>The GraphQL federation hub of the family, social and disability services of a wellbeing services county (hyvinvointialue).</p>
<ul>
${items.join("\n")}
</ul>
<p>Documentation: <code>README.md</code> and <code>docs/</code> in the repository (<code>docs/gateway.md</code> for this gateway, <code>docs/access.md</code> for who may read what, <code>docs/examples/</code> for example operations).</p>
</body>
</html>
`;
}
