import type { FetchNode } from "@apollo/query-planner";
import {
  Kind,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  getNamedType,
  parse,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { CLIENT_TYPE } from "./clientDataCategories";

/** A fetch's operation, parsed, with its fragments by name. */
export interface FetchDocument {
  readonly operation: OperationDefinitionNode;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

/** The fetch's operation as a document: the planner's own when it exposes it, else parsed from its text. */
export function fetchDocument(fetch: FetchNode): FetchDocument | undefined {
  const document: DocumentNode = fetch.operationDocumentNode ?? parse(fetch.operation);
  let operation: OperationDefinitionNode | undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
    else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return operation && { operation, fragments };
}

/**
 * The categories of `Client` data an entity fetch surely reads: those of the fields it selects at the
 * top of its `... on Client` selection. What may not be read is left out: a field or fragment with a
 * directive (`@skip`, `@include`), a fragment on another type, fields nested deeper.
 */
export function categoriesRead(document: FetchDocument, categories: ReadonlyMap<string, string>): Set<string> {
  const read = new Set<string>();
  const [entities] = document.operation.selectionSet.selections;
  if (entities?.kind !== Kind.FIELD || entities.name.value !== "_entities" || entities.directives?.length) return read;
  for (const field of unconditionalFields(entities.selectionSet, CLIENT_TYPE, document, false)) {
    const category = categories.get(field.name.value);
    if (category) read.add(category);
  }
  return read;
}

/** A variable's value on which a read depends: the plan's `Condition`, or an `@include`/`@skip` on the way to it. */
export interface PlanCondition {
  readonly variable: string;
  readonly value: boolean;
}

/**
 * Whether a root fetch's own answer holds `Client` entities at `path` ("@" for every element of a
 * list), each with its `__typename` and `id` always selected: then the subgraph answering it knows
 * every client a later fetch will read at that path. Every other field of the path must be one this
 * fetch selects (a path through another fetch's answer is not this subgraph's to know). Answers the
 * conditions of the `@include(if: $v)`/`@skip(if: $v)` on the way (the clients are there only when
 * they hold), or undefined when the answer does not surely hold them (another directive, a literal
 * `if` that removes them, the same response name selected twice with a directive).
 */
export function answerHoldsClientsAt(
  schema: GraphQLSchema,
  document: FetchDocument,
  path: readonly string[],
): readonly PlanCondition[] | undefined {
  const rootType = schema.getRootType(document.operation.operation);
  if (!rootType) return undefined;
  const conditions: PlanCondition[] = [];
  let type: GraphQLNamedType = rootType;
  let selectionSets: readonly SelectionSetNode[] = [document.operation.selectionSet];
  for (const segment of path) {
    if (segment === "@") continue;
    const found = fieldsAnswering(selectionSets, segment, type.name, document);
    const first = found[0];
    if (!first) return undefined;
    if (found.some((one) => one.conditions === undefined)) return undefined;
    // One selection may depend on variables; several under directives may each be there or not.
    if (found.length > 1 && found.some((one) => one.conditions!.length > 0)) return undefined;
    conditions.push(...first.conditions!);
    let next: GraphQLNamedType | undefined;
    for (const { field, parentType } of found) {
      const parent = schema.getType(parentType);
      const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
      const named = definition && getNamedType(definition.type);
      // The same response name for different fields or types under fragments: not sure what is there.
      if (!named || field.name.value !== first.field.name.value || (next && named !== next)) return undefined;
      next = named;
    }
    if (!next || !isCompositeType(next)) return undefined;
    type = next;
    selectionSets = found.flatMap(({ field }) => (field.selectionSet ? [field.selectionSet] : []));
  }
  if (type.name !== CLIENT_TYPE) return undefined;
  const keyFields = selectionSets.flatMap((selectionSet) => unconditionalFields(selectionSet, CLIENT_TYPE, document, true));
  const selects = (name: string) => keyFields.some((field) => field.name.value === name && !field.alias);
  return selects("__typename") && selects("id") ? conditions : undefined;
}

/**
 * The fields selected under `selectionSet` for an object of `typeName`, through fragments without
 * directives on that type (or on none); a field or fragment carrying a directive is left out. With
 * `fieldsHere` false the selection set is `_entities`'s, of a union: only fragments on the type count.
 */
function unconditionalFields(
  selectionSet: SelectionSetNode | undefined,
  typeName: string,
  document: FetchDocument,
  fieldsHere: boolean,
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.directives?.length) continue;
    if (selection.kind === Kind.FIELD) {
      if (fieldsHere) fields.push(selection);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? document.fragments.get(selection.name.value) : selection;
    if (!fragment || fragment.directives?.length) continue;
    const condition = fragment.typeCondition?.name.value;
    if (condition !== undefined && condition !== typeName) continue;
    if (condition === undefined && !fieldsHere) continue;
    fields.push(...unconditionalFields(fragment.selectionSet, typeName, document, true));
  }
  return fields;
}

/**
 * The fields answering under `responseName` in these selection sets of a `parentType` object, with
 * the type each is selected on and the conditions it is there under (its own and its fragments'
 * `@include`/`@skip` on a variable), through fragments; `conditions` undefined when another directive
 * or a literal `if` that removes it makes that unsure. A list whose `edges` are skipped still pages its
 * clients, and would log reads that the skipped branch then never makes.
 */
function fieldsAnswering(
  selectionSets: readonly SelectionSetNode[],
  responseName: string,
  parentType: string,
  document: FetchDocument,
): { field: FieldNode; parentType: string; conditions: PlanCondition[] | undefined }[] {
  const found: { field: FieldNode; parentType: string; conditions: PlanCondition[] | undefined }[] = [];
  const visit = (selectionSet: SelectionSetNode, onType: string, outer: PlanCondition[] | undefined) => {
    for (const selection of selectionSet.selections) {
      const own = conditionsOf(selection.directives, outer);
      if (selection.kind === Kind.FIELD) {
        if ((selection.alias?.value ?? selection.name.value) === responseName)
          found.push({ field: selection, parentType: onType, conditions: own });
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? document.fragments.get(selection.name.value) : selection;
      if (fragment)
        visit(fragment.selectionSet, fragment.typeCondition?.name.value ?? onType, conditionsOf(fragment.directives, own));
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet, parentType, []);
  return found;
}

/**
 * `outer` and the conditions these directives add: `@include(if: $v)` holds when `$v` is true,
 * `@skip(if: $v)` when it is false, a literal `if` that keeps the selection adds none. Undefined (not
 * sure) for any other directive or a literal that removes it, or when `outer` already was.
 */
function conditionsOf(
  directives: readonly DirectiveNode[] | undefined,
  outer: PlanCondition[] | undefined,
): PlanCondition[] | undefined {
  if (!directives?.length || outer === undefined) return outer;
  const conditions = [...outer];
  for (const directive of directives) {
    const name = directive.name.value;
    const argument = directive.arguments?.length === 1 ? directive.arguments[0] : undefined;
    if ((name !== "include" && name !== "skip") || argument?.name.value !== "if") return undefined;
    const kept = name === "include";
    if (argument.value.kind === Kind.VARIABLE) conditions.push({ variable: argument.value.name.value, value: kept });
    else if (argument.value.kind !== Kind.BOOLEAN || argument.value.value !== kept) return undefined;
  }
  return conditions;
}
