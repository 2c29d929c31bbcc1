import { randomInt, randomUUID } from "node:crypto";
import { signViewer, todayIn, VIEWER_HEADER, type Viewer } from "@silta/kernel";
import { PURPOSE_HEADER } from "@silta/gateway";
import { generateTestIdentityCode } from "@silta/clients/identityCode";
import { startAdversaryHub, EXPORT_DESTINATION, TIME_ZONE, type AdversaryHub } from "./support/adversaryHub";

/**
 * Issue 13's adversarial suite: every kind of viewer, with a valid token, tries every way to a
 * client's data on the running hub (servers mode, through the gateway, and straight at a subgraph
 * with a correctly signed viewer header), and the outcome must match the rule table of
 * docs/access.md. The subject is a canary client with a distinctive name, identity code and data in
 * each category: every byte a viewer receives (status, headers, body, decoded cursors) is scanned
 * for the canary's data of each category the viewer may not see, and a viewer who may see nothing
 * of the canary must get exactly the answer it gets for a client that does not exist.
 */

/** Letters only, so a name made of them is a valid name and unique to this run. */
const letters = (length: number) => Array.from({ length }, () => "bcdfghjklmnpqrstvwxz"[randomInt(20)]).join("");

/** The viewers of the issue, each with what the rules let them see of the canary (docs/access.md "The rules"). */
const VIEWERS = {
  /** The canary's responsible worker (county): everything but the access log. */
  worker: ["basic", "concerns", "service_plan", "consents", "fit"],
  /** On the canary's team, from a city outside the county, with a consent naming their organisation for basic and team data. */
  curatorWithConsent: ["basic"],
  /** On the canary's team, from another city outside the county, with no consent. */
  curatorWithoutConsent: [],
  /** A county professional with no relationship to the canary. */
  stranger: [],
  /** The county's unit manager: aggregates only. */
  manager: [],
  /** The canary themself. */
  client: ["basic", "concerns", "service_plan", "consents", "fit", "access_log"],
  /** The canary's guardian (a client). */
  guardian: ["basic", "concerns", "service_plan", "consents", "fit", "access_log"],
  /** Another client, not the canary's guardian. */
  otherClient: [],
  /** The client information system: `clients:read`, `export:read`, `webhooks:manage`. */
  systemWithScope: ["basic", "concerns", "service_plan", "consents", "fit"],
  /** An integration with only `training:read`. */
  systemWithoutScope: [],
} as const satisfies Record<string, readonly Revealed[]>;
type ViewerName = keyof typeof VIEWERS;
type Revealed = "basic" | "concerns" | "service_plan" | "consents" | "fit" | "access_log";

/**
 * The table under test: who gets the canary's data on each path (`Y`), and who does not (`.`). A
 * path's data is the category it is named after; `export` and `webhooks` need their own scopes.
 */
const TABLE = `
path                                  worker curatorWithConsent curatorWithoutConsent stranger manager client guardian otherClient systemWithScope systemWithoutScope
client(id)                              Y          Y                    .                .        .      Y       Y         .            Y                .
_entities (straight to clients)         Y          Y                    .                .        .      Y       Y         .            Y                .
clients(search: identityCode)           Y          Y                    .                .        .      Y       Y         .            Y                .
clients(search: name)                   Y          Y                    .                .        .      Y       Y         .            Y                .
clients(search: birthDate)              Y          Y                    .                .        .      Y       Y         .            Y                .
clients(search: name, birthDate)        Y          Y                    .                .        .      Y       Y         .            Y                .
clients(after: the worker's cursor)     Y          .                    .                .        .      .       .         .            .                .
team(id).clients                        Y          Y                    .                .        .      Y       Y         .            Y                .
professional(id).responsibleFor         Y          Y                    .                .        .      Y       Y         .            Y                .
client(id).concerns                     Y          .                    .                .        .      Y       Y         .            Y                .
concern(id)                             Y          .                    .                .        .      Y       Y         .            Y                .
_entities Family (straight to clients)  Y          Y                    .                .        .      Y       Y         .            Y                .
_entities Concern (straight to clients) Y          .                    .                .        .      Y       Y         .            Y                .
overdueConcerns(filter: teamId)         Y          .                    .                .        .      Y       Y         .            Y                .
client(id).servicePlan                  Y          .                    .                .        .      Y       Y         .            Y                .
servicePlan(id)                         Y          .                    .                .        .      Y       Y         .            Y                .
_entities ServicePlan (straight to clients) Y      .                    .                .        .      Y       Y         .            Y                .
clientConsents(clientId)                Y          .                    .                .        .      Y       Y         .            Y                .
clientBans(clientId)                    Y          .                    .                .        .      Y       Y         .            Y                .
clientAccessOverview(clientId)          Y          .                    .                .        .      Y       Y         .            Y                .
client(id).fitEpisodes                  Y          .                    .                .        .      Y       Y         .            Y                .
fitEpisode(id)                          Y          .                    .                .        .      Y       Y         .            Y                .
_entities FitEpisode (straight to fit)  .          .                    .                .        .      .       .         .            .                .
FHIR Patient/<id>                       Y          Y                    .                .        .      Y       Y         .            Y                .
FHIR Observation?patient=<id>           Y          .                    .                .        .      Y       Y         .            Y                .
accessLog(clientId)                     .          .                    .                .        .      Y       Y         .            .                .
GET /export/clients/clients             .          .                    .                .        .      .       .         .            Y                .
createWebhookSubscription               .          .                    .                .        .      .       .         .            Y                .
`;

interface Received {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Who or what a path asks about: the canary, or a client nobody has (same shape, fresh values). */
interface Subject {
  id: string;
  firstName: string;
  lastName: string;
  identityCode: string;
  birthDate: string;
  concernId: string;
  episodeId: string;
  planId: string;
  /** A family of the subject's own (the canary is its one member). */
  familyId: string;
  consentId: string;
}

interface Path {
  /** Which of the canary's data an allowed answer carries. */
  reveals: Revealed | "export" | "webhooks";
  /** The request names the client (its id), so its answer to a viewer with no basis must equal a missing client's. */
  namesTheClient: boolean;
  ask(viewer: ViewerName, subject: Subject): Promise<Received>;
  /** An answer that carries the data (for `export` and `webhooks`: the request was served). */
  served(received: Received, subject: Subject): boolean;
}

describe("the access rules against a hostile caller, on the running hub", () => {
  let hub: AdversaryHub;
  const county = randomUUID();
  const cityWithConsent = randomUUID();
  const cityWithoutConsent = randomUUID();
  const team = randomUUID();
  const ids: Record<ViewerName, string> = {
    worker: randomUUID(),
    curatorWithConsent: randomUUID(),
    curatorWithoutConsent: randomUUID(),
    stranger: randomUUID(),
    manager: randomUUID(),
    client: randomUUID(),
    guardian: randomUUID(),
    otherClient: randomUUID(),
    systemWithScope: `cis-${randomUUID()}`,
    systemWithoutScope: `lms-${randomUUID()}`,
  };
  const subject = (birthYear: number): Subject => ({
    id: randomUUID(),
    firstName: `Kanarialintu${letters(8)}`,
    lastName: `Zz${letters(12)}`,
    identityCode: generateTestIdentityCode(new Date(`${birthYear}-0${1 + randomInt(9)}-1${randomInt(10)}`), 900 + randomInt(99)),
    birthDate: "",
    concernId: randomUUID(),
    episodeId: randomUUID(),
    planId: randomUUID(),
    familyId: randomUUID(),
    consentId: randomUUID(),
  });
  /** The canary: a child under the county's child protection, known to the worker's team. */
  const canary = subject(2014);
  canary.id = ids.client;
  /** A client that does not exist, asked about the same way. */
  const phantom = subject(2013);
  /** The canary's data of each category, distinctive enough to find in any byte stream. */
  const markers: Record<Revealed, string[]> = {
    basic: [canary.firstName, canary.lastName, canary.identityCode, canary.identityCode.replace(/[-+A]/, "")],
    concerns: [`Huoli${letters(12)}`],
    service_plan: [`Tavoite${letters(12)}`],
    consents: [`Suostumus${letters(12)}`],
    fit: [canary.episodeId],
    /** The purpose the worker states on every request, which the canary's access log then shows. */
    access_log: [`Tarkoitus${letters(12)}`],
  };
  const tokens = {} as Record<ViewerName, string>;
  const viewers = {} as Record<ViewerName, Viewer>;
  let workerCursor = "";
  /** A client of the stranger's own (they are its responsible worker). */
  const strangersClient = randomUUID();
  const today = todayIn(TIME_ZONE);

  const claimsOf = (name: ViewerName): Record<string, unknown> => {
    const professional = (organization: string, roles: string[]) => ({
      sub: ids[name],
      silta_kind: "professional",
      silta_org: organization,
      roles,
    });
    switch (name) {
      case "worker":
      case "stranger":
        return professional(county, ["social_worker"]);
      case "curatorWithConsent":
        return professional(cityWithConsent, ["school_curator"]);
      case "curatorWithoutConsent":
        return professional(cityWithoutConsent, ["school_curator"]);
      case "manager":
        return professional(county, ["manager"]);
      case "client":
      case "guardian":
      case "otherClient":
        return { sub: ids[name], silta_kind: "client" };
      case "systemWithScope":
        return { sub: ids[name], silta_kind: "system", scope: "clients:read export:read webhooks:manage" };
      case "systemWithoutScope":
        return { sub: ids[name], silta_kind: "system", scope: "training:read" };
    }
  };

  const receive = async (response: Response): Promise<Received> => ({
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    text: await response.text(),
  });
  const headersOf = (viewer: ViewerName) => ({
    authorization: `Bearer ${tokens[viewer]}`,
    ...(viewer === "worker" ? { [PURPOSE_HEADER]: markers.access_log[0]! } : {}),
  });
  const graphql = async (
    viewer: ViewerName,
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) =>
    receive(
      await fetch(hub.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...headersOf(viewer), ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    );
  /** What a caller holding the gateway's signing key could send past the gateway, straight to a subgraph. */
  const straightTo = async (subgraph: string, viewer: ViewerName, query: string, variables: Record<string, unknown>) =>
    receive(
      await fetch(hub.subgraphUrls[subgraph]!, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [VIEWER_HEADER]: await signViewer(viewers[viewer], hub.viewerKey, subgraph),
        },
        body: JSON.stringify({ query, variables }),
      }),
    );
  /** A federation reference of one record, as the gateway would ask for it. */
  const entity = (subgraph: string, typename: string, selection: string, idOf: (who: Subject) => string) =>
    ((viewer, who) =>
      straightTo(
        subgraph,
        viewer,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
        {
          r: [{ __typename: typename, id: idOf(who) }],
        },
      )) satisfies Path["ask"];
  const get = async (viewer: ViewerName, path: string) =>
    receive(await fetch(`${hub.origin}${path}`, { headers: headersOf(viewer) }));
  const data = (received: Received): any => {
    try {
      return (JSON.parse(received.text) as { data?: unknown }).data ?? null;
    } catch {
      return null;
    }
  };
  const has = (received: Received, marker: string) => received.text.includes(marker);

  const searchQuery = `query ($search: ClientSearch!, $after: String) {
    clients(search: $search, first: 1, after: $after) { edges { cursor node { id firstName lastName identityCode } } pageInfo { endCursor hasNextPage } }
  }`;
  /** A search by the given filters (ClientSearch field: the subject's value it takes). */
  const search = (filters: Record<string, keyof Subject>): Path => ({
    reveals: "basic",
    namesTheClient: true,
    ask: (viewer, who) =>
      graphql(viewer, searchQuery, {
        search: Object.fromEntries(Object.entries(filters).map(([filter, field]) => [filter, who[field]])),
      }),
    served: (received, who) => has(received, who.lastName),
  });
  const ofClient = (selection: string, reveals: Revealed, marker: (who: Subject) => string): Path => ({
    reveals,
    namesTheClient: true,
    ask: (viewer, who) => graphql(viewer, `query ($id: ID!) { client(id: $id) { id ${selection} } }`, { id: who.id }),
    served: (received, who) => has(received, marker(who)),
  });

  const PATHS: Record<string, Path> = {
    "client(id)": ofClient("firstName lastName identityCode", "basic", (who) => who.lastName),
    "_entities (straight to clients)": {
      reveals: "basic",
      namesTheClient: true,
      // What a caller holding the gateway's signing key could send past the gateway (the key is the
      // gateway's secret: without it the subgraph answers 401, `subgraphAuth` tests in kernel).
      ask: entity("clients", "Client", "id firstName lastName identityCode", (who) => who.id),
      served: (received, who) => has(received, who.lastName),
    },
    "clients(search: identityCode)": search({ identityCode: "identityCode" }),
    "clients(search: name)": search({ name: "lastName" }),
    "clients(search: birthDate)": search({ birthDate: "birthDate" }),
    "clients(search: name, birthDate)": search({ name: "firstName", birthDate: "birthDate" }),
    "clients(after: the worker's cursor)": {
      reveals: "basic",
      namesTheClient: false,
      ask: (viewer) => graphql(viewer, searchQuery, { search: { name: canary.firstName.slice(0, 12) }, after: workerCursor }),
      // The page after the worker's first one: its second match, the canary (of two; see beforeAll).
      served: (received) => has(received, canary.lastName),
    },
    "team(id).clients": {
      reveals: "basic",
      namesTheClient: false,
      ask: (viewer) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              team(id: $id) {
                clients(first: 10) {
                  edges {
                    cursor
                    node {
                      id
                      lastName
                    }
                  }
                }
              }
            }
          `,
          {
            id: team,
          },
        ),
      served: (received) => has(received, canary.lastName),
    },
    "professional(id).responsibleFor": {
      reveals: "basic",
      namesTheClient: false,
      ask: (viewer) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              professional(id: $id) {
                responsibleFor(first: 10) {
                  edges {
                    cursor
                    node {
                      id
                      lastName
                    }
                  }
                }
              }
            }
          `,
          { id: ids.worker },
        ),
      served: (received) => has(received, canary.lastName),
    },
    "client(id).concerns": ofClient("concerns { description }", "concerns", () => markers.concerns[0]!),
    "concern(id)": {
      reveals: "concerns",
      namesTheClient: true,
      ask: (viewer, who) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              concern(id: $id) {
                id
                description
              }
            }
          `,
          { id: who.concernId },
        ),
      served: (received) => has(received, markers.concerns[0]!),
    },
    "overdueConcerns(filter: teamId)": {
      reveals: "concerns",
      namesTheClient: false,
      ask: (viewer) =>
        graphql(
          viewer,
          `
            query ($team: ID!) {
              overdueConcerns(filter: { teamId: $team }) {
                id
                description
                client {
                  id
                }
              }
            }
          `,
          {
            team,
          },
        ),
      served: (received) => has(received, markers.concerns[0]!),
    },
    "client(id).servicePlan": ofClient("servicePlan { goals }", "service_plan", () => markers.service_plan[0]!),
    "servicePlan(id)": {
      reveals: "service_plan",
      namesTheClient: true,
      ask: (viewer, who) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              servicePlan(id: $id) {
                id
                goals
              }
            }
          `,
          { id: who.planId },
        ),
      served: (received) => has(received, markers.service_plan[0]!),
    },
    // A reference to a concern or plan nobody has is refused as a hidden one (docs/access.md, "Records by id").
    "_entities Family (straight to clients)": {
      reveals: "basic",
      namesTheClient: true,
      ask: entity("clients", "Family", "id name", (who) => who.familyId),
      served: (received) => has(received, '"name":"Perhe"'),
    },
    "_entities Concern (straight to clients)": {
      reveals: "concerns",
      namesTheClient: true,
      ask: entity("clients", "Concern", "id description", (who) => who.concernId),
      served: (received) => has(received, markers.concerns[0]!),
    },
    "_entities ServicePlan (straight to clients)": {
      reveals: "service_plan",
      namesTheClient: true,
      ask: entity("clients", "ServicePlan", "id goals", (who) => who.planId),
      served: (received) => has(received, markers.service_plan[0]!),
    },
    // A FIT episode is not an entity: a reference to one answers the same error for any id, to anyone.
    "_entities FitEpisode (straight to fit)": {
      reveals: "fit",
      namesTheClient: true,
      ask: entity("fit", "FitEpisode", "id startedOn", (who) => who.episodeId),
      served: (received, who) => has(received, `"startedOn"`) && has(received, who.episodeId),
    },
    "clientBans(clientId)": {
      reveals: "consents",
      namesTheClient: true,
      ask: (viewer, who) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              clientBans(clientId: $id) {
                id
                kind
              }
            }
          `,
          { id: who.id },
        ),
      // The canary has no bans: an allowed answer is the empty list, a refused one null.
      served: (received) => Array.isArray(data(received)?.clientBans),
    },
    "clientAccessOverview(clientId)": {
      reveals: "consents",
      namesTheClient: true,
      ask: (viewer, who) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              clientAccessOverview(clientId: $id) {
                reason
                categories
                consentIds
              }
            }
          `,
          {
            id: who.id,
          },
        ),
      // The worker's own line (responsible worker) is always there for an allowed viewer.
      served: (received) => has(received, '"reason":"responsible_worker"'),
    },
    "clientConsents(clientId)": {
      reveals: "consents",
      namesTheClient: true,
      ask: (viewer, who) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              clientConsents(clientId: $id) {
                id
                purpose
              }
            }
          `,
          { id: who.id },
        ),
      served: (received) => has(received, markers.consents[0]!),
    },
    "client(id).fitEpisodes": ofClient("fitEpisodes { edges { node { id } } }", "fit", (who) => who.episodeId),
    "fitEpisode(id)": {
      reveals: "fit",
      namesTheClient: true,
      ask: (viewer, who) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              fitEpisode(id: $id) {
                id
                sessions {
                  edges {
                    node {
                      heldOn
                    }
                  }
                }
              }
            }
          `,
          {
            id: who.episodeId,
          },
        ),
      served: (received, who) => has(received, who.episodeId),
    },
    "FHIR Patient/<id>": {
      reveals: "basic",
      namesTheClient: true,
      ask: (viewer, who) => get(viewer, `/fhir/R4/Patient/${who.id}`),
      served: (received, who) => received.status === 200 && has(received, who.lastName),
    },
    "FHIR Observation?patient=<id>": {
      reveals: "fit",
      namesTheClient: true,
      ask: (viewer, who) => get(viewer, `/fhir/R4/Observation?patient=${who.id}`),
      served: (received) => received.status === 200 && /"resourceType":"Observation"/.test(received.text),
    },
    "accessLog(clientId)": {
      reveals: "access_log",
      namesTheClient: true,
      ask: (viewer, who) =>
        graphql(
          viewer,
          `
            query ($id: ID!) {
              accessLog(clientId: $id, first: 500) {
                edges {
                  cursor
                  node {
                    viewerId
                    purpose
                  }
                }
              }
            }
          `,
          {
            id: who.id,
          },
        ),
      served: (received) => has(received, markers.access_log[0]!),
    },
    "GET /export/clients/clients": {
      reveals: "export",
      namesTheClient: false,
      ask: (viewer) => get(viewer, `/export/clients/clients?format=ndjson&destination=${EXPORT_DESTINATION}`),
      served: (received) => received.status === 200 && received.text.trim().split("\n").length >= 1,
    },
    createWebhookSubscription: {
      reveals: "webhooks",
      namesTheClient: false,
      ask: (viewer) =>
        graphql(
          viewer,
          `
            mutation ($input: CreateWebhookSubscriptionInput!) {
              createWebhookSubscription(input: $input) {
                subscription {
                  id
                }
              }
            }
          `,
          { input: { url: `${hub.webhookUrl}/${viewer}`, eventTypes: ["client.updated"] } },
        ),
      served: (received) => Boolean(data(received)?.createWebhookSubscription?.subscription?.id),
    },
  };

  const expected = parseTable(TABLE);

  /** Every byte of an answer a viewer could read, cursors decoded (they must carry nothing either). */
  const bytesOf = (received: Received) => {
    const cursors = [...received.text.matchAll(/"(?:cursor|endCursor)":"([A-Za-z0-9_-]+)"/g)].map((match) =>
      Buffer.from(match[1]!, "base64url").toString("latin1"),
    );
    return [String(received.status), JSON.stringify(received.headers), received.text, ...cursors].join("\n");
  };
  /** The canary's data the viewer may not see: none of it may be in anything they receive. */
  const forbiddenMarkers = (viewer: ViewerName, path: Path) => {
    const allowed = new Set<string>(VIEWERS[viewer]);
    const hidden = (Object.keys(markers) as Revealed[]).filter((category) => !allowed.has(category));
    // Exports are pseudonymised and webhooks carry no personal data, whoever receives them.
    if (path.reveals === "export" || path.reveals === "webhooks") hidden.push("basic");
    const strings = hidden.flatMap((category) => markers[category]);
    // A viewer who may see nothing of the canary does not learn its id from an answer they did not name it in.
    if (!allowed.has("basic") && !path.namesTheClient) strings.push(canary.id);
    return strings;
  };
  /** An answer with the subject's own values and the per-request ids taken out, to compare two subjects'. */
  const shapeOf = (received: Received, who: Subject) => {
    let text = received.text.replace(/"requestId":"[^"]*"/g, '"requestId":"…"');
    for (const value of [
      who.id,
      who.concernId,
      who.episodeId,
      who.planId,
      who.familyId,
      who.consentId,
      who.identityCode,
      who.lastName,
      who.firstName,
      who.birthDate,
    ])
      text = text.split(value).join("<subject>");
    return { status: received.status, type: received.headers["content-type"], text };
  };

  /** One row per category decided for the viewer, oldest first. */
  const logOf = (viewerId: string) =>
    hub.databases["consents"]!.sql.query<{ category: string; action: string; outcome: string }>(
      `SELECT i.category, i.action, i.outcome FROM access_log_entries l
         CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(l.items) AS (category text, action text, outcome text))
              WITH ORDINALITY AS i(category, action, outcome, ord)
        WHERE l.viewer_id = $1 ORDER BY l.id, i.ord`,
      [viewerId],
    );

  beforeAll(async () => {
    hub = await startAdversaryHub("adversary");
    for (const name of Object.keys(VIEWERS) as ViewerName[]) {
      tokens[name] = await hub.issuer.issue(claimsOf(name) as never);
      const claims = claimsOf(name);
      viewers[name] = {
        id: ids[name],
        kind: claims["silta_kind"] as Viewer["kind"],
        organizationId: claims["silta_org"] as string | undefined,
        roles: (claims["roles"] as string[] | undefined) ?? [],
        scopes: String(claims["scope"] ?? "")
          .split(" ")
          .filter(Boolean),
      };
    }
    canary.birthDate = birthDateOf(canary.identityCode);
    phantom.birthDate = birthDateOf(phantom.identityCode);

    // The access projection, as the teams and clients events would have left it (docs/access.md).
    const consents = hub.databases["consents"]!.sql;
    await consents.query(
      `INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1, true), ($2, false), ($3, false)`,
      [county, cityWithConsent, cityWithoutConsent],
    );
    await consents.query(
      `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since) VALUES
         ($1, $2, $3, 'responsible_worker', '2020-01-01'), ($1, $4, $5, 'member', '2020-01-01'), ($1, $6, $7, 'member', '2020-01-01')`,
      [team, ids.worker, county, ids.curatorWithConsent, cityWithConsent, ids.curatorWithoutConsent, cityWithoutConsent],
    );
    await consents.query(`INSERT INTO access_team_client (team_id, client_id, since) VALUES ($1, $2, '2020-01-01')`, [
      team,
      canary.id,
    ]);
    await consents.query(
      `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since) VALUES ($1, $2, $3, '2020-01-01')`,
      [canary.id, ids.worker, county],
    );
    await consents.query(`INSERT INTO access_client (client_id, controller_organization_id) VALUES ($1, $2)`, [
      canary.id,
      county,
    ]);
    await consents.query(
      `INSERT INTO access_guardianship (child_client_id, guardian_client_id, since) VALUES ($1, $2, '2014-01-01')`,
      [canary.id, ids.guardian],
    );
    // The teams subgraph's own rows: the team, the worker, and the canary on the team with the worker responsible.
    const teams = hub.databases["teams"]!.sql;
    await teams.query(
      `INSERT INTO organization (id, name, type, is_county_organization) VALUES ($1, 'County', 'COUNTY_SOCIAL_SERVICES', true)`,
      [county],
    );
    await teams.query(
      `INSERT INTO professional (id, first_name, last_name, profession, organization_id) VALUES ($1, 'Sanna', 'Sosiaalityö', 'social_worker', $2)`,
      [ids.worker, county],
    );
    await teams.query(`INSERT INTO team (id, name, kind) VALUES ($1, 'Child protection team', 'AREA_TEAM')`, [team]);
    await teams.query(`INSERT INTO team_client (team_id, client_id, since) VALUES ($1, $2, '2020-01-01')`, [team, canary.id]);
    await teams.query(
      `INSERT INTO responsible_worker (id, client_id, professional_id, since, is_current) VALUES (gen_random_uuid(), $1, $2, '2020-01-01', true)`,
      [canary.id, ids.worker],
    );

    // The client information system listens to the clients' changes before the canary is written.
    const subscribed = await graphql(
      "systemWithScope",
      `
        mutation ($input: CreateWebhookSubscriptionInput!) {
          createWebhookSubscription(input: $input) {
            subscription {
              id
            }
          }
        }
      `,
      { input: { url: hub.webhookUrl, eventTypes: ["client.created", "client.updated", "concern.raised"] } },
    );
    expect(subscribed.text).not.toContain('"errors"');

    // The canary's data of every category, written by the worker as the county would.
    const write = async (query: string, input: Record<string, unknown>) => {
      const answer = await graphql("worker", query, { input });
      if (answer.text.includes('"errors"')) throw new Error(`seeding failed: ${answer.text}`);
      return data(answer);
    };
    await write(`mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`, {
      id: canary.id,
      firstName: canary.firstName,
      lastName: canary.lastName,
      identityCode: canary.identityCode,
      controllerOrganizationId: county,
      hasNonDisclosureOrder: true,
    });
    // A second client of the worker's whose first name starts as the canary's, listed before it: its cursor is the worker's.
    const sibling = randomUUID();
    await consents.query(
      `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since) VALUES ($1, $2, $3, '2020-01-01')`,
      [sibling, ids.worker, county],
    );
    await consents.query(`INSERT INTO access_client (client_id, controller_organization_id) VALUES ($1, $2)`, [sibling, county]);
    await write(`mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`, {
      id: sibling,
      firstName: `${canary.firstName.slice(0, 12)}a`,
      lastName: `Aa${letters(10)}`,
      temporaryIdentifier: `T-${sibling}`,
      birthDate: "2001-01-01",
      controllerOrganizationId: county,
    });
    await write(`mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`, {
      id: canary.concernId,
      clientId: canary.id,
      description: markers.concerns[0],
      raisedOn: "2025-01-02",
      service: "child_protection",
      organizationId: county,
      teamId: team,
    });
    await write(`mutation ($input: CreateServicePlanInput!) { createServicePlan(input: $input) { id } }`, {
      id: canary.planId,
      clientId: canary.id,
      goals: [markers.service_plan[0]],
    });
    const consent = await write(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      clientId: canary.id,
      givenBy: "GUARDIAN",
      givenByClientId: ids.guardian,
      recipientOrganizationIds: [cityWithConsent],
      categories: ["BASIC", "TEAM"],
      purpose: markers.consents[0],
      form: "WRITTEN",
      evidenceReference: "DOC-1",
      validFrom: "2020-01-01",
      givenAt: "2024-01-01T10:00:00Z",
    });
    canary.consentId = consent.recordConsent.id;
    // The canary's family, and a client of the stranger's own: a change naming the family is then
    // decided past its client, so the family itself is what is refused.
    await write(`mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`, {
      id: canary.familyId,
      name: "Perhe",
      members: [{ clientId: canary.id, relation: "CHILD" }],
    });
    await write(`mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`, {
      id: strangersClient,
      firstName: "Oma",
      lastName: `Asiakas${letters(8)}`,
      temporaryIdentifier: `T-${strangersClient}`,
      birthDate: "1990-01-01",
      controllerOrganizationId: county,
    });
    await consents.query(
      `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since) VALUES ($1, $2, $3, '2020-01-01')`,
      [strangersClient, ids.stranger, county],
    );
    // The relay may have applied the client's client.created already (it runs beside this test).
    await consents.query(
      `INSERT INTO access_client (client_id, controller_organization_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING`,
      [strangersClient, county],
    );
    await write(`mutation ($input: OpenFitEpisodeInput!) { openFitEpisode(input: $input) { id } }`, {
      id: canary.episodeId,
      clientId: canary.id,
      ownerProfessionalId: ids.worker,
      startedOn: today,
    });
    await write(`mutation ($input: RecordFitSessionInput!) { recordFitSession(input: $input) { id } }`, {
      episodeId: canary.episodeId,
      heldOn: today,
      mode: "FACE_TO_FACE",
      measurements: [{ instrument: "ORS", items: [4.2, 5.1, 6.3, 5.8] }],
    });
    // The worker's own first page of a search both clients match: its cursor is what others replay.
    const firstPage = await graphql("worker", searchQuery, { search: { name: canary.firstName.slice(0, 12) } });
    workerCursor = data(firstPage)?.clients?.pageInfo?.endCursor ?? "";
    expect(data(firstPage)?.clients?.edges?.[0]?.node?.id).toBe(sibling);
    // The worker reads the canary once with the stated purpose, so the canary's access log shows it.
    await graphql(
      "worker",
      `
        query ($id: ID!) {
          client(id: $id) {
            id
          }
        }
      `,
      { id: canary.id },
    );
  }, 120_000);
  afterAll(() => hub?.stop());

  const cells = Object.entries(expected).flatMap(([path, row]) =>
    (Object.keys(VIEWERS) as ViewerName[]).map((viewer) => ({ path, viewer, allowed: row[viewer] })),
  );

  it("has a row for every path and a column for every viewer", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(PATHS).sort());
    for (const row of Object.values(expected)) expect(Object.keys(row).sort()).toEqual(Object.keys(VIEWERS).sort());
  });

  describe.each(Object.keys(PATHS))("%s", (pathName) => {
    it.each(cells.filter((cell) => cell.path === pathName).map((cell) => [cell.viewer, cell.allowed] as const))(
      "%s: allowed %s, and nothing the viewer may not see in any byte",
      async (viewer, allowed) => {
        const path = PATHS[pathName]!;
        const received = await path.ask(viewer, canary);
        const description = `${pathName} as ${viewer}: ${received.status} ${received.text.slice(0, 600)}`;
        expect([description, path.served(received, canary)]).toEqual([description, allowed]);
        const bytes = bytesOf(received);
        const leaked = forbiddenMarkers(viewer, path).filter((marker) => bytes.includes(marker));
        expect([description, leaked]).toEqual([description, []]);
        if (!allowed && VIEWERS[viewer].length === 0 && path.namesTheClient) {
          // Nothing tells the canary apart from a client nobody has: not the status, the code or the message.
          const missing = await path.ask(viewer, phantom);
          expect(shapeOf(received, canary)).toEqual(shapeOf(missing, phantom));
        }
      },
    );
  });

  it("sends the webhook receiver the canary's changes with no name or identity code in them", async () => {
    const deadline = Date.now() + 10_000;
    const aboutCanary = () => hub.webhooks.filter((hook) => hook.body.includes(canary.id));
    while (aboutCanary().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    // client.created and concern.raised at least: the subscription works, so the scan below means something.
    expect(aboutCanary().length).toBeGreaterThanOrEqual(2);
    for (const hook of hub.webhooks) {
      const bytes = `${JSON.stringify(hook.headers)}\n${hook.body}`;
      for (const marker of [...markers.basic, ...markers.concerns, ...markers.service_plan, ...markers.consents])
        expect(bytes).not.toContain(marker);
    }
  });

  /** The answer to `ask`, and the decisions it cost the viewer (category, action, outcome), in order. */
  const decided = async (viewerId: string, ask: () => Promise<Received>) => {
    const before = await logOf(viewerId);
    const received = await ask();
    const decisions = (await logOf(viewerId)).slice(before.length).map((row) => [row.category, row.action, row.outcome]);
    return { received, decisions };
  };

  it("does the same decisions and log writes for a hidden client as for one nobody has (timing)", async () => {
    for (const path of [
      "clients(search: identityCode)",
      "client(id)",
      "concern(id)",
      "_entities Family (straight to clients)",
      "_entities Concern (straight to clients)",
      "_entities ServicePlan (straight to clients)",
      "FHIR Patient/<id>",
    ]) {
      const hidden = await decided(ids.stranger, () => PATHS[path]!.ask("stranger", canary));
      const missing = await decided(ids.stranger, () => PATHS[path]!.ask("stranger", phantom));
      expect([path, missing.decisions]).toEqual([path, hidden.decisions]);
    }
  });

  it("answers the deadline lists of a team with the canary's hidden concern as of a team nobody has, after the same decisions", async () => {
    const lists = (teamId: string) =>
      graphql(
        "stranger",
        `
          query ($team: ID!) {
            overdueConcerns(filter: { teamId: $team }) {
              id
              description
            }
            concernsDueSoon(filter: { teamId: $team }, withinDays: 60) {
              id
            }
          }
        `,
        { team: teamId },
      );
    const hidden = await decided(ids.stranger, () => lists(team));
    const missing = await decided(ids.stranger, () => lists(randomUUID()));
    expect(data(hidden.received)).toEqual({ overdueConcerns: [], concernsDueSoon: [] });
    expect(shapeOf(missing.received, phantom)).toEqual(shapeOf(hidden.received, canary));
    // Filter, then page: a row nobody is shown is neither logged nor counted (docs/decisions/0013).
    expect(hidden.decisions).toEqual([]);
    expect(missing.decisions).toEqual(hidden.decisions);
  });

  /** Changes (and one read) naming a record of the subject's by its id: the canary's, or one nobody has. */
  const CHANGES: Record<string, [query: string, variables: (who: Subject) => Record<string, unknown>]> = {
    "family(id)": [`query ($id: ID!) { family(id: $id) { id name } }`, (who) => ({ id: who.familyId })],
    addFamilyMember: [
      `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id name } }`,
      (who) => ({ input: { familyId: who.familyId, clientId: strangersClient, relation: "PARENT" } }),
    ],
    removeFamilyMember: [
      `mutation ($input: RemoveFamilyMemberInput!) { removeFamilyMember(input: $input) { id name } }`,
      (who) => ({ input: { familyId: who.familyId, clientId: strangersClient } }),
    ],
    "createServicePlan(familyId)": [
      `mutation ($input: CreateServicePlanInput!) { createServicePlan(input: $input) { id } }`,
      (who) => ({ input: { familyId: who.familyId, goals: ["Tavoite"] } }),
    ],
    "raiseConcern(familyId)": [
      `mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`,
      (who) => ({ input: { familyId: who.familyId, description: "Huoli", service: "child_protection", organizationId: county } }),
    ],
    "startClientRelationship(clientId)": [
      `mutation ($input: StartClientRelationshipInput!) { startClientRelationship(input: $input) { id } }`,
      (who) => ({ input: { clientId: who.id, organizationId: county, serviceTask: "child_protection", since: today } }),
    ],
    closeConcern: [
      `mutation ($input: CloseConcernInput!) { closeConcern(input: $input) { id } }`,
      (who) => ({ input: { concernId: who.concernId } }),
    ],
    reactToConcern: [
      `mutation ($input: ReactToConcernInput!) { reactToConcern(input: $input) { id } }`,
      (who) => ({
        input: { concernId: who.concernId, meetingOn: today, attendingProfessionalIds: [ids.stranger], attendingClientIds: [] },
      }),
    ],
    updateServicePlanGoals: [
      `mutation ($input: UpdateServicePlanGoalsInput!) { updateServicePlanGoals(input: $input) { id } }`,
      (who) => ({ input: { planId: who.planId, goals: ["Tavoite"], expectedVersion: 0 } }),
    ],
    addAgreement: [
      `mutation ($input: AddAgreementInput!) { addAgreement(input: $input) { id } }`,
      (who) => ({
        input: {
          planId: who.planId,
          concern: "Huoli",
          nextAction: "Soitto",
          responsible: { professionalId: ids.stranger },
          ifNotDone: "Uusi soitto",
          followUp: "Palaveri",
          dueOn: today,
        },
      }),
    ],
    recordPlanReview: [
      `mutation ($input: RecordPlanReviewInput!) { recordPlanReview(input: $input) { id } }`,
      (who) => ({ input: { planId: who.planId, reviewedOn: today, findings: "Hyvin", changes: "Ei" } }),
    ],
    revokeConsent: [`mutation ($id: ID!) { revokeConsent(id: $id) { id } }`, (who) => ({ id: who.consentId })],
    closeFitEpisode: [
      `mutation ($input: CloseFitEpisodeInput!) { closeFitEpisode(input: $input) { id } }`,
      (who) => ({ input: { id: who.episodeId, endedOn: today, closure: "PLANNED" } }),
    ],
    recordFitSession: [
      `mutation ($input: RecordFitSessionInput!) { recordFitSession(input: $input) { id } }`,
      (who) => ({
        input: {
          episodeId: who.episodeId,
          heldOn: today,
          mode: "FACE_TO_FACE",
          measurements: [{ instrument: "ORS", items: [1, 2, 3, 4] }],
        },
      }),
    ],
  };

  it.each(Object.keys(CHANGES))(
    "answers %s of a record the stranger may not see exactly as of an id nobody has, after the same decisions",
    async (name) => {
      const [query, variables] = CHANGES[name]!;
      const hidden = await decided(ids.stranger, () => graphql("stranger", query, variables(canary)));
      const missing = await decided(ids.stranger, () => graphql("stranger", query, variables(phantom)));
      expect(hidden.received.text).toContain('"FORBIDDEN"');
      expect(shapeOf(missing.received, phantom)).toEqual(shapeOf(hidden.received, canary));
      expect(missing.decisions).toEqual(hidden.decisions);
      expect(hidden.decisions.length).toBeGreaterThan(0);
    },
  );

  it("answers a replayed Idempotency-Key from its stored result to no other viewer, nor to one who has lost the basis", async () => {
    const former = randomUUID();
    const token = await hub.issuer.issue(claimsOfProfessional(former, county) as never);
    const asFormer = async (query: string, variables: Record<string, unknown>, key: string) =>
      receive(
        await fetch(hub.gatewayUrl, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "idempotency-key": key },
          body: JSON.stringify({ query, variables }),
        }),
      );
    const add = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id name } }`;
    const consents = hub.databases["consents"]!.sql;
    // A member of the canary's team, who then leaves it.
    await consents.query(
      `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since) VALUES ($1, $2, $3, 'member', '2020-01-01')`,
      [team, former, county],
    );
    const gone = randomUUID();
    const created = await asFormer(
      `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`,
      { input: { id: gone, name: "Perhe", members: [{ clientId: canary.id, relation: "CHILD" }] } },
      randomUUID(),
    );
    expect(created.text).not.toContain('"errors"');
    const keys = { hidden: randomUUID(), gone: randomUUID() };
    const inputOf = (familyId: string) => ({ input: { familyId, clientId: canary.id, relation: "CHILD" } });
    for (const [which, familyId] of [
      ["hidden", canary.familyId],
      ["gone", gone],
    ] as const) {
      const first = await asFormer(add, inputOf(familyId), keys[which]);
      expect(first.text).toContain('"name":"Perhe"');
    }
    // The second family is gone (as if erased), and the member has left the team.
    await hub.databases["clients"]!.sql.query(`DELETE FROM family_member WHERE family_id = $1`, [gone]);
    await hub.databases["clients"]!.sql.query(`DELETE FROM family WHERE id = $1`, [gone]);
    await consents.query(`UPDATE access_team_member SET until = '2021-01-01' WHERE professional_id = $1`, [former]);

    // The same key and input again: refused, a family still there exactly as one that is gone.
    const replay = async (which: "hidden" | "gone", familyId: string) => {
      const { received, decisions } = await decided(former, () => asFormer(add, inputOf(familyId), keys[which]));
      return {
        text: received.text
          .split(familyId)
          .join("<family>")
          .replace(/"requestId":"[^"]*"/g, ""),
        decisions,
      };
    };
    const hidden = await replay("hidden", canary.familyId);
    const missing = await replay("gone", gone);
    expect(hidden.text).toContain('"FORBIDDEN"');
    expect(hidden.text).not.toContain("Perhe");
    expect(missing).toEqual(hidden);

    // Another viewer sending the worker's key is answered as any request of theirs: refused, as for a client nobody has.
    const workerKey = randomUUID();
    const workers = await graphql("worker", add, inputOf(canary.familyId), { "idempotency-key": workerKey });
    expect(workers.text).toContain('"name":"Perhe"');
    const stranger = await graphql("stranger", add, inputOf(canary.familyId), { "idempotency-key": workerKey });
    const strangerMissing = await graphql(
      "stranger",
      add,
      { input: { familyId: phantom.familyId, clientId: phantom.id, relation: "CHILD" } },
      { "idempotency-key": randomUUID() },
    );
    expect(stranger.text).toContain('"FORBIDDEN"');
    expect(shapeOf(stranger, canary)).toEqual(shapeOf(strangerMissing, phantom));
  });

  it("logs the refusals of every viewer who asked about the canary and may see none of it", async () => {
    const denied = await hub.databases["consents"]!.sql.query<{ viewer_id: string }>(
      `SELECT DISTINCT l.viewer_id FROM access_log_entries l, jsonb_to_recordset(l.items) AS i(outcome text)
        WHERE l.client_id = $1 AND i.outcome = 'denied'`,
      [canary.id],
    );
    const logged = new Set(denied.map((row) => row.viewer_id));
    for (const viewer of (Object.keys(VIEWERS) as ViewerName[]).filter((name) => VIEWERS[name].length === 0))
      expect([viewer, logged.has(ids[viewer])]).toEqual([viewer, true]);
  });

  // Last: it leaves a second record with the canary's identity code, which the searches above would meet.
  it("answers the stranger who registers the canary's identity code as one who registers a code nobody has, after the same decisions", async () => {
    const register = (identityCode: string) =>
      graphql(
        "stranger",
        `
          mutation ($input: CreateClientInput!) {
            createClient(input: $input) {
              created
              client {
                id
                firstName
                lastName
                birthDate
                identityCode
                hasNonDisclosureOrder
              }
            }
          }
        `,
        { input: { identityCode, firstName: "Uusi", lastName: "Henkilö", controllerOrganizationId: county } },
      );
    // A code nobody has, of the canary's birth date: the answers then differ in nothing but the new ids.
    let nobodys = canary.identityCode;
    while (nobodys === canary.identityCode) nobodys = generateTestIdentityCode(new Date(canary.birthDate), 900 + randomInt(99));
    const onRecord = await decided(ids.stranger, () => register(canary.identityCode));
    const fresh = await decided(ids.stranger, () => register(nobodys));
    const shape = (received: Received) => {
      const id = data(received)?.createClient?.client?.id as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      return { id, ...shapeOf({ ...received, text: received.text.split(id).join("<new>") }, canary) };
    };
    const { id: duplicateId, ...answer } = shape(onRecord.received);
    const { id: _freshId, ...freshAnswer } = shape(fresh.received);
    expect(duplicateId).not.toBe(canary.id);
    expect(answer).toEqual(freshAnswer);
    expect(onRecord.decisions).toEqual(fresh.decisions);
    expect(data(onRecord.received).createClient.created).toBe(true);
    const bytes = bytesOf(onRecord.received);
    for (const marker of [canary.id, canary.firstName, canary.lastName]) expect(bytes).not.toContain(marker);
    // The register keeper's queue has it; the stranger's record is never the canary's.
    const row = await hub.databases["clients"]!.sql.query<{ duplicate_of: string }>(
      `SELECT duplicate_of::text FROM client WHERE id = $1`,
      [duplicateId],
    );
    expect(row).toEqual([{ duplicate_of: canary.id }]);
  });
});

/** The token claims of a county social worker. */
function claimsOfProfessional(id: string, organization: string): Record<string, unknown> {
  return { sub: id, silta_kind: "professional", silta_org: organization, roles: ["social_worker"] };
}

/** The table's rows by path, each a row of `Y`/`.` by viewer (its header names the columns). */
function parseTable(table: string): Record<string, Record<ViewerName, boolean>> {
  const [header, ...rows] = table
    .trim()
    .split("\n")
    .map((line) => line.trimEnd());
  const columns = header!.split(/\s+/).slice(1) as ViewerName[];
  return Object.fromEntries(
    rows.map((row) => {
      const path = row.replace(/(\s+[Y.])+$/, "").trim();
      const cells = row
        .slice(row.indexOf(path) + path.length)
        .trim()
        .split(/\s+/);
      return [path, Object.fromEntries(columns.map((column, index) => [column, cells[index] === "Y"]))];
    }),
  ) as Record<string, Record<ViewerName, boolean>>;
}

/** The birth date an identity code encodes (ddmmyy and the century sign), as ISO. */
function birthDateOf(code: string): string {
  const century = { "+": "18", "-": "19", A: "20" }[code[6]!] ?? "20";
  return `${century}${code.slice(4, 6)}-${code.slice(2, 4)}-${code.slice(0, 2)}`;
}
