import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isObjectType,
  parse,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { ACCESS_LOG_CATEGORY, clientDataRules, clientDataRuleOf, DataCategory } from "@silta/kernel";
import { supergraphPath } from "./composeSupergraph";

/**
 * "A field returns client data" means, concretely:
 * - every field of the `Client` entity other than its `id` (in whichever subgraph it lives), and
 * - every field of the client-owned types below: records that belong to one client and hold its id.
 * Each such field must declare its access rule with `@clientData` in its subgraph's SDL, which the
 * kernel enforces (enforceClientDataRules) and docs/access.md lists.
 */
const CLIENT_OWNED_TYPES: Record<string, string> = {
  ClientContact: "the client's address, phone and email (the parent is the client's own row)",
  ClientRelationship: "an organisation's client relationship (asiakassuhde) with the client",
  FamilyMembership: "the client's membership of a family",
  Guardianship: "a guardianship of the child (the client whose id it holds as childClientId)",
  Consent: "a consent the client (or their guardian) gave",
  Ban: "a ban (kielto) the client set",
  StatutoryBasis: "a statutory basis recorded for the client",
  Meeting: "a network or joint meeting about the client",
  ResponsibleWorkerPeriod: "a period of the client's responsible worker",
  FitEpisode: "a FIT episode of the client, of one service task",
  FitSession: "a session of a FIT episode (its episode's client and service task)",
  Measurement: "a FIT score the client (or a collateral rater) gave (its episode's service task)",
  SkippedMeasure: "a FIT measure not given in a session, and why",
  ServicePlan: "the client's service plan; a family's plan (no client id) is decided per member on the way in",
  Agreement: "an agreement of a service plan (carrying the plan's client or family)",
  PlanReview: "a review of a service plan (carrying the plan's client or family)",
  PlanChange: "a change in a service plan's history (carrying the plan's client or family)",
  Concern: "a concern about the client, or a family's (decided per member on the way in)",
  ConcernRaiser: "who raised a concern (read off the concern's row)",
  ConcernClosure: "how a concern was closed (read off the concern's row)",
  ConcernReaction: "the first joint meeting held about a concern (read off the concern's row)",
  ChildWelfareNoticeReceipt: "a child welfare notice as its raiser may know it (decided `notify` for them)",
  ClientTeamMember: "a professional of the client's own team, with the client's id",
  FamilyMember: "a member of a family: the member client's basic data",
  FitAlert: "a FIT alert of the client's latest session",
  AccessLogEntry: "a line of the client's access log (käyttöloki: its own rule, `access_log`)",
  AccessGrant: "a line of who may see what of the client today (what their consents decide)",
};

/**
 * Parts of a client's record that hold no client id of their own: they are reached only through a
 * field that declares the rule (each field returning them is checked below), so they are decided
 * before they resolve.
 */
const PARTS_OF_DECLARED_FIELDS: Record<string, string> = {
  FitDerivedValues: "derived values of a measurement (`Measurement.derived`)",
  ImportedFitValues: "imported values of a measurement (`Measurement.imported`)",
  FitSeries: "a client's FIT series (`Client.fitSeries`)",
  FitSeriesPoint: "a point of a client's FIT series",
  MeetingFamilyMember: "a family member at a meeting (`Meeting.familyMembers`)",
  ResponsibleParty: "who is responsible for an agreement (`Agreement.responsible`)",
};

/**
 * Every other object type of the supergraph, and why it is not a client's data. A type added to the
 * schema is in none of the three lists until someone decides which it is: the walk fails until then.
 */
const NOT_CLIENT_DATA: Record<string, string> = {
  Query: "root",
  Mutation: "root",
  AccessLogConnection: "a page of AccessLogEntry (declared)",
  AccessLogEdge: "a page of AccessLogEntry (declared); its cursor is sealed to the viewer",
  AccessLogPageInfo: "paging only",
  ClientConnection: "a page of clients, filtered then paged (Client fields declared)",
  ClientEdge: "a page of clients; sealed cursor",
  ClientListConnection: "a page of clients, filtered then paged (Client fields declared)",
  ClientListEdge: "a page of clients; sealed cursor",
  DuplicateRegistration:
    "the register keeper's queue (role intake of the controller, or clients:write), each pair decided and logged keep_register for both clients: two client ids and a time; each Client's fields declare their own rule",
  MergeDuplicateRegistrationPayload:
    "the answer of mergeDuplicateRegistration (both clients decided and logged keep_register): the merged id, and a Client whose fields are declared",
  ClientPageInfo: "paging only",
  UnassignedClientConnection: "a page of clients, filtered then paged (Client fields declared)",
  UnassignedClientEdge: "a page of clients; sealed cursor",
  FitEpisodeConnection: "a page of FitEpisode (declared)",
  FitEpisodeEdge: "a page of FitEpisode (declared)",
  FitSessionConnection: "a page of FitSession (declared)",
  FitSessionEdge: "a page of FitSession (declared)",
  FitPageInfo: "paging only",
  TeamsPageInfo: "paging only",
  CreateClientPayload: "the answer of createClient: its Client's fields are declared",
  Family: "an entity of several clients: its members, guardianships, concerns and plan are decided per member",
  Organization: "an organisation of the county or a partner",
  Professional: "a professional (their caseload lists decide per client)",
  Team: "a team (its client list decides per client)",
  TeamMember: "a professional's membership of a team",
  DeadlineRule: "configuration: reaction deadline rules",
  FitConfiguration: "configuration: FIT alert thresholds",
  FitImportCounts: "counts of an import run",
  FitImportRejection: "a rejected line of an import, by line number and rule (no values)",
  FitImportReport: "the report of an import run",
  FitOutcomeReportRow: "an aggregate; groups under 5 clients suppressed",
  FitUsersRow: "an aggregate of professionals",
  RegionCount: "an aggregate",
  UnitCount: "an aggregate",
  RolloutUnit: "an aggregate of training",
  TargetUnitCoverage: "an aggregate of training",
  TrainedInMonth: "an aggregate of training",
  TrainingRollout: "an aggregate of training",
  Course: "training",
  Enrollment: "a professional's training",
  Trainer: "training",
  TrainingCompletion: "a professional's training",
  TrainingEvent: "training",
  TrainingImportReport: "the report of a training import",
  RejectedRow: "a rejected line of a training import",
  WebhookSubscription: "a system's subscription (payloads carry ids and changed field names, no personal data)",
  WebhookDelivery: "a delivery attempt of a subscription",
  CreateWebhookSubscriptionPayload: "the answer of createWebhookSubscription",
};

const supergraph: GraphQLSchema = buildASTSchema(parse(readFileSync(supergraphPath, "utf8")), { assumeValidSDL: true });
const docsPath = join(__dirname, "..", "docs", "access.md");
const START = "<!-- client-data-fields:start -->";
const END = "<!-- client-data-fields:end -->";

/** Every field that returns client data (as defined above) and declares no `@clientData` rule. */
function undeclaredClientDataFields(schema: GraphQLSchema, ownedTypes = Object.keys(CLIENT_OWNED_TYPES)): string[] {
  const undeclared: string[] = [];
  for (const typeName of ["Client", ...ownedTypes]) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      undeclared.push(`${typeName} (no such object type in the supergraph)`);
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (typeName === "Client" && field.name === "id") continue;
      if (!clientDataRuleOf(field.astNode)) undeclared.push(`${typeName}.${field.name}`);
    }
  }
  return undeclared;
}

/** The table docs/access.md carries between its markers: one row per declared field. */
function expectedTable(schema: GraphQLSchema): string {
  const rows = [...clientDataRules(schema)].map(([field, rule]) => {
    const [typeName, fieldName] = field.split(".") as [string, string];
    const type = getNamedType((schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!.type);
    const perTask =
      (rule.serviceTask ? `, per service task (\`${rule.serviceTask}\`)` : "") +
      (rule.noticeRaisedBy ? `; \`notify\` for a notice's raiser (\`${rule.noticeRaisedBy}\`)` : "");
    const orFamily = rule.familyId ? ` (or a family's: \`${rule.familyId}\`)` : "";
    return `| \`${field}\` | \`${type.name}\` | \`${rule.category}\`${perTask} | \`${rule.clientId}\`${orFamily} |`;
  });
  return ["| Field | Returns | Category | Client id from |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** A Markdown table without the padding Prettier adds: its rows, each cell trimmed. */
function normalizedTable(table: string): string {
  return table
    .trim()
    .split("\n")
    .map((row) =>
      row
        .split("|")
        .map((cell) => cell.trim().replace(/^-{3,}$/, "---"))
        .join("|"),
    )
    .join("\n");
}

/** Object types of the schema in none of the three lists, or in more than one. */
function unclassifiedTypes(schema: GraphQLSchema): string[] {
  const lists = [CLIENT_OWNED_TYPES, PARTS_OF_DECLARED_FIELDS, NOT_CLIENT_DATA];
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__") && type.name !== "Client")
    .map((type) => type.name)
    .filter((name) => lists.filter((list) => name in list).length !== 1)
    .sort();
}

/** Fields that return a part of a client's record without declaring the rule (outside those parts themselves). */
function undeclaredWaysToParts(schema: GraphQLSchema): string[] {
  const undeclared: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type.name in PARTS_OF_DECLARED_FIELDS) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name in PARTS_OF_DECLARED_FIELDS && !clientDataRuleOf(field.astNode))
        undeclared.push(`${type.name}.${field.name}`);
    }
  }
  return undeclared;
}

describe("the access rule of every field that returns client data", () => {
  it("knows of every object type of the supergraph whether it is a client's data", () => {
    // A new type fails here until it is declared (CLIENT_OWNED_TYPES), shown to be reached only
    // through declared fields (PARTS_OF_DECLARED_FIELDS), or said not to be a client's data.
    expect(unclassifiedTypes(supergraph)).toEqual([]);
  });

  it("reaches the parts of a client's record only through fields that declare the rule", () => {
    expect(undeclaredWaysToParts(supergraph)).toEqual([]);
  });

  it("is declared with @clientData on every field of Client and of the client-owned types", () => {
    expect(undeclaredClientDataFields(supergraph)).toEqual([]);
  });

  it("offers exactly the kernel's categories of client data", () => {
    const categories = supergraph.getType("ClientDataCategory");
    expect(
      isEnumType(categories) &&
        categories
          .getValues()
          .map((value) => value.name)
          .sort(),
    ).toEqual([...Object.values(DataCategory), ACCESS_LOG_CATEGORY].sort());
  });

  it("names each field of client data that declares no rule", () => {
    const schema = buildASTSchema(
      parse(`
        directive @clientData(category: String!, clientId: String = "id", serviceTask: String) on FIELD_DEFINITION
        type Query { client: Client }
        type Client { id: ID! firstName: String @clientData(category: "basic") lastName: String }
        type ClientContact { phone: String @clientData(category: "contact") email: String }
      `),
      { assumeValidSDL: true },
    );
    expect(undeclaredClientDataFields(schema, ["ClientContact", "Consent"])).toEqual([
      "Client.lastName",
      "ClientContact.email",
      "Consent (no such object type in the supergraph)",
    ]);
  });

  it("is listed in docs/access.md exactly as the SDL declares it", () => {
    const docs = readFileSync(docsPath, "utf8");
    const start = docs.indexOf(START);
    const end = docs.indexOf(END);
    const documented = start >= 0 && end > start ? docs.slice(start + START.length, end) : "(markers missing)";
    const expected = expectedTable(supergraph);
    if (normalizedTable(documented) !== normalizedTable(expected))
      throw new Error(
        `docs/access.md's table of client data fields differs from the SDL; paste this between ${START} and ${END}:\n\n${expected}\n`,
      );
  });
});
