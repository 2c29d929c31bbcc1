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
import { clientDataRules, clientDataRuleOf, DataCategory } from "@silta/kernel";
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

describe("the access rule of every field that returns client data", () => {
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
    ).toEqual(Object.values(DataCategory).sort());
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
