import type { DocumentNode } from "graphql";
export const typeDefs = {
  kind: "Document",
  definitions: [
    {
      kind: "DirectiveDefinition",
      description: {
        kind: "StringValue",
        value:
          "The most an argument or input field accepts: characters of a String (of each String of a list) and\nitems of a list. More is refused with BAD_USER_INPUT, rule `max_length` or `max_items`, before any work\nis done. (Every `ID` argument is a UUID; strings must not contain NUL, U+0000.)",
        block: true,
      },
      name: { kind: "Name", value: "bounded" },
      arguments: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "maxLength" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "maxItems" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
      ],
      directives: [],
      repeatable: false,
      locations: [
        { kind: "Name", value: "ARGUMENT_DEFINITION" },
        { kind: "Name", value: "INPUT_FIELD_DEFINITION" },
      ],
    },
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
              value: {
                kind: "ListValue",
                values: [
                  { kind: "StringValue", value: "@key", block: false },
                  { kind: "StringValue", value: "@composeDirective", block: false },
                ],
              },
            },
          ],
        },
        {
          kind: "Directive",
          name: { kind: "Name", value: "link" },
          arguments: [
            {
              kind: "Argument",
              name: { kind: "Name", value: "url" },
              value: { kind: "StringValue", value: "https://silta.fi/bounded/v1.0", block: false },
            },
            {
              kind: "Argument",
              name: { kind: "Name", value: "import" },
              value: { kind: "ListValue", values: [{ kind: "StringValue", value: "@bounded", block: false }] },
            },
          ],
        },
        {
          kind: "Directive",
          name: { kind: "Name", value: "composeDirective" },
          arguments: [
            {
              kind: "Argument",
              name: { kind: "Name", value: "name" },
              value: { kind: "StringValue", value: "@bounded", block: false },
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
        {
          kind: "OperationTypeDefinition",
          type: { kind: "NamedType", name: { kind: "Name", value: "Mutation" } },
          operation: "mutation",
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
      kind: "ScalarTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A point in time, ISO 8601 with time zone (`2026-11-23T09:30:00.000Z`).",
        block: true,
      },
      name: { kind: "Name", value: "DateTime" },
      directives: [],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A client of the county's family, social or disability services (asiakas). Owned by the clients\nsubgraph; the other subgraphs add the client's team, consents and FIT measurements. Every field is\nchecked and logged by data category: names, birth date, language, identity code and relationships\nare `basic`; contact details `contact`; concerns `concerns`; the plan `service_plan`. A field the\nviewer may not see is null with `FORBIDDEN` at its path, so every field but `id` is nullable: a\ndenial never takes the client, its other subgraphs' fields or the rest of the response with it.",
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
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "lastName" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
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
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
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
          type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "True when the client has a personal identity code (henkilötunnus) on record.",
            block: true,
          },
          name: { kind: "Name", value: "hasIdentityCode" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The personal identity code (henkilötunnus), masked by default (`131052-****`). `unmasked: true`\nshows it in full; that is logged as its own access. Null when the client has none.",
            block: true,
          },
          name: { kind: "Name", value: "identityCode" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "unmasked" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
              defaultValue: { kind: "BooleanValue", value: false },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "An organisation-issued temporary identifier, for a person without an identity code.",
            block: true,
          },
          name: { kind: "Name", value: "temporaryIdentifier" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Non-disclosure order (turvakielto): address and municipality are shown to nobody but the client's\nown responsible worker.",
            block: true,
          },
          name: { kind: "Name", value: "hasNonDisclosureOrder" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Address, municipality, phone and email (category `contact`). Null for a client under a\nnon-disclosure order, unless the viewer is the client's responsible worker.",
            block: true,
          },
          name: { kind: "Name", value: "contact" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ClientContact" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Client relationships (asiakassuhde): which organisation serves the client in which service task.",
            block: true,
          },
          name: { kind: "Name", value: "relationships" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "includeEnded" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
              defaultValue: { kind: "BooleanValue", value: false },
              directives: [],
            },
          ],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientRelationship" } } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The families (perhe) the client belongs to, with their relation in each.",
            block: true,
          },
          name: { kind: "Name", value: "families" },
          arguments: [],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyMembership" } } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The client's current guardians (huoltaja).", block: true },
          name: { kind: "Name", value: "guardians" },
          arguments: [],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Guardianship" } } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Concerns (huoli) raised about this client, newest first (category `concerns`).",
            block: true,
          },
          name: { kind: "Name", value: "concerns" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "status" },
              type: {
                kind: "ListType",
                type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernStatus" } } },
              },
              directives: [
                {
                  kind: "Directive",
                  name: { kind: "Name", value: "bounded" },
                  arguments: [
                    { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "10" } },
                  ],
                },
              ],
            },
          ],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Concern" } } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client's own shared service plan (category `service_plan`), or null when there is none.",
            block: true,
          },
          name: { kind: "Name", value: "servicePlan" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ServicePlan" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "How to reach a client (category `contact`).", block: true },
      name: { kind: "Name", value: "ClientContact" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "streetAddress" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "postalCode" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "postOffice" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Statistics Finland's three-digit municipality code (kuntanumero), e.g. `091` for Helsinki.",
            block: true,
          },
          name: { kind: "Name", value: "municipalityCode" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "phone" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "email" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A client relationship (asiakassuhde): an organisation serves the client in a service task.",
        block: true,
      },
      name: { kind: "Name", value: "ClientRelationship" },
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
          name: { kind: "Name", value: "organization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The service task, a code such as `child_protection` or `family_social_work`.",
            block: true,
          },
          name: { kind: "Name", value: "serviceTask" },
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
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Null while open-ended.", block: true },
          name: { kind: "Name", value: "until" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "isActive" },
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
          'A family (perhe): clients with their relation in the family. "Family first": the family\'s concerns\nand plan are seen as a whole.',
        block: true,
      },
      name: { kind: "Name", value: "Family" },
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
          description: {
            kind: "StringValue",
            value: "What the professionals call the family, e.g. `Virtanen family`.",
            block: true,
          },
          name: { kind: "Name", value: "name" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The members the viewer may see.", block: true },
          name: { kind: "Name", value: "members" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyMember" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Current guardianships among the members the viewer may see.", block: true },
          name: { kind: "Name", value: "guardianships" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Guardianship" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Concerns about the family as a whole and about each member the viewer may see, newest first.",
            block: true,
          },
          name: { kind: "Name", value: "concerns" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "status" },
              type: {
                kind: "ListType",
                type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernStatus" } } },
              },
              directives: [
                {
                  kind: "Directive",
                  name: { kind: "Name", value: "bounded" },
                  arguments: [
                    { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "10" } },
                  ],
                },
              ],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Concern" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The family's shared service plan, or null when there is none.",
            block: true,
          },
          name: { kind: "Name", value: "servicePlan" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ServicePlan" } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      name: { kind: "Name", value: "FamilyRelation" },
      directives: [],
      values: [
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "GUARDIAN" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "PARENT" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CHILD" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "SIBLING" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "SPOUSE" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "OTHER" }, directives: [] },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "FamilyMember" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "relation" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyRelation" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "One of a client's families, with the client's relation in it.", block: true },
      name: { kind: "Name", value: "FamilyMembership" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "family" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Family" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "relation" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyRelation" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "Guardianship (huoltajuus) of a minor.", block: true },
      name: { kind: "Name", value: "Guardianship" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "guardian" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "child" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "since" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "until" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A concern (huoli): somebody is worried about a client or a family. The team must react by the\ndeadline with a first joint meeting (yhteistapaaminen).",
        block: true,
      },
      name: { kind: "Name", value: "Concern" },
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
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernKind" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client the concern is about, or null when it is about a family.",
            block: true,
          },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The family the concern is about, or null when it is about one client.",
            block: true,
          },
          name: { kind: "Name", value: "family" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Family" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "What worries them, in concrete words.", block: true },
          name: { kind: "Name", value: "description" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "raisedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernRaiser" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Viewer id of who recorded the concern in Silta (a professional, the client, or an integration).",
            block: true,
          },
          name: { kind: "Name", value: "recordedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "raisedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The Finnish day it was raised: the deadline counts from here.",
            block: true,
          },
          name: { kind: "Name", value: "raisedOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The service whose rule set the deadline, e.g. `child_protection`.",
            block: true,
          },
          name: { kind: "Name", value: "service" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "deadlineRule" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DeadlineRule" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The last day of the reaction deadline.", block: true },
          name: { kind: "Name", value: "deadline" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "status" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernStatus" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "True while not reacted to and the deadline has passed (computed for today, not stored).",
            block: true,
          },
          name: { kind: "Name", value: "isOverdue" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Calendar days from today to the deadline; 0 on the last day, negative when overdue. Null once reacted to.",
            block: true,
          },
          name: { kind: "Name", value: "daysLeft" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Working days (weekdays that are not Finnish public holidays) after today up to the deadline. Null once reacted to.",
            block: true,
          },
          name: { kind: "Name", value: "workingDaysLeft" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
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
          name: { kind: "Name", value: "team" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Team" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "responsibleProfessional" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The first joint meeting, once held.", block: true },
          name: { kind: "Name", value: "reaction" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ConcernReaction" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How the concern was closed, once closed.", block: true },
          name: { kind: "Name", value: "closure" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ConcernClosure" } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      name: { kind: "Name", value: "ConcernStatus" },
      directives: [],
      values: [
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "RAISED" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "REACTED" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CLOSED" }, directives: [] },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "What kind of concern was raised.", block: true },
      name: { kind: "Name", value: "ConcernKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "A concern (huoli) raised within the team's work: needs a lawful basis for the client's concerns.",
            block: true,
          },
          name: { kind: "Name", value: "CONCERN" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value:
              'A child welfare notice (lastensuojeluilmoitus, Child Welfare Act 417/2007, 25 §) about a minor:\nany professional may, and must, raise one, with no client relationship and no consent. It goes to\nchild protection (`service: "child_protection"`), names no team or responsible professional, and\nlets the raiser read nothing but their own notices (`myChildWelfareNotices`).',
            block: true,
          },
          name: { kind: "Name", value: "CHILD_WELFARE_NOTICE" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "What the raiser of a child welfare notice may know of it: what they raised and whether child\nprotection has acknowledged it, nothing of the child's other data.",
        block: true,
      },
      name: { kind: "Name", value: "ChildWelfareNoticeReceipt" },
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
          description: {
            kind: "StringValue",
            value: "The child the notice is about (their id only; the raiser's other access decides the rest).",
            block: true,
          },
          name: { kind: "Name", value: "clientId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "description" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "raisedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "raisedOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "True once child protection has reacted to the notice (or closed it).",
            block: true,
          },
          name: { kind: "Name", value: "acknowledged" },
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
        value: "Who raised a concern: a professional, or a member of the family (a client).",
        block: true,
      },
      name: { kind: "Name", value: "ConcernRaiser" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "familyMember" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "The first joint meeting held about a concern (at least the responsible worker and the client).",
        block: true,
      },
      name: { kind: "Name", value: "ConcernReaction" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "meetingOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "attendingProfessionals" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "attendingClients" },
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
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "recordedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "recordedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "ConcernClosure" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "closedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "closedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "note" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A reaction deadline rule from the county's configuration.", block: true },
      name: { kind: "Name", value: "DeadlineRule" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "code" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "description" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How many days the rule gives.", block: true },
          name: { kind: "Name", value: "days" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "unit" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DeadlineUnit" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The services the rule is the default for.", block: true },
          name: { kind: "Name", value: "services" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      name: { kind: "Name", value: "DeadlineUnit" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Every day counts.", block: true },
          name: { kind: "Name", value: "CALENDAR_DAYS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Weekends, Finnish public holidays, Midsummer Eve and Christmas Eve do not count (arkipäivät).",
            block: true,
          },
          name: { kind: "Name", value: "WORKING_DAYS" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "The shared service plan (yhteinen palvelusuunnitelma, asiakassuunnitelma) of a client or a family.",
        block: true,
      },
      name: { kind: "Name", value: "ServicePlan" },
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
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "family" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Family" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The client's own best goals, in their words.", block: true },
          name: { kind: "Name", value: "goals" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "agreements" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Agreement" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Reviews, newest first.", block: true },
          name: { kind: "Name", value: "reviews" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PlanReview" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Who changed what and when, oldest first.", block: true },
          name: { kind: "Name", value: "history" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PlanChange" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Bumped by every change; pass it back as `expectedVersion` to update goals.",
            block: true,
          },
          name: { kind: "Name", value: "version" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "createdAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "updatedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "An agreement of the plan: what the concern is, what happens next, who is responsible, and what\nfollows if it does not happen.",
        block: true,
      },
      name: { kind: "Name", value: "Agreement" },
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
          description: { kind: "StringValue", value: "(a) What the concern is.", block: true },
          name: { kind: "Name", value: "concern" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "(b) The next action.", block: true },
          name: { kind: "Name", value: "nextAction" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "(c) Who is responsible: a professional or a family member.", block: true },
          name: { kind: "Name", value: "responsible" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ResponsibleParty" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "(d) What follows if it does not happen.", block: true },
          name: { kind: "Name", value: "ifNotDone" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How it is followed up.", block: true },
          name: { kind: "Name", value: "followUp" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "dueOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "status" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AgreementStatus" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "True while open and past its due date (computed for today).", block: true },
          name: { kind: "Name", value: "isOverdue" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "ResponsibleParty" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "familyMember" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      name: { kind: "Name", value: "AgreementStatus" },
      directives: [],
      values: [
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "OPEN" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "DONE" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "NOT_DONE" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CHANGED" }, directives: [] },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A review (arviointi) of the plan.", block: true },
      name: { kind: "Name", value: "PlanReview" },
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
          name: { kind: "Name", value: "reviewedOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "What was found.", block: true },
          name: { kind: "Name", value: "findings" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "What changed.", block: true },
          name: { kind: "Name", value: "changes" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "recordedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "One change in a plan's history.", block: true },
      name: { kind: "Name", value: "PlanChange" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "at" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Viewer id of who made the change.", block: true },
          name: { kind: "Name", value: "actorId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "What happened: `created`, `goals_updated`, `agreement_added`, `agreement_status_changed`, `reviewed`.",
            block: true,
          },
          name: { kind: "Name", value: "action" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "agreementId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The changed fields, before and after, as JSON.", block: true },
          name: { kind: "Name", value: "details" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
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
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Search criteria; at least one. Name words match the start of the first or last name.",
        block: true,
      },
      name: { kind: "Name", value: "ClientSearch" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "name" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "200" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "birthDate" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Exact match through the keyed hash; never logged.", block: true },
          name: { kind: "Name", value: "identityCode" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "20" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "ClientConnection" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The first `first` matches the viewer may see, after `after`. Matches the viewer may not see are\nleft out before paging: they are not counted, not shown and never a cursor's position.",
            block: true,
          },
          name: { kind: "Name", value: "edges" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientEdge" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "pageInfo" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientPageInfo" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "ClientEdge" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "cursor" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "node" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "ClientPageInfo" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "True when a further match the viewer may see exists.", block: true },
          name: { kind: "Name", value: "hasNextPage" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Opaque, sealed for this viewer and this search: pass it back unchanged as `after` of the same query.",
            block: true,
          },
          name: { kind: "Name", value: "endCursor" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "True when the search examined its maximum of 500 matches before the page was full: the page holds\nwhat was found so far and cannot be continued; narrow the search.",
            block: true,
          },
          name: { kind: "Name", value: "truncated" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "Which concerns: any combination narrows the list. Team and organisation are the ids given when the concern was raised.",
        block: true,
      },
      name: { kind: "Name", value: "ConcernFilter" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "responsibleProfessionalId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "teamId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
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
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Clients by name, birth date or identity code the viewer may see, ordered by last name, first\nname; Relay-style pages of `first` (default 20, at most 100). Each match is decided and logged as\nthe page is filled; at most 500 matches are examined per request (`pageInfo.truncated`).",
            block: true,
          },
          name: { kind: "Name", value: "clients" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "search" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientSearch" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "20" },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "after" },
              type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
              directives: [
                {
                  kind: "Directive",
                  name: { kind: "Name", value: "bounded" },
                  arguments: [
                    { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "200" } },
                  ],
                },
              ],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientConnection" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "family" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Family" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "concern" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Concern" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The child welfare notices the viewer (a professional) raised, newest first: each with whether it\nwas acknowledged. The one read of a notice its raiser has without a lawful basis for the child.",
            block: true,
          },
          name: { kind: "Name", value: "myChildWelfareNotices" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "50" },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "ChildWelfareNoticeReceipt" } },
              },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Concerns not yet reacted to whose deadline is today or within `withinDays` days, earliest first:\nthe first `first` (default 100, at most 500) the viewer may see. At most 2000 concerns are examined\nper request; beyond that the answer is `BAD_USER_INPUT` (`too_broad`): narrow the filter.",
            block: true,
          },
          name: { kind: "Name", value: "concernsDueSoon" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "filter" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernFilter" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "withinDays" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "2" },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "100" },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Concern" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Concerns not reacted to by their deadline, most overdue first: the first `first` (default 100, at\nmost 500) the viewer may see, examined as `concernsDueSoon`.",
            block: true,
          },
          name: { kind: "Name", value: "overdueConcerns" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "filter" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernFilter" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "100" },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Concern" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The deadline rules in force.", block: true },
          name: { kind: "Name", value: "deadlineRules" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DeadlineRule" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "servicePlan" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "ServicePlan" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "ContactInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "streetAddress" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "200" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "postalCode" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "20" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "postOffice" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "municipalityCode" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "phone" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "50" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "email" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "254" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "CreateClientInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same create again returns the same client.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Personal identity code. A client with the same code is returned instead of a duplicate.",
            block: true,
          },
          name: { kind: "Name", value: "identityCode" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "20" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Organisation-issued temporary identifier, for a person without an identity code.",
            block: true,
          },
          name: { kind: "Name", value: "temporaryIdentifier" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "firstName" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "lastName" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Required without an identity code; with one, it must agree with it.",
            block: true,
          },
          name: { kind: "Name", value: "birthDate" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "language" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "35" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "controllerOrganizationId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "hasNonDisclosureOrder" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "contact" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ContactInput" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "CreateClientPayload" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "False when a client with the same identity code (or id) already existed and was returned.",
            block: true,
          },
          name: { kind: "Name", value: "created" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Only the fields given change; `contact` replaces all contact details.",
        block: true,
      },
      name: { kind: "Name", value: "UpdateClientInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "id" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "firstName" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "lastName" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "language" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "35" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "hasNonDisclosureOrder" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "contact" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ContactInput" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "StartClientRelationshipInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "serviceTask" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "since" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "until" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "EndClientRelationshipInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "relationshipId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "until" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "FamilyMemberInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "relation" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyRelation" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "CreateFamilyInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "name" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "200" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "members" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyMemberInput" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "50" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "AddFamilyMemberInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "relation" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyRelation" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "RemoveFamilyMemberInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "AddGuardianInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "childClientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "guardianClientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "since" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "until" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "RemoveGuardianInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "childClientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "guardianClientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "until" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "RaiseConcernInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "CHILD_WELFARE_NOTICE: a child welfare notice about a minor (`clientId`), allowed to any\nprofessional; `service` must then be `child_protection`, and `teamId`, `responsibleProfessionalId`,\n`familyId` and `raisedByClientId` must be absent.",
            block: true,
          },
          name: { kind: "Name", value: "kind" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ConcernKind" } },
          defaultValue: { kind: "EnumValue", value: "CONCERN" },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Exactly one of clientId and familyId.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "description" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The day it was raised, when earlier than today (e.g. a concern phoned in yesterday); default today.",
            block: true,
          },
          name: { kind: "Name", value: "raisedOn" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Set when a family member raises the concern; otherwise the viewer (a professional) raised it.",
            block: true,
          },
          name: { kind: "Name", value: "raisedByClientId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The service, e.g. `child_protection`: picks its deadline rule unless `deadlineRuleCode` is given.",
            block: true,
          },
          name: { kind: "Name", value: "service" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "deadlineRuleCode" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "teamId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "responsibleProfessionalId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "ReactToConcernInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "concernId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "meetingOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Must include the responsible worker.", block: true },
          name: { kind: "Name", value: "attendingProfessionalIds" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Must include the client (for a family concern, a member of the family).",
            block: true,
          },
          name: { kind: "Name", value: "attendingClientIds" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Sets the responsible worker when the concern has none yet.", block: true },
          name: { kind: "Name", value: "responsibleProfessionalId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "CloseConcernInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "concernId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "note" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10000" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "CreateServicePlanInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Exactly one of clientId and familyId.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "goals" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "50" } },
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "2000" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "UpdateServicePlanGoalsInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "planId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "goals" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "50" } },
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "2000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "expectedVersion" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "ResponsiblePartyInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "professionalId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "A member of the family (the client themself, or a member of one of their families).",
            block: true,
          },
          name: { kind: "Name", value: "familyMemberClientId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "AddAgreementInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "planId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "concern" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "nextAction" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "responsible" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ResponsiblePartyInput" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "ifNotDone" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "followUp" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "dueOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "SetAgreementStatusInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "agreementId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "status" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AgreementStatus" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "RecordPlanReviewInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "planId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "reviewedOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "findings" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "changes" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "10000" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "Mutation" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "createClient" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateClientInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateClientPayload" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "updateClient" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UpdateClientInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "startClientRelationship" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "StartClientRelationshipInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientRelationship" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "endClientRelationship" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "EndClientRelationshipInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientRelationship" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "createFamily" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateFamilyInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Family" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "addFamilyMember" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AddFamilyMemberInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Family" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "removeFamilyMember" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "RemoveFamilyMemberInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Family" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "addGuardian" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AddGuardianInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Guardianship" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "removeGuardian" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RemoveGuardianInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Guardianship" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "raiseConcern" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RaiseConcernInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Concern" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "reactToConcern" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ReactToConcernInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Concern" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "closeConcern" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CloseConcernInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Concern" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "createServicePlan" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateServicePlanInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ServicePlan" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "updateServicePlanGoals" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "UpdateServicePlanGoalsInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ServicePlan" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "addAgreement" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AddAgreementInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Agreement" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "setAgreementStatus" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "SetAgreementStatusInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Agreement" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "recordPlanReview" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RecordPlanReviewInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PlanReview" } } },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
