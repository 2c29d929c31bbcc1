import type { DocumentNode } from "graphql";
export const typeDefs = {
  kind: "Document",
  definitions: [
    {
      kind: "SchemaExtension",
      directives: [
        {
          kind: "Directive",
          name: { kind: "Name", value: "link" },
          arguments: [
            {
              kind: "Argument",
              name: { kind: "Name", value: "url" },
              value: { kind: "StringValue", value: "https://specs.apollo.dev/federation/v2.7", block: false },
            },
            {
              kind: "Argument",
              name: { kind: "Name", value: "import" },
              value: { kind: "ListValue", values: [{ kind: "StringValue", value: "@key", block: false }] },
            },
          ],
        },
      ],
      operationTypes: [
        {
          kind: "OperationTypeDefinition",
          type: { kind: "NamedType", name: { kind: "Name", value: "Query" } },
          operation: "query",
        },
      ],
    },
    {
      kind: "ScalarTypeDefinition",
      description: { kind: "StringValue", value: "A calendar date, ISO 8601 (`2026-11-23`).", block: true },
      name: { kind: "Name", value: "Date" },
      directives: [],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A client of the county's family, social or disability services (asiakas). Owned by the clients\nsubgraph; the other subgraphs add the client's team, consents and FIT measurements.",
        block: true,
      },
      name: { kind: "Name", value: "Client" },
      interfaces: [],
      directives: [
        {
          kind: "Directive",
          name: { kind: "Name", value: "key" },
          arguments: [
            {
              kind: "Argument",
              name: { kind: "Name", value: "fields" },
              value: { kind: "StringValue", value: "id", block: false },
            },
          ],
        },
      ],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "firstName" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "lastName" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Derived from the identity code when the client has one.", block: true },
          name: { kind: "Name", value: "birthDate" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "ISO 639-1 code of the language of service, e.g. `fi`, `sv`, `se`.",
            block: true,
          },
          name: { kind: "Name", value: "language" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The organisation that is the controller (rekisterinpitäjä) of the client record.",
            block: true,
          },
          name: { kind: "Name", value: "controllerOrganization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "Organization" },
      interfaces: [],
      directives: [
        {
          kind: "Directive",
          name: { kind: "Name", value: "key" },
          arguments: [
            {
              kind: "Argument",
              name: { kind: "Name", value: "fields" },
              value: { kind: "StringValue", value: "id", block: false },
            },
            { kind: "Argument", name: { kind: "Name", value: "resolvable" }, value: { kind: "BooleanValue", value: false } },
          ],
        },
      ],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "Query" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "One client, or null when there is none with that id. Reading is checked and logged.",
            block: true,
          },
          name: { kind: "Name", value: "client" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
