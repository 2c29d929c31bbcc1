import {
  GraphQLEnumType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  Kind,
  valueFromASTUntyped,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * An operation compiled once against the API schema, so that shaping each response walks plain
 * objects instead of resolving names, types and directives again for every object of every answer.
 * It keeps the operation's own selections in their order (response key order depends on it).
 */
export interface CompiledOperation {
  readonly rootTypeName: string;
  readonly selections: readonly CompiledSelection[];
  /** Values of the variables that declare a default, for `@skip`/`@include` and plan conditions. */
  readonly defaultedVariables: Readonly<Record<string, unknown>>;
  readonly hasDefaults: boolean;
}

/** `true`/`false` written in the document, or the name of the variable that decides. */
export type ConditionValue = boolean | { readonly variable: string };

interface Conditional {
  /** The first `@skip(if:)` of the selection, if any. */
  readonly skipIf: ConditionValue | undefined;
  /** The first `@include(if:)` of the selection, if any. */
  readonly includeIf: ConditionValue | undefined;
}

export interface CompiledField extends Conditional {
  readonly kind: "field";
  readonly responseName: string;
  /**
   * Whether the response name is also a property of `Object.prototype` (`__proto__`, `constructor`,
   * `toString`…): then the answer's object reads and writes it as an own property. Answers are plain
   * objects, which V8 builds and serialises about twice as fast as prototype-less dictionaries.
   */
  readonly inherited: boolean;
  /** `__typename`, `__schema`/`__type` (answered by introspection), or a field of the schema. */
  readonly role: "typename" | "introspection" | "value";
  readonly shape: ValueShape;
  readonly node: FieldNode;
}

export interface CompiledFragment extends Conditional {
  readonly kind: "fragment";
  /** Undefined for a fragment without type condition. */
  readonly typeCondition: string | undefined;
  /** Names of the types the condition applies to (the condition itself, its members or implementations). */
  readonly appliesTo: ReadonlySet<string> | undefined;
  readonly selections: readonly CompiledSelection[];
}

export type CompiledSelection = CompiledField | CompiledFragment;

/** The declared type of a field, unwrapped ahead of time. `description` is the nullable type as GraphQL prints it. */
export type ValueShape = (
  | { readonly kind: "nonNull"; readonly of: ValueShape }
  | { readonly kind: "list"; readonly of: ValueShape; readonly description: string }
  | { readonly kind: "composite"; readonly description: string; readonly selections: readonly CompiledSelection[] }
  | { readonly kind: "leaf"; readonly description: string; readonly isValid: (value: unknown) => boolean }
) & {
  /** Whether the field has a selection set (its named type is composite). */
  readonly selected: boolean;
};

const INTROSPECTION_FIELDS = new Set(["__schema", "__type"]);
const TYPENAME = "__typename";

/** Compiles the operation's selections against the API schema; fragments are inlined where they are spread. */
export function compileOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): CompiledOperation {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) throw new Error(`The schema has no ${operation.operation} type.`);
  const leafChecks = new Map<GraphQLLeafType, (value: unknown) => boolean>();
  const applies = new Map<string, ReadonlySet<string>>();

  const compileSelectionSet = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType): CompiledSelection[] =>
    selectionSet.selections.map((selection): CompiledSelection => {
      const conditions = conditionsOf(selection.directives);
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const responseName = selection.alias?.value ?? name;
        const inherited = responseName in Object.prototype;
        if (name === TYPENAME) {
          return {
            kind: "field",
            ...conditions,
            responseName,
            inherited,
            role: "typename",
            shape: TYPENAME_SHAPE,
            node: selection,
          };
        }
        if (INTROSPECTION_FIELDS.has(name)) {
          return {
            kind: "field",
            ...conditions,
            responseName,
            inherited,
            role: "introspection",
            shape: TYPENAME_SHAPE,
            node: selection,
          };
        }
        const field = fieldOf(parentType, name);
        return {
          kind: "field",
          ...conditions,
          responseName,
          inherited,
          role: "value",
          shape: shapeOf(field.type, selection.selectionSet),
          node: selection,
        };
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
      if (!fragment) throw new Error(`Unknown fragment "${(selection as { name: { value: string } }).name.value}".`);
      const conditionName = fragment.typeCondition?.name.value;
      const conditionType = conditionName === undefined ? parentType : schema.getType(conditionName);
      if (!conditionType || !isCompositeType(conditionType))
        throw new Error(`Unknown type "${conditionName}" in a type condition.`);
      return {
        kind: "fragment",
        ...conditions,
        typeCondition: conditionName,
        appliesTo: conditionName === undefined ? undefined : appliesToOf(conditionType),
        selections: compileSelectionSet(fragment.selectionSet, conditionType),
      };
    });

  const shapeOf = (type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined): ValueShape => {
    if (isNonNullType(type)) {
      const of = shapeOf(type.ofType, selectionSet);
      return { kind: "nonNull", of, selected: of.selected };
    }
    if (isListType(type)) {
      const of = shapeOf(type.ofType, selectionSet);
      return { kind: "list", of, description: String(type), selected: of.selected };
    }
    if (isCompositeType(type)) {
      if (!selectionSet) throw new Error(`Field of type ${type.name} needs a selection set.`);
      return { kind: "composite", description: type.name, selections: compileSelectionSet(selectionSet, type), selected: true };
    }
    if (isLeafType(type)) return { kind: "leaf", description: type.name, isValid: leafCheckOf(type), selected: false };
    throw new Error(`Unexpected output type ${String(type)}.`);
  };

  const leafCheckOf = (type: GraphQLLeafType): ((value: unknown) => boolean) => {
    let check = leafChecks.get(type);
    if (!check) {
      check = validLeafValue(type);
      leafChecks.set(type, check);
    }
    return check;
  };

  // Which concrete or interface types a type condition covers: the condition itself, the members of
  // a union, the implementations (objects and interfaces) of an interface.
  const appliesToOf = (condition: GraphQLCompositeType): ReadonlySet<string> => {
    let names = applies.get(condition.name);
    if (!names) {
      const set = new Set<string>([condition.name]);
      if (isAbstractType(condition)) {
        for (const type of Object.values(schema.getTypeMap())) {
          if ((isObjectType(type) || isInterfaceType(type)) && schema.isSubType(condition, type)) set.add(type.name);
        }
      }
      names = set;
      applies.set(condition.name, names);
    }
    return names;
  };

  const defaultedVariables: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let hasDefaults = false;
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      defaultedVariables[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
      hasDefaults = true;
    }
  }

  return {
    rootTypeName: rootType.name,
    selections: compileSelectionSet(operation.selectionSet, rootType),
    defaultedVariables,
    hasDefaults,
  };
}

const TYPENAME_SHAPE: ValueShape = { kind: "leaf", description: "String", isValid: () => true, selected: false };

function fieldOf(parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> {
  const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
  if (!field) throw new Error(`Cannot query field "${name}" on type "${parentType.name}".`);
  return field;
}

function conditionsOf(directives: readonly DirectiveNode[] | undefined): Conditional {
  if (!directives?.length) return NO_CONDITIONS;
  return { skipIf: conditionOf(directives, "skip"), includeIf: conditionOf(directives, "include") };
}

const NO_CONDITIONS: Conditional = { skipIf: undefined, includeIf: undefined };

function conditionOf(directives: readonly DirectiveNode[], name: string): ConditionValue | undefined {
  const directive = directives.find((candidate) => candidate.name.value === name);
  const argument = directive?.arguments?.find((candidate) => candidate.name.value === "if");
  if (!directive || !argument) return undefined;
  if (argument.value.kind === Kind.VARIABLE) return { variable: argument.value.name.value };
  if (argument.value.kind === Kind.BOOLEAN) return argument.value.value;
  throw new Error(`@${name}(if:) must be a Boolean or a variable.`);
}

/**
 * Whether a subgraph's value is one the leaf type may hold, by the same rule as Apollo's result
 * shaping (federation-internals `isValidLeafValue`): custom scalars take anything, integers must
 * print as integers, enums must name one of their values.
 */
function validLeafValue(type: GraphQLLeafType): (value: unknown) => boolean {
  if (!(type instanceof GraphQLEnumType) && !isSpecifiedScalarType(type)) return () => true;
  const isBoolean = type.name === GraphQLBoolean.name;
  const isIntegral = type.name === GraphQLInt.name || type.name === GraphQLID.name;
  const isFloat = type.name === GraphQLFloat.name;
  const enumType = type instanceof GraphQLEnumType ? type : undefined;
  return (value) => {
    if (typeof value === "boolean") return isBoolean;
    if (typeof value === "number" && isFinite(value)) return isIntegral ? printsAsInteger(value) : isFloat;
    if (typeof value === "string") {
      if (enumType) return enumType.getValue(value) !== undefined;
      return !isBoolean && type.name !== GraphQLInt.name && !isFloat;
    }
    return false;
  };
}

/**
 * Apollo's test, `/^-?(?:0|[1-9][0-9]*)$/` on `String(value)`, without the string and the regular
 * expression per value (an answer here has 405 integers): a finite number prints as digits alone
 * exactly when it is an integer below 1e21 in magnitude (from 1e21 on JavaScript prints an
 * exponent, a fraction has a point or a negative exponent, and -0 prints as "0").
 */
function printsAsInteger(value: number): boolean {
  return Number.isInteger(value) && value > -1e21 && value < 1e21;
}
