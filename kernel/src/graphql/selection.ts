import { isAbstractType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * What the query asks of the object a resolver answers with, read from its `info`: for reads that fit
 * what will be asked (a lean row) and decisions made ahead of a field (`ListRow.pageReads`). Every answer
 * is remembered per field nodes, which the items of a list (the entities of one `_entities`) share, so
 * it is worked out once per request and field.
 */
type FieldNodes = GraphQLResolveInfo["fieldNodes"];

const answers = new WeakMap<FieldNodes, Map<unknown, boolean>>();

function remembered(info: GraphQLResolveInfo, key: unknown, work: () => boolean): boolean {
  let ofField = answers.get(info.fieldNodes);
  if (!ofField) answers.set(info.fieldNodes, (ofField = new Map()));
  let answer = ofField.get(key);
  if (answer === undefined) ofField.set(key, (answer = work()));
  return answer;
}

/**
 * Whether every field the query selects of the `typeName` object the current field answers is one of
 * `fields` and a leaf: selected directly or in a fragment that may apply to it (no type condition, on
 * `typeName`, on an abstract type, or on a type the schema does not know). A fragment on another
 * object type selects nothing of it; a fragment the document does not hold, or a nested selection,
 * answers false. Directives are not read: an `@include`d or `@skip`ped field counts as selected, the
 * safe side for a read that must hold whatever is asked. Pass one constant set per call site (the set
 * is part of what is remembered).
 */
export function selectsOnly(info: GraphQLResolveInfo, typeName: string, fields: ReadonlySet<string>): boolean {
  return remembered(info, fields, () =>
    info.fieldNodes.every(
      (node) => node.selectionSet !== undefined && onlyLeavesWithin(info, node.selectionSet, typeName, fields),
    ),
  );
}

/**
 * {@link selectsOnly} of the `typeName` objects found at `at` below the current field, a path of field
 * names (a connection's nodes: `["edges", "node"]`), for a list that loads its objects itself. Every
 * field of the path is followed, through every fragment, whatever its type condition (taking in more
 * than applies only makes the answer stricter); false when nothing is selected there, or a fragment the
 * document does not hold is met. Not remembered: a list resolves once per request.
 */
export function selectsOnlyAt(
  info: GraphQLResolveInfo,
  at: readonly string[],
  typeName: string,
  fields: ReadonlySet<string>,
): boolean {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of at) {
    const below: SelectionSetNode[] = [];
    const collect = (set: SelectionSetNode): boolean =>
      set.selections.every((selection) => {
        switch (selection.kind) {
          case Kind.FIELD:
            if (selection.name.value !== name) return true;
            if (!selection.selectionSet) return false;
            below.push(selection.selectionSet);
            return true;
          case Kind.INLINE_FRAGMENT:
            return collect(selection.selectionSet);
          case Kind.FRAGMENT_SPREAD: {
            const fragment = info.fragments[selection.name.value];
            return fragment !== undefined && collect(fragment.selectionSet);
          }
        }
      });
    if (!sets.every(collect) || below.length === 0) return false;
    sets = below;
  }
  return sets.every((set) => onlyLeavesWithin(info, set, typeName, fields));
}

/** Every field `set` selects of a `typeName` object is one of `fields` and a leaf ({@link selectsOnly}). */
function onlyLeavesWithin(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  typeName: string,
  fields: ReadonlySet<string>,
): boolean {
  return set.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return fields.has(selection.name.value) && !selection.selectionSet;
      case Kind.INLINE_FRAGMENT:
        return (
          !mayApply(info, selection.typeCondition?.name.value, typeName) ||
          onlyLeavesWithin(info, selection.selectionSet, typeName, fields)
        );
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        if (!fragment) return false;
        return (
          !mayApply(info, fragment.typeCondition.name.value, typeName) ||
          onlyLeavesWithin(info, fragment.selectionSet, typeName, fields)
        );
      }
    }
  });
}

/**
 * Whether the query surely resolves `field` of every `typeName` object the current field answers:
 * selected directly, or in a fragment without a type condition or on `typeName`, with no directive on
 * it or on a fragment around it (`@skip`, `@include`: anything conditional is taken as maybe not).
 * False when in doubt. What it serves: a read decided and logged before the field resolves
 * (`ListRow.pageReads`) must be a read the field then makes.
 */
export function alwaysSelects(info: GraphQLResolveInfo, typeName: string, field: string): boolean {
  return remembered(info, `always:${typeName}.${field}`, () => {
    const within = (set: SelectionSetNode): boolean =>
      set.selections.some((selection) => {
        if (selection.directives?.length) return false;
        switch (selection.kind) {
          case Kind.FIELD:
            return selection.name.value === field;
          case Kind.INLINE_FRAGMENT:
            return onType(selection.typeCondition?.name.value, typeName) && within(selection.selectionSet);
          case Kind.FRAGMENT_SPREAD: {
            const fragment = info.fragments[selection.name.value];
            return (
              fragment !== undefined &&
              !fragment.directives?.length &&
              onType(fragment.typeCondition.name.value, typeName) &&
              within(fragment.selectionSet)
            );
          }
        }
      });
    return info.fieldNodes.some(
      (node) => !node.directives?.length && node.selectionSet !== undefined && within(node.selectionSet),
    );
  });
}

/** A fragment surely applies: no type condition, or exactly the type. */
function onType(typeCondition: string | undefined, typeName: string): boolean {
  return typeCondition === undefined || typeCondition === typeName;
}

/**
 * A fragment may apply to a `typeName` object: no type condition, on the type itself, on an abstract
 * type it belongs to, or on a type this schema does not know (taken as maybe). An object type's
 * fragment (another entity in the same `_entities`) does not.
 */
function mayApply(info: GraphQLResolveInfo, typeCondition: string | undefined, typeName: string): boolean {
  if (typeCondition === undefined || typeCondition === typeName) return true;
  const type = info.schema.getType(typeCondition);
  const object = info.schema.getType(typeName);
  if (!type || !object) return true;
  return isAbstractType(type) && info.schema.isSubType(type, object as Parameters<typeof info.schema.isSubType>[1]);
}
