import {
  executeSync,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

/**
 * Answers one `__schema` or `__type` field of the caller's operation from the API schema, as
 * Apollo's executor does: the field alone in a query of its own, run by graphql-js.
 */
export function introspect(
  schema: GraphQLSchema,
  field: FieldNode,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Record<string, unknown> | undefined,
): unknown {
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        variableDefinitions: operation.variableDefinitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
      },
      // The field may spread the operation's fragments.
      ...Object.values(fragments),
    ],
  };
  const { data, errors } = executeSync({ schema, document, rootValue: {}, variableValues: variables });
  if (errors?.length || !data)
    throw new Error(`Introspection of ${field.name.value} failed: ${errors?.map((error) => error.message).join("; ")}`);
  const responseName = field.alias?.value ?? field.name.value;
  return Object.prototype.hasOwnProperty.call(data, responseName) ? data[responseName] : undefined;
}
