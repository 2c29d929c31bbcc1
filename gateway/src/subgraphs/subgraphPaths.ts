import { Kind, type DocumentNode, type FieldNode, type SelectionSetNode } from "graphql";

/** More errors than this for one failed subgraph call add noise, not information. */
const MAX_PATH_ERRORS = 100;

/**
 * The paths, in the subgraph's own response, of the data a failed call should have returned: each
 * root field, or each field of each entity for an `_entities` call. The gateway maps them onto the
 * caller's response (an entity's `["_entities", i, field]` becomes that entity's path), so the
 * error sits exactly where data is missing. A call carrying several entity fetches at once
 * (`entityBatches`) has each one's `_entities` under an alias, its representations in a variable
 * of its own: its paths begin with the alias.
 */
export function missingPaths(
  document: DocumentNode | undefined,
  variables: Record<string, unknown> | undefined,
): (string | number)[][] {
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const entityFields = operation.selectionSet.selections.filter(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === "_entities",
  );
  if (entityFields.length === 0) {
    return responseNames(operation.selectionSet)
      .slice(0, MAX_PATH_ERRORS)
      .map((name) => [name]);
  }
  const paths: (string | number)[][] = [];
  for (const entities of entityFields) {
    if (!entities.selectionSet) continue;
    // Each fetch of a merged call keeps the bound it has alone, so each gets errors of its own.
    const own = paths.length;
    const head = entities.alias?.value ?? entities.name.value;
    const representations = variables?.[representationsVariable(entities)];
    const count = Array.isArray(representations) ? representations.length : 0;
    const fields = responseNames(entities.selectionSet).filter((name) => name !== "__typename");
    for (let index = 0; index < count && paths.length - own < MAX_PATH_ERRORS; index += 1) {
      for (const field of fields.length > 0 ? fields : [undefined]) {
        paths.push(field === undefined ? [head, index] : [head, index, field]);
        if (paths.length - own >= MAX_PATH_ERRORS) break;
      }
    }
  }
  return paths;
}

/** The variable an `_entities` field takes its representations from (`representations` in a plan's own fetch). */
function representationsVariable(entities: FieldNode): string {
  const argument = entities.arguments?.find((candidate) => candidate.name.value === "representations");
  return argument?.value.kind === Kind.VARIABLE ? argument.value.name.value : "representations";
}

function responseNames(selectionSet: SelectionSetNode): string[] {
  const names = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.alias?.value ?? selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) for (const name of responseNames(selection.selectionSet)) names.add(name);
  }
  return [...names];
}
