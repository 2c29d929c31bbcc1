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
      operationTypes: [],
    },
    {
      kind: "ScalarTypeDefinition",
      description: { kind: "StringValue", value: "A calendar date, ISO 8601 (`2026-11-23`).", block: true },
      name: { kind: "Name", value: "Date" },
      directives: [],
    },
    {
      kind: "ScalarTypeDefinition",
      description: { kind: "StringValue", value: "An instant, ISO 8601 with offset (`2026-11-23T10:15:00Z`).", block: true },
      name: { kind: "Name", value: "DateTime" },
      directives: [],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A client's consent (suostumus) to share their data with organisations outside the county.",
        block: true,
      },
      name: { kind: "Name", value: "Consent" },
      interfaces: [],
      directives: [],
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
          name: { kind: "Name", value: "recipientOrganization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The data categories the consent covers.", block: true },
          name: { kind: "Name", value: "categories" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "purpose" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "validFrom" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "validUntil" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "revokedAt" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Valid today and not revoked.", block: true },
          name: { kind: "Name", value: "isActive" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Categories of client data that access decisions and consents are made for.",
        block: true,
      },
      name: { kind: "Name", value: "DataCategory" },
      directives: [],
      values: [
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "BASIC" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CONTACT" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CONCERNS" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "SERVICE_PLAN" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "TEAM" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CONSENTS" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "FIT" }, directives: [] },
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
          name: { kind: "Name", value: "consents" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Consent" } } },
            },
          },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
