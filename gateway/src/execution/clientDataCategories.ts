import { Kind, isObjectType, type ConstDirectiveNode, type ConstValueNode, type GraphQLSchema } from "graphql";

/** The entity whose data categories the gateway tells root fetches about; its key `id` is the client's id. */
export const CLIENT_TYPE = "Client";

/** Where Silta's `@clientData` directive is specified; the supergraph links it (`@link(url:, import:)`). */
const CLIENT_DATA_SPEC = "https://silta.fi/clientData/";
const DIRECTIVE = "clientData";
/** Arguments that make a field's decision depend on more than the client and the category. */
const DECIDED_BY_MORE = ["serviceTask", "familyId", "noticeRaisedBy"];

/**
 * The fields of `Client` whose access is decided for the client they belong to by category alone,
 * with that category: `@clientData(category:)` with the client's id in `id` (`clientId` absent or
 * "id") and nothing else deciding. A field whose decision also depends on a service task
 * (`serviceTask`), a family (`familyId`) or a notice's raiser (`noticeRaisedBy`) is left out: a
 * decision made ahead for the category alone might not be the one its subgraph makes.
 */
export function clientDataCategories(supergraphSchema: GraphQLSchema): ReadonlyMap<string, string> {
  const categories = new Map<string, string>();
  const directiveName = clientDataDirectiveName(supergraphSchema);
  const client = supergraphSchema.getType(CLIENT_TYPE);
  if (!directiveName || !isObjectType(client)) return categories;
  const clientIdDefault = supergraphSchema.getDirective(directiveName)?.args.find((arg) => arg.name === "clientId")?.defaultValue;
  for (const field of Object.values(client.getFields())) {
    const directive = field.astNode?.directives?.find((candidate) => candidate.name.value === directiveName);
    if (!directive) continue;
    const category = argumentOf(directive, "category");
    const categoryName = category && stringOf(category);
    const clientId = argumentOf(directive, "clientId");
    const clientIdIsId = clientId ? stringOf(clientId) === "id" : clientIdDefault === "id";
    const decidedByMore = DECIDED_BY_MORE.some((name) => argumentOf(directive, name) !== undefined);
    if (categoryName && clientIdIsId && !decidedByMore) categories.set(field.name, categoryName);
  }
  return categories;
}

/**
 * The directive's name in this supergraph: `@link` may import it under its own name, rename it
 * (`{ name: "@clientData", as: "@x" }`), or leave it namespaced (`@clientData__clientData`, or the
 * link's `as` prefix). Undefined when the supergraph does not link the spec.
 */
export function clientDataDirectiveName(supergraphSchema: GraphQLSchema): string | undefined {
  const links = (supergraphSchema.astNode?.directives ?? []).filter((directive) => directive.name.value === "link");
  for (const link of links) {
    const url = argumentOf(link, "url");
    if (!url || !(stringOf(url) ?? "").startsWith(CLIENT_DATA_SPEC)) continue;
    const imports = argumentOf(link, "import");
    for (const imported of imports?.kind === Kind.LIST ? imports.values : []) {
      if (stringOf(imported) === `@${DIRECTIVE}`) return DIRECTIVE;
      if (imported.kind !== Kind.OBJECT) continue;
      const field = (name: string) => imported.fields.find((candidate) => candidate.name.value === name)?.value;
      const name = field("name");
      if (name && stringOf(name) === `@${DIRECTIVE}`) {
        const as = field("as");
        return as ? stringOf(as)?.replace(/^@/, "") : DIRECTIVE;
      }
    }
    const prefix = argumentOf(link, "as");
    return `${(prefix && stringOf(prefix)) ?? DIRECTIVE}__${DIRECTIVE}`;
  }
  return undefined;
}

function argumentOf(directive: ConstDirectiveNode, name: string): ConstValueNode | undefined {
  return directive.arguments?.find((argument) => argument.name.value === name)?.value;
}

/** A string or enum literal's text. */
function stringOf(value: ConstValueNode): string | undefined {
  return value.kind === Kind.STRING || value.kind === Kind.ENUM ? value.value : undefined;
}
