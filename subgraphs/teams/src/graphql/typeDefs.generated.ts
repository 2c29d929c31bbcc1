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
          "An organisation whose professionals work with clients: the county's own service units, and the\npartners outside it (the city's education services, employment services, Kela, parishes, NGOs).",
        block: true,
      },
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
          name: { kind: "Name", value: "name" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "type" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "OrganizationType" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Business id (y-tunnus), when the organisation has one.", block: true },
          name: { kind: "Name", value: "businessId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "True for the county's own organisations (the controller of client records). Sharing with an\norganisation outside the county is a disclosure that needs the client's consent.",
            block: true,
          },
          name: { kind: "Name", value: "isCountyOrganization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      name: { kind: "Name", value: "OrganizationType" },
      directives: [],
      values: [
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "COUNTY_SOCIAL_SERVICES" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "COUNTY_HEALTH_CARE" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "MUNICIPAL_EDUCATION" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "EARLY_CHILDHOOD_EDUCATION" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "EMPLOYMENT_SERVICES" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "KELA" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "PARISH" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "NGO" }, directives: [] },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A professional who works with clients (ammattilainen).", block: true },
      name: { kind: "Name", value: "Professional" },
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
          description: { kind: "StringValue", value: "E.g. social worker, school curator, psychologist.", block: true },
          name: { kind: "Name", value: "profession" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "organization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "active" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A team of professionals: a client's multidisciplinary team (MOTI team), an area team (aluetiimi),\na family centre team, or a group steering the rollout.",
        block: true,
      },
      name: { kind: "Name", value: "Team" },
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
          name: { kind: "Name", value: "name" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TeamKind" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "members" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TeamMember" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The clients this team works with; only those the viewer may see.",
            block: true,
          },
          name: { kind: "Name", value: "clients" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      name: { kind: "Name", value: "TeamKind" },
      directives: [],
      values: [
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CLIENT_TEAM" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "AREA_TEAM" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "FAMILY_CENTRE_TEAM" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "STEERING_GROUP" }, directives: [] },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "TeamMember" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "role" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "since" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
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
          description: { kind: "StringValue", value: "The teams that work with this client.", block: true },
          name: { kind: "Name", value: "teams" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Team" } } },
            },
          },
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
          name: { kind: "Name", value: "team" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Team" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "teams" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Team" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "organization" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "organizations" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "professional" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
