import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/** Arguments that say how many items a list or connection field returns. */
const PAGINATION_ARGUMENTS = ["first", "last", "limit", "take", "pageSize"];
/** The kernel's `pageSize` default: what a connection returns when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 50;
/**
 * Selections the estimate may visit before it gives up and calls the operation too costly. With
 * fragments memoised a document of the token limit visits far fewer; the bound is a last guard so
 * no document can hold the event loop (docs/gateway.md).
 */
export const MAX_COST_STEPS = 100_000;

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown> | undefined;
  /** Assumed size of a list field without a pagination argument. */
  defaultListSize: number;
}

/**
 * Estimated number of fields the operation resolves: each field counts once per parent item, and
 * a field's children are multiplied by its list size. The list size is the pagination argument
 * (`first: 100`, or the variable's value), the argument's default, or {@link DEFAULT_PAGE_SIZE}
 * when the field takes one but it was not given; a plain list field counts `defaultListSize`. The
 * `edges`/`nodes` list of a paginated connection is already counted by its parent's argument.
 *
 * The estimate is linear in the document: a selection set's cost scales with its multiplier, so
 * each fragment is costed once (per parent pagination state) for a multiplier of 1 and reused.
 * Spreading a fragment twice at each of 27 levels (2^27 expansions) therefore costs 28 visits,
 * and its (astronomical) estimate is refused by the cost limit. Answers `Infinity` for a cycle
 * or when {@link MAX_COST_STEPS} selections were visited.
 */
export function operationCost(input: CostInput): number {
  const root =
    input.operation.operation === "mutation"
      ? input.schema.getMutationType()
      : input.operation.operation === "subscription"
        ? input.schema.getSubscriptionType()
        : input.schema.getQueryType();
  if (!root) return 0;
  const estimate = new CostEstimate(input);
  return estimate.of(input.operation.selectionSet, root, false);
}

class CostEstimate {
  readonly #input: CostInput;
  /** Unit cost (multiplier 1) of each fragment, keyed by name and whether its parent was paginated. */
  readonly #fragments = new Map<string, number>();
  /** Fragments being costed right now: meeting one again is a cycle (validation refuses those). */
  readonly #inProgress = new Set<string>();
  #steps = 0;

  constructor(input: CostInput) {
    this.#input = input;
  }

  /** Cost of a selection set for one parent item. */
  of(selectionSet: SelectionSetNode, parentType: GraphQLNamedType, parentPaginated: boolean): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if ((this.#steps += 1) > MAX_COST_STEPS) return Number.POSITIVE_INFINITY;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        cost += 1;
        if (!selection.selectionSet) continue;
        const field = fieldOf(parentType, selection.name.value);
        if (!field) continue;
        const { size, paginated } = listSizeOf(this.#input, field, selection.arguments ?? [], parentPaginated);
        const children = this.of(selection.selectionSet, getNamedType(field.type), paginated);
        // 0 × Infinity would hide a pathological subtree behind `first: 0`.
        cost += children === Number.POSITIVE_INFINITY ? children : size * children;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (this.#input.schema.getType(selection.typeCondition.name.value) ?? parentType)
          : parentType;
        cost += this.of(selection.selectionSet, type, parentPaginated);
      } else {
        cost += this.#fragment(selection.name.value, parentType, parentPaginated);
      }
      if (cost === Number.POSITIVE_INFINITY) return cost;
    }
    return cost;
  }

  #fragment(name: string, parentType: GraphQLNamedType, parentPaginated: boolean): number {
    const fragment = this.#input.fragments[name];
    if (!fragment) return 0;
    const key = `${name}:${parentPaginated}`;
    const known = this.#fragments.get(key);
    if (known !== undefined) return known;
    if (this.#inProgress.has(key)) return Number.POSITIVE_INFINITY;
    this.#inProgress.add(key);
    const type = this.#input.schema.getType(fragment.typeCondition.name.value) ?? parentType;
    const cost = this.of(fragment.selectionSet, type, parentPaginated);
    this.#inProgress.delete(key);
    this.#fragments.set(key, cost);
    return cost;
  }
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

function listSizeOf(
  input: CostInput,
  field: GraphQLField<unknown, unknown>,
  given: readonly { name: { value: string }; value: ValueNode }[],
  parentPaginated: boolean,
): { size: number; paginated: boolean } {
  const declared = field.args.find((argument) => PAGINATION_ARGUMENTS.includes(argument.name));
  if (declared) {
    const node = given.find((argument) => argument.name.value === declared.name)?.value;
    const value = node ? valueOf(node, input.variables) : undefined;
    const fallback = typeof declared.defaultValue === "number" ? declared.defaultValue : DEFAULT_PAGE_SIZE;
    const size = typeof value === "number" && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;
    return { size, paginated: true };
  }
  if (isListType(getNullableType(field.type))) {
    return { size: parentPaginated ? 1 : input.defaultListSize, paginated: false };
  }
  return { size: 1, paginated: false };
}

function valueOf(node: ValueNode, variables: Record<string, unknown> | undefined): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return undefined;
}
