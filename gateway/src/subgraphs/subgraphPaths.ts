import { Kind, type DocumentNode, type SelectionSetNode } from "graphql";

/** More errors than this for one failed subgraph call add noise, not information. */
const MAX_PATH_ERRORS = 100;

/**
 * The paths, in the subgraph's own response, of the data a failed call should have returned: each
 * root field, or each field of each entity for an `_entities` call. The gateway maps them onto the
 * caller's response (an entity's `["_entities", i, field]` becomes that entity's path), so the
 * error sits exactly where data is missing.
 */
export function missingPaths(
  document: DocumentNode | undefined,
  variables: Record<string, unknown> | undefined,
): (string | number)[][] {
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const rootFields = responseNames(operation.selectionSet);
  const entities = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === "_entities",
  );
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) {
    return rootFields.slice(0, MAX_PATH_ERRORS).map((name) => [name]);
  }
  const representations = Array.isArray(variables?.["representations"]) ? variables["representations"].length : 0;
  const fields = responseNames(entities.selectionSet).filter((name) => name !== "__typename");
  const paths: (string | number)[][] = [];
  for (let index = 0; index < representations && paths.length < MAX_PATH_ERRORS; index += 1) {
    for (const field of fields.length > 0 ? fields : [undefined]) {
      paths.push(field === undefined ? ["_entities", index] : ["_entities", index, field]);
      if (paths.length >= MAX_PATH_ERRORS) break;
    }
  }
  return paths;
}

function responseNames(selectionSet: SelectionSetNode): string[] {
  const names = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.alias?.value ?? selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) for (const name of responseNames(selection.selectionSet)) names.add(name);
  }
  return [...names];
}
