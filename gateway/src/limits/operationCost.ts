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
 */
export function operationCost(input: CostInput): number {
  const root =
    input.operation.operation === "mutation"
      ? input.schema.getMutationType()
      : input.operation.operation === "subscription"
        ? input.schema.getSubscriptionType()
        : input.schema.getQueryType();
  if (!root) return 0;
  return costOf(input, input.operation.selectionSet, root, 1, false, 0);
}

function costOf(
  input: CostInput,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  multiplier: number,
  parentPaginated: boolean,
  fragmentDepth: number,
): number {
  // Validation has refused fragment cycles; the bound only guards against a pathological document.
  if (fragmentDepth > 50) return Number.POSITIVE_INFINITY;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      cost += multiplier;
      if (!selection.selectionSet) continue;
      const field = fieldOf(parentType, selection.name.value);
      if (!field) continue;
      const { size, paginated } = listSizeOf(input, field, selection.arguments ?? [], parentPaginated);
      cost += costOf(input, selection.selectionSet, getNamedType(field.type), multiplier * size, paginated, fragmentDepth);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (input.schema.getType(selection.typeCondition.name.value) ?? parentType)
        : parentType;
      cost += costOf(input, selection.selectionSet, type, multiplier, parentPaginated, fragmentDepth);
    } else {
      const fragment = input.fragments[selection.name.value];
      if (!fragment) continue;
      const type = input.schema.getType(fragment.typeCondition.name.value) ?? parentType;
      cost += costOf(input, fragment.selectionSet, type, multiplier, parentPaginated, fragmentDepth + 1);
    }
  }
  return cost;
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
