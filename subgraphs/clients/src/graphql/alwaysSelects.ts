import type { ResolverFn } from "./types.generated";

// graphql's own types, as the generated resolvers name them (this workspace does not depend on graphql).
type GraphQLResolveInfo = Parameters<ResolverFn<unknown, unknown, unknown, unknown>>[3];
type FieldNode = GraphQLResolveInfo["fieldNodes"][number];
type SelectionSetNode = NonNullable<FieldNode["selectionSet"]>;

/** A field, inline fragment or fragment spread, as far as this file reads it. */
interface Selection {
  kind: string;
  name?: { value: string };
  selectionSet?: SelectionSetNode;
  typeCondition?: { name: { value: string } };
  directives?: readonly unknown[];
}

/** Per selection (the field nodes graphql-js hands every resolver of the same field) and field name. */
const answers = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

/**
 * Whether the query surely resolves `field` of every object the current field answers (of type
 * `typeName`): selected directly, or in a fragment without a type condition or on `typeName`, with no
 * directive on it or on a fragment around it (`@skip`, `@include`: anything conditional is taken as
 * maybe not). False when in doubt. What it serves: a read decided and logged before the field resolves
 * ({@link ListRow.pageReads}) must be a read the field then makes.
 */
export function alwaysSelects(info: GraphQLResolveInfo, typeName: string, field: string): boolean {
  let ofSelection = answers.get(info.fieldNodes);
  if (!ofSelection) answers.set(info.fieldNodes, (ofSelection = new Map()));
  let answer = ofSelection.get(field);
  if (answer === undefined) {
    answer = info.fieldNodes.some(
      (node) => !node.directives?.length && node.selectionSet && selectsIn(node.selectionSet, info, typeName, field),
    );
    ofSelection.set(field, answer);
  }
  return answer;
}

function selectsIn(selectionSet: SelectionSetNode, info: GraphQLResolveInfo, typeName: string, field: string): boolean {
  return selectionSet.selections.some((selection) => {
    // The kinds as graphql's `Kind` spells them (its enum is not imported here).
    const node = selection as Selection;
    if (node.directives?.length) return false;
    switch (node.kind) {
      case "Field":
        return node.name!.value === field;
      case "InlineFragment":
        return onType(node.typeCondition, typeName) && selectsIn(node.selectionSet!, info, typeName, field);
      case "FragmentSpread": {
        const fragment = info.fragments[node.name!.value];
        return (
          fragment !== undefined &&
          !fragment.directives?.length &&
          onType(fragment.typeCondition, typeName) &&
          selectsIn(fragment.selectionSet, info, typeName, field)
        );
      }
      default:
        return false;
    }
  });
}

function onType(typeCondition: { name: { value: string } } | undefined, typeName: string): boolean {
  return typeCondition === undefined || typeCondition.name.value === typeName;
}
