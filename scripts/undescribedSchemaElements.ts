import {
  Kind,
  parse,
  type DefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type StringValueNode,
} from "graphql";

/** The root operation types: their fields are described, the types themselves are the same in every subgraph. */
const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/**
 * Every type, field, argument, input field and enum value of an SDL document that has no
 * description (or a blank one), as coordinates: `Team`, `Team.members`, `Team.members(includeFormer:)`,
 * `TeamKind.CLIENT_TEAM`. The root operation types themselves are exempt, their fields are not.
 */
export function undescribedSchemaElements(sdl: string): string[] {
  const missing: string[] = [];
  const check = (description: StringValueNode | undefined, coordinate: string) => {
    if (!description || description.value.trim() === "") missing.push(coordinate);
  };
  const checkArguments = (field: FieldDefinitionNode, owner: string) => {
    for (const argument of field.arguments ?? [])
      check(argument.description, `${owner}.${field.name.value}(${argument.name.value}:)`);
  };
  const checkInputFields = (fields: readonly InputValueDefinitionNode[] | undefined, owner: string) => {
    for (const field of fields ?? []) check(field.description, `${owner}.${field.name.value}`);
  };
  for (const definition of parse(sdl).definitions as readonly DefinitionNode[]) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION: {
        const name = definition.name.value;
        if (!ROOT_TYPES.has(name) && "description" in definition) check(definition.description, name);
        for (const field of definition.fields ?? []) {
          check(field.description, `${name}.${field.name.value}`);
          checkArguments(field, name);
        }
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
        if ("description" in definition) check(definition.description, definition.name.value);
        checkInputFields(definition.fields, definition.name.value);
        break;
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION:
        if ("description" in definition) check(definition.description, definition.name.value);
        for (const value of definition.values ?? []) check(value.description, `${definition.name.value}.${value.name.value}`);
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.UNION_TYPE_DEFINITION:
        check(definition.description, definition.name.value);
        break;
      case Kind.DIRECTIVE_DEFINITION:
        check(definition.description, `@${definition.name.value}`);
        for (const argument of definition.arguments ?? [])
          check(argument.description, `@${definition.name.value}(${argument.name.value}:)`);
        break;
      default:
        break;
    }
  }
  return missing;
}
