import type { FetchNode } from "@apollo/query-planner";
import {
  Kind,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  getNamedType,
  parse,
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

/**
 * Whether a root fetch's own answer holds `Client` entities at `path` ("@" for every element of a
 * list), each with its `__typename` and `id` always selected: then the subgraph answering it knows
 * every client a later fetch will read at that path. Every other field of the path must be one this
 * fetch selects (a path through another fetch's answer is not this subgraph's to know).
 */
export function answerHoldsClientsAt(schema: GraphQLSchema, document: FetchDocument, path: readonly string[]): boolean {
  const rootType = schema.getRootType(document.operation.operation);
  if (!rootType) return false;
  let type: GraphQLNamedType = rootType;
  let selectionSets: readonly SelectionSetNode[] = [document.operation.selectionSet];
  for (const segment of path) {
    if (segment === "@") continue;
    const found = fieldsAnswering(selectionSets, segment, type.name, document);
    const first = found[0];
    if (!first) return false;
    let next: GraphQLNamedType | undefined;
    for (const { field, parentType } of found) {
      const parent = schema.getType(parentType);
      const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
      const named = definition && getNamedType(definition.type);
      // The same response name for different fields or types under fragments: not sure what is there.
      if (!named || field.name.value !== first.field.name.value || (next && named !== next)) return false;
      next = named;
    }
    if (!next || !isCompositeType(next)) return false;
    type = next;
    selectionSets = found.flatMap(({ field }) => (field.selectionSet ? [field.selectionSet] : []));
  }
  if (type.name !== CLIENT_TYPE) return false;
  const keyFields = selectionSets.flatMap((selectionSet) => unconditionalFields(selectionSet, CLIENT_TYPE, document, true));
  const selects = (name: string) => keyFields.some((field) => field.name.value === name && !field.alias);
  return selects("__typename") && selects("id");
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
 * the type each is selected on, through every fragment (a skipped or excluded branch holds no data,
 * so reading what is there is still right).
 */
function fieldsAnswering(
  selectionSets: readonly SelectionSetNode[],
  responseName: string,
  parentType: string,
  document: FetchDocument,
): { field: FieldNode; parentType: string }[] {
  const found: { field: FieldNode; parentType: string }[] = [];
  const visit = (selectionSet: SelectionSetNode, onType: string) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((selection.alias?.value ?? selection.name.value) === responseName)
          found.push({ field: selection, parentType: onType });
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? document.fragments.get(selection.name.value) : selection;
      if (fragment) visit(fragment.selectionSet, fragment.typeCondition?.name.value ?? onType);
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet, parentType);
  return found;
}
