import type { TeamsContext } from "../context";
import type { ClientList, WindowRead } from "../data/clientListStore";
import type { ParentRow } from "../data/parentRows";
import { clientWindow } from "./clientPage";
import type { ResolverFn } from "./types.generated";

// The parts of a query's document a resolver sees, as graphql-js types them (through the generated types).
type GraphQLResolveInfo = Parameters<ResolverFn<unknown, unknown, TeamsContext, unknown>>[3];
type SelectionSetNode = NonNullable<GraphQLResolveInfo["fieldNodes"][number]["selectionSet"]>;
type DirectiveNode = NonNullable<SelectionSetNode["selections"][number]["directives"]>[number];
type ValueNode = NonNullable<DirectiveNode["arguments"]>[number]["value"];

/**
 * A UUID as PostgreSQL writes it: only such an id can name a row the loaders find (they match the
 * rows' ids as written; an id in capitals answers null), so no other is read ahead for.
 */
const canonicalUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The team or professional `id` of a query's root field, read with the first-page windows of the
 * lists of clients the query asks of it: the caseload (`professional(id) { responsibleFor }`) and
 * the area team page (`team(id) { clients }`) send one statement before their decision call, not
 * two side by side (a statement and a pooled connection fewer). The page reads the same window from
 * the request's loader (`clientWindow`), so it is still one statement, and nothing is decided or
 * logged here: when the parent turns out not to exist, it answers null and the window is thrown
 * away unread. Only first pages (no `after`): a cursor is opened, checked against its bound and
 * refused where the SDL says, in the page itself. A query that asks no first page of a list, or an
 * id that names no row (not a UUID as PostgreSQL writes it), reads the parent with `load`, its
 * loader. `lists`: the parent's fields of lists of clients, by field name.
 */
export function readParentWithFirstWindows<Row extends ParentRow>(
  ctx: TeamsContext,
  info: GraphQLResolveInfo,
  id: string,
  lists: Readonly<Record<string, ClientList>>,
  load: (id: string) => Promise<Row | null>,
): Promise<Row | null> {
  if (!canonicalUuid.test(id)) return load(id);
  // A value as the query gives it: a literal, or a variable's value (validated before any resolver runs).
  const valueOf = (node: ValueNode | undefined): unknown => {
    if (!node || node.kind === "NullValue") return null;
    if (node.kind === "Variable") return info.variableValues[node.name.value] ?? null;
    return "value" in node ? node.value : node;
  };
  const condition = (directives: readonly DirectiveNode[] | undefined, name: string) =>
    valueOf(directives?.find((directive) => directive.name.value === name)?.arguments?.find((a) => a.name.value === "if")?.value);
  const windows: Promise<WindowRead>[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (condition(selection.directives, "skip") === true || condition(selection.directives, "include") === false) continue;
      if (selection.kind === "InlineFragment") visit(selection.selectionSet);
      else if (selection.kind === "FragmentSpread") visit(info.fragments[selection.name.value]?.selectionSet);
      else {
        const list = Object.hasOwn(lists, selection.name.value) ? lists[selection.name.value] : undefined;
        const after = selection.arguments?.find((argument) => argument.name.value === "after");
        if (!list || valueOf(after?.value) !== null) continue;
        const window = clientWindow(ctx, list, id, null);
        // The page awaits the same promise and answers its failure; read ahead, it must not go unhandled.
        window.catch(() => undefined);
        windows.push(window);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  const [first] = windows;
  // Every first window of this parent holds the same row: the first one read is as good as any.
  return first ? first.then((read) => read.parent as Row | null) : load(id);
}
