/**
 * What {@link selectsOnly} reads of a resolver's `info` (graphql-js's GraphQLResolveInfo has it): the
 * field's nodes in the document and the document's named fragments.
 */
interface SelectionSet {
  readonly selections: readonly Selection[];
}
type Selection =
  | { readonly kind: "Field"; readonly name: { readonly value: string } }
  | { readonly kind: "InlineFragment"; readonly selectionSet: SelectionSet }
  | { readonly kind: "FragmentSpread"; readonly name: { readonly value: string } };
export interface SelectionInfo {
  readonly fieldNodes: readonly { readonly selectionSet?: SelectionSet | undefined }[];
  readonly fragments: { readonly [name: string]: { readonly selectionSet: SelectionSet } | undefined };
}

const answers = new WeakMap<object, boolean>();

/**
 * Whether the field being resolved selects only fields named in `allowed`, through inline fragments
 * and named ones alike (an `@include`d or `@skip`ped field counts as selected). Remembered per field
 * nodes: the items of a list (the entities of one `_entities`) share theirs, so it is worked out once
 * per request and field.
 */
export function selectsOnly(info: SelectionInfo, allowed: ReadonlySet<string>): boolean {
  const known = answers.get(info.fieldNodes);
  if (known !== undefined) return known;
  const within = (set: SelectionSet | undefined, spread: ReadonlySet<string>): boolean =>
    (set?.selections ?? []).every((selection) => {
      switch (selection.kind) {
        case "Field":
          return allowed.has(selection.name.value);
        case "InlineFragment":
          return within(selection.selectionSet, spread);
        case "FragmentSpread": {
          const name = selection.name.value;
          if (spread.has(name)) return true;
          const fragment = info.fragments[name];
          // A fragment the document does not hold: nothing tells what it selects, so not only these.
          return fragment !== undefined && within(fragment.selectionSet, new Set([...spread, name]));
        }
      }
    });
  const answer = info.fieldNodes.every((node) => within(node.selectionSet, new Set()));
  answers.set(info.fieldNodes, answer);
  return answer;
}
