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
          description: {
            kind: "StringValue",
            value: "Most characters a String (or each String of a list) may have.",
            block: true,
          },
          name: { kind: "Name", value: "maxLength" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Most items a list may have.", block: true },
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
      kind: "DirectiveDefinition",
      description: {
        kind: "StringValue",
        value:
          "The access rule of a field that returns a client's data: before the field resolves, the viewer's\nlawful basis to read the category of this client's data is decided and logged (docs/access.md); without\none the field is null with FORBIDDEN at its path. Enforced by the kernel for every field that carries it.",
        block: true,
      },
      name: { kind: "Name", value: "clientData" },
      arguments: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The category of the client's data the field returns.", block: true },
          name: { kind: "Name", value: "category" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientDataCategory" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "The field of the parent object (as its resolver receives it) that holds the client's id: `id` on\n`Client`, `clientId` on the client's own records.",
            block: true,
          },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          defaultValue: { kind: "StringValue", value: "id", block: false },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "The field holding the service task (palvelutehtävä) the data belongs to, so that a ban of one task's\ndata applies only to it: of each record, when the field returns a list of the client's records (the\nlist is decided per task and keeps only the allowed records); otherwise of the parent.",
            block: true,
          },
          name: { kind: "Name", value: "serviceTask" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "For a record that may be a family's instead of one client's: the parent's field holding the family's\nid. When the client id is null and this is set, the field is left to the resolver that reached the\nrecord, which decided the category for every member of the family.",
            block: true,
          },
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "For a record that may be answered to the professional who raised it as a notice (a child welfare\nnotice): the parent's field naming that professional, set only by the mutation that raised it. For\nthem the field is decided for the `notify` right, the one a notice gives its raiser.",
            block: true,
          },
          name: { kind: "Name", value: "noticeRaisedBy" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
      ],
      directives: [],
      repeatable: false,
      locations: [{ kind: "Name", value: "FIELD_DEFINITION" }],
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
        {
          kind: "Directive",
          name: { kind: "Name", value: "link" },
          arguments: [
            {
              kind: "Argument",
              name: { kind: "Name", value: "url" },
              value: { kind: "StringValue", value: "https://silta.fi/clientData/v1.0", block: false },
            },
            {
              kind: "Argument",
              name: { kind: "Name", value: "import" },
              value: { kind: "ListValue", values: [{ kind: "StringValue", value: "@clientData", block: false }] },
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
              value: { kind: "StringValue", value: "@clientData", block: false },
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
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Categories of client data an access decision is made for (only what the task requires, Act 703/2023).",
        block: true,
      },
      name: { kind: "Name", value: "ClientDataCategory" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Name, birth date, language, identity code, relationships, families, guardians.",
            block: true,
          },
          name: { kind: "Name", value: "basic" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Address, phone and email.", block: true },
          name: { kind: "Name", value: "contact" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Concerns (huolet) and child welfare notices.", block: true },
          name: { kind: "Name", value: "concerns" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The service plan, its agreements and reviews.", block: true },
          name: { kind: "Name", value: "service_plan" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The client's teams, responsible worker, team members and meetings.",
            block: true,
          },
          name: { kind: "Name", value: "team" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Consents, bans and statutory bases: whom the client lets see what.",
            block: true,
          },
          name: { kind: "Name", value: "consents" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "FIT episodes, sessions and measurements.", block: true },
          name: { kind: "Name", value: "fit" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "The access log of the client (käyttöloki): who read or changed their data. Only the client, their\nguardian and a data protection officer may read it.",
            block: true,
          },
          name: { kind: "Name", value: "access_log" },
          directives: [],
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
          description: { kind: "StringValue", value: "The client's id (a UUID), the same in every subgraph.", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "First name(s) (category `basic`).", block: true },
          name: { kind: "Name", value: "firstName" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Last name (category `basic`).", block: true },
          name: { kind: "Name", value: "lastName" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Derived from the identity code when the client has one.", block: true },
          name: { kind: "Name", value: "birthDate" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
              description: {
                kind: "StringValue",
                value:
                  "True to see the whole code; the read is logged as its own access. Default false: only the birth\ndate and century sign (`131052-****`).",
                block: true,
              },
              name: { kind: "Name", value: "unmasked" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
              defaultValue: { kind: "BooleanValue", value: false },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "contact" } },
              ],
            },
          ],
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
              description: {
                kind: "StringValue",
                value: "True to list ended relationships as well. Default false: only those active today.",
                block: true,
              },
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
              ],
            },
          ],
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
              description: {
                kind: "StringValue",
                value: "Only concerns in these states; every state when omitted.",
                block: true,
              },
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
              ],
            },
          ],
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
          description: { kind: "StringValue", value: "Street address, e.g. `Mannerheimintie 1 A 2`.", block: true },
          name: { kind: "Name", value: "streetAddress" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "contact" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Postal code, five digits (`00100`).", block: true },
          name: { kind: "Name", value: "postalCode" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "contact" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Post office (postitoimipaikka), e.g. `Helsinki`.", block: true },
          name: { kind: "Name", value: "postOffice" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "contact" } },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "contact" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Phone number as given, e.g. `+358 40 123 4567`.", block: true },
          name: { kind: "Name", value: "phone" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "contact" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Email address.", block: true },
          name: { kind: "Name", value: "email" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "contact" } },
              ],
            },
          ],
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
          description: {
            kind: "StringValue",
            value: "The relationship's id (a UUID); pass it to `endClientRelationship`.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The organisation that serves the client; its professionals may read the client's data while the\nrelationship is active.",
            block: true,
          },
          name: { kind: "Name", value: "organization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The first day of the relationship.", block: true },
          name: { kind: "Name", value: "since" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Null while open-ended.", block: true },
          name: { kind: "Name", value: "until" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "True when today falls between `since` and `until` (in the county's time zone).",
            block: true,
          },
          name: { kind: "Name", value: "isActive" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
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
          description: { kind: "StringValue", value: "The family's id (a UUID).", block: true },
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
              description: {
                kind: "StringValue",
                value: "Only concerns in these states; every state when omitted.",
                block: true,
              },
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
      description: { kind: "StringValue", value: "A member's relation in a family.", block: true },
      name: { kind: "Name", value: "FamilyRelation" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "A guardian (huoltaja) of the family's children who is not a parent.",
            block: true,
          },
          name: { kind: "Name", value: "GUARDIAN" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A parent (vanhempi).", block: true },
          name: { kind: "Name", value: "PARENT" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A child (lapsi).", block: true },
          name: { kind: "Name", value: "CHILD" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "A sibling of a child of the family, e.g. an adult sibling living elsewhere.",
            block: true,
          },
          name: { kind: "Name", value: "SIBLING" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "A spouse or partner (puoliso) who is not a parent of the children.",
            block: true,
          },
          name: { kind: "Name", value: "SPOUSE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Another member, e.g. a grandparent living with the family.", block: true },
          name: { kind: "Name", value: "OTHER" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A member of a family.", block: true },
      name: { kind: "Name", value: "FamilyMember" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The member as a client. Only members whose basic data the viewer may see are listed.",
            block: true,
          },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Their relation in the family.", block: true },
          name: { kind: "Name", value: "relation" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyRelation" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
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
          description: { kind: "StringValue", value: "The family.", block: true },
          name: { kind: "Name", value: "family" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Family" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The client's relation in it.", block: true },
          name: { kind: "Name", value: "relation" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyRelation" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
              ],
            },
          ],
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
          description: { kind: "StringValue", value: "The guardian (huoltaja), a client aged 18 or more.", block: true },
          name: { kind: "Name", value: "guardian" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "childClientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The minor in their custody.", block: true },
          name: { kind: "Name", value: "child" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "childClientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The first day of the guardianship.", block: true },
          name: { kind: "Name", value: "since" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "childClientId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The last day; null while it lasts.", block: true },
          name: { kind: "Name", value: "until" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "basic" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "childClientId", block: false },
                },
              ],
            },
          ],
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
          description: { kind: "StringValue", value: "The concern's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "CONCERN, or CHILD_WELFARE_NOTICE for a child welfare notice (lastensuojeluilmoitus) raised without\na client relationship.",
            block: true,
          },
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernKind" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "What worries them, in concrete words.", block: true },
          name: { kind: "Name", value: "description" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Who raised it: a professional or a family member.", block: true },
          name: { kind: "Name", value: "raisedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernRaiser" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "When it was recorded in Silta.", block: true },
          name: { kind: "Name", value: "raisedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The rule that set the deadline (its days and whether they are working days).",
            block: true,
          },
          name: { kind: "Name", value: "deadlineRule" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DeadlineRule" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The last day of the reaction deadline.", block: true },
          name: { kind: "Name", value: "deadline" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Raised, reacted to (first joint meeting held) or closed.", block: true },
          name: { kind: "Name", value: "status" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernStatus" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The organisation that handles the concern.", block: true },
          name: { kind: "Name", value: "organization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The team that handles it; null when none was named.", block: true },
          name: { kind: "Name", value: "team" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Team" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The professional responsible for reacting; null until one is named.",
            block: true,
          },
          name: { kind: "Name", value: "responsibleProfessional" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The first joint meeting, once held.", block: true },
          name: { kind: "Name", value: "reaction" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ConcernReaction" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How the concern was closed, once closed.", block: true },
          name: { kind: "Name", value: "closure" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ConcernClosure" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Where a concern stands.", block: true },
      name: { kind: "Name", value: "ConcernStatus" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Raised and not yet reacted to: the deadline runs.", block: true },
          name: { kind: "Name", value: "RAISED" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The first joint meeting was held; the deadline no longer applies.",
            block: true,
          },
          name: { kind: "Name", value: "REACTED" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Closed; kept in the record.", block: true },
          name: { kind: "Name", value: "CLOSED" },
          directives: [],
        },
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
          description: {
            kind: "StringValue",
            value: "The notice's id (a UUID), the id of the concern it was recorded as.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "What the raiser wrote in the notice.", block: true },
          name: { kind: "Name", value: "description" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "When the notice was recorded.", block: true },
          name: { kind: "Name", value: "raisedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The county's calendar day the notice was raised on (its reaction deadline counts from it).",
            block: true,
          },
          name: { kind: "Name", value: "raisedOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          description: {
            kind: "StringValue",
            value: "The professional who raised it; null when a family member did.",
            block: true,
          },
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The family member (a client) who raised it; null when a professional did.",
            block: true,
          },
          name: { kind: "Name", value: "familyMember" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          description: { kind: "StringValue", value: "The day of the first joint meeting (yhteistapaaminen).", block: true },
          name: { kind: "Name", value: "meetingOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The professionals who took part, the responsible worker included.",
            block: true,
          },
          name: { kind: "Name", value: "attendingProfessionals" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The clients who took part: the client, or members of the family.",
            block: true,
          },
          name: { kind: "Name", value: "attendingClients" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Viewer id of who recorded the reaction.", block: true },
          name: { kind: "Name", value: "recordedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "When it was recorded.", block: true },
          name: { kind: "Name", value: "recordedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "How a concern was closed.", block: true },
      name: { kind: "Name", value: "ConcernClosure" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Viewer id of who closed it.", block: true },
          name: { kind: "Name", value: "closedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "When it was closed.", block: true },
          name: { kind: "Name", value: "closedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Why it was closed, when a note was given (at most 4,000 characters).",
            block: true,
          },
          name: { kind: "Name", value: "note" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "concerns" } },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "serviceTask" },
                  value: { kind: "StringValue", value: "service", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "noticeRaisedBy" },
                  value: { kind: "StringValue", value: "noticeRaisedBy", block: false },
                },
              ],
            },
          ],
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
          description: {
            kind: "StringValue",
            value:
              "The rule's code, e.g. `first_joint_meeting` (3 days) or `child_protection_assessment_decision` (7\nworking days); pass it as `deadlineRuleCode` to choose it.",
            block: true,
          },
          name: { kind: "Name", value: "code" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "What the rule is and where it comes from (a county agreement or a statute).",
            block: true,
          },
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
          description: { kind: "StringValue", value: "Calendar days or working days.", block: true },
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
      description: { kind: "StringValue", value: "How deadline days are counted.", block: true },
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
          description: { kind: "StringValue", value: "The plan's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The client whose plan it is; null for a family's plan.", block: true },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The family whose plan it is; null for one client's plan.", block: true },
          name: { kind: "Name", value: "family" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Family" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The agreements, oldest first.", block: true },
          name: { kind: "Name", value: "agreements" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Agreement" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "When the plan was created.", block: true },
          name: { kind: "Name", value: "createdAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "When it last changed.", block: true },
          name: { kind: "Name", value: "updatedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
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
          description: { kind: "StringValue", value: "The agreement's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "(a) What the concern is.", block: true },
          name: { kind: "Name", value: "concern" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "(b) The next action.", block: true },
          name: { kind: "Name", value: "nextAction" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "(c) Who is responsible: a professional or a family member.", block: true },
          name: { kind: "Name", value: "responsible" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ResponsibleParty" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "(d) What follows if it does not happen.", block: true },
          name: { kind: "Name", value: "ifNotDone" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How it is followed up.", block: true },
          name: { kind: "Name", value: "followUp" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The day by which the next action should be done.", block: true },
          name: { kind: "Name", value: "dueOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Open, done, not done or changed.", block: true },
          name: { kind: "Name", value: "status" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AgreementStatus" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "True while open and past its due date (computed for today).", block: true },
          name: { kind: "Name", value: "isOverdue" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Who is responsible for an agreement: exactly one of a professional and a family member.",
        block: true,
      },
      name: { kind: "Name", value: "ResponsibleParty" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The responsible professional; null when a family member is.", block: true },
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The responsible family member (a client); null when a professional is.",
            block: true,
          },
          name: { kind: "Name", value: "familyMember" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Where an agreement stands.", block: true },
      name: { kind: "Name", value: "AgreementStatus" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Not done yet.", block: true },
          name: { kind: "Name", value: "OPEN" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Done as agreed.", block: true },
          name: { kind: "Name", value: "DONE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Not done: what was agreed under `ifNotDone` follows.", block: true },
          name: { kind: "Name", value: "NOT_DONE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Changed: it no longer holds as written; the plan's history shows when and by whom.",
            block: true,
          },
          name: { kind: "Name", value: "CHANGED" },
          directives: [],
        },
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
          description: { kind: "StringValue", value: "The review's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The day of the review.", block: true },
          name: { kind: "Name", value: "reviewedOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "What was found.", block: true },
          name: { kind: "Name", value: "findings" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "What changed.", block: true },
          name: { kind: "Name", value: "changes" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Viewer id of who recorded it.", block: true },
          name: { kind: "Name", value: "recordedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
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
          description: { kind: "StringValue", value: "When the change was made.", block: true },
          name: { kind: "Name", value: "at" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Viewer id of who made the change.", block: true },
          name: { kind: "Name", value: "actorId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
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
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The agreement changed, for agreement actions.", block: true },
          name: { kind: "Name", value: "agreementId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The changed fields, before and after, as JSON.", block: true },
          name: { kind: "Name", value: "details" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "service_plan" },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "clientId" },
                  value: { kind: "StringValue", value: "clientId", block: false },
                },
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "familyId" },
                  value: { kind: "StringValue", value: "familyId", block: false },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "An organisation (teams subgraph): a client's controller, a relationship's organisation, or a\nconcern's handler.",
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
            { kind: "Argument", name: { kind: "Name", value: "resolvable" }, value: { kind: "BooleanValue", value: false } },
          ],
        },
      ],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The organisation's id (a UUID), the same in every subgraph.", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A professional (teams subgraph).", block: true },
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
          description: { kind: "StringValue", value: "The professional's id (a UUID), the same in every subgraph.", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A team (teams subgraph) handling a concern.", block: true },
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
          description: { kind: "StringValue", value: "The team's id (a UUID), the same in every subgraph.", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "One or more words, each at least two letters; every word must match the start of the first or last\nname (case-insensitive).",
            block: true,
          },
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
          description: { kind: "StringValue", value: "The exact birth date.", block: true },
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
      description: { kind: "StringValue", value: "A page of client search results.", block: true },
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
          description: { kind: "StringValue", value: "Whether and where the results go on.", block: true },
          name: { kind: "Name", value: "pageInfo" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientPageInfo" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "One matching client with its place in the results.", block: true },
      name: { kind: "Name", value: "ClientEdge" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Opaque; pass as `after` to continue after this client.", block: true },
          name: { kind: "Name", value: "cursor" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The client.", block: true },
          name: { kind: "Name", value: "node" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "Where a page of clients ends.", block: true },
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
          description: { kind: "StringValue", value: "Only concerns this professional is responsible for.", block: true },
          name: { kind: "Name", value: "responsibleProfessionalId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Only concerns of this team.", block: true },
          name: { kind: "Name", value: "teamId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Only concerns of this organisation.", block: true },
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
              description: { kind: "StringValue", value: "The client's id (a UUID).", block: true },
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
              "Clients by name, birth date or identity code the viewer may see, ordered by last name, first\nname (letter case ignored), then id; Relay-style pages of `first` (default 20, at most 100). Only\nthe clients shown are logged; at most 500 matches are examined per request (`pageInfo.truncated`).",
            block: true,
          },
          name: { kind: "Name", value: "clients" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "What to look for: at least one of name, birth date and identity code.",
                block: true,
              },
              name: { kind: "Name", value: "search" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientSearch" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Page size: default 20, 1 to 100.", block: true },
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "20" },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The `endCursor` of the previous page; from the start when omitted.",
                block: true,
              },
              name: { kind: "Name", value: "after" },
              type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
              directives: [
                {
                  kind: "Directive",
                  name: { kind: "Name", value: "bounded" },
                  arguments: [
                    { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "1000" } },
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
          description: {
            kind: "StringValue",
            value: "One family, or null when there is none. Its members and concerns are filtered by the access rules.",
            block: true,
          },
          name: { kind: "Name", value: "family" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The family's id (a UUID).", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "One concern, or null when there is none. Needs a lawful basis for the concerns of its client (or\nfamily), decided per service task.",
            block: true,
          },
          name: { kind: "Name", value: "concern" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The concern's id (a UUID).", block: true },
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
              description: { kind: "StringValue", value: "How many notices, newest first (default 50).", block: true },
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
              "Duplicate registrations waiting for the register keeper to merge, oldest first: for a professional\nwith the `intake` role, those of the clients on record whose controller is their organisation; for\na system with `clients:write`, all. Anyone else: FORBIDDEN (`register_keeper_only`).",
            block: true,
          },
          name: { kind: "Name", value: "duplicateRegistrations" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "How many, oldest first (default 50, at most 200).", block: true },
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
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DuplicateRegistration" } } },
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
              description: { kind: "StringValue", value: "Whose concerns: at least one criterion.", block: true },
              name: { kind: "Name", value: "filter" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernFilter" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "How many calendar days ahead, 0 to 60; default 2.", block: true },
              name: { kind: "Name", value: "withinDays" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "2" },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "At most this many: default 100, 1 to 500.", block: true },
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
              description: { kind: "StringValue", value: "Whose concerns: at least one criterion.", block: true },
              name: { kind: "Name", value: "filter" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConcernFilter" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "At most this many: default 100, 1 to 500.", block: true },
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
          description: {
            kind: "StringValue",
            value: "One service plan, or null when there is none (category `service_plan`).",
            block: true,
          },
          name: { kind: "Name", value: "servicePlan" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The plan's id (a UUID).", block: true },
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
      description: {
        kind: "StringValue",
        value: "A client's contact details (category `contact`); every field optional, blank means none.",
        block: true,
      },
      name: { kind: "Name", value: "ContactInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Street address, at most 200 characters.", block: true },
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
          description: { kind: "StringValue", value: "Five digits, e.g. `00100`.", block: true },
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
          description: { kind: "StringValue", value: "Post office, at most 100 characters.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Statistics Finland's three-digit municipality code, e.g. `091`.",
            block: true,
          },
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
          description: {
            kind: "StringValue",
            value: "A phone number, e.g. `+358 40 123 4567`, at most 30 characters.",
            block: true,
          },
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
          description: { kind: "StringValue", value: "An email address, at most 254 characters.", block: true },
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
      description: {
        kind: "StringValue",
        value: "A new client. Only a professional of a county organisation may create one (basic data, action\ncreate).",
        block: true,
      },
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
            value:
              "Personal identity code. When a client with the same code is on record, a viewer who may read them\ngets that client (`created: false`); anyone else gets a record of their own, as for a code nobody\nhas, which the register keeper merges (`duplicateRegistrations`).",
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
            value:
              "Organisation-issued temporary identifier, for a person without an identity code; within the\ncontroller, treated as the identity code is.",
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
          description: { kind: "StringValue", value: "First name(s), 1 to 100 characters.", block: true },
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
          description: { kind: "StringValue", value: "Last name, 1 to 100 characters.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Two-letter ISO 639-1 code of the language of service, e.g. `fi`, `sv`, `se`.",
            block: true,
          },
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
          description: {
            kind: "StringValue",
            value: "The county organisation that is the controller of the client record.",
            block: true,
          },
          name: { kind: "Name", value: "controllerOrganizationId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "True under a non-disclosure order (turvakielto); default false.",
            block: true,
          },
          name: { kind: "Name", value: "hasNonDisclosureOrder" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Contact details; none when omitted.", block: true },
          name: { kind: "Name", value: "contact" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ContactInput" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "The client created, or the one that already existed (only to a viewer who may read them).",
        block: true,
      },
      name: { kind: "Name", value: "CreateClientPayload" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The client.", block: true },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "False when the same create (the same id) was sent before, or a client with the same identity code\nwas on record and the viewer may read them; true otherwise, also for a duplicate registration.",
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
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A duplicate registration (kaksoiskirjaus): a person registered again by a viewer who could not see\nthe client on record with the same identity code (or temporary identifier within the controller).\nThe viewer got a record of their own, as for a person nobody has (nothing told them the person is on\nrecord); the register keeper merges the two. Ids and a time only: the clients' fields decide and log\ntheir own access rules.",
        block: true,
      },
      name: { kind: "Name", value: "DuplicateRegistration" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The duplicate record's id: the client the registering viewer got.",
            block: true,
          },
          name: { kind: "Name", value: "clientId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The id of the client on record with the same identity code or temporary identifier.",
            block: true,
          },
          name: { kind: "Name", value: "duplicateOfClientId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "When the duplicate was registered.", block: true },
          name: { kind: "Name", value: "registeredAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The duplicate record (each field decided by the read rules).",
            block: true,
          },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client on record (each field decided by the read rules).",
            block: true,
          },
          name: { kind: "Name", value: "duplicateOf" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Which duplicate registration to fold into which client on record.",
        block: true,
      },
      name: { kind: "Name", value: "MergeDuplicateRegistrationInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The duplicate record (`DuplicateRegistration.clientId`).", block: true },
          name: { kind: "Name", value: "duplicateId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The client on record it duplicates (`DuplicateRegistration.duplicateOfClientId`).",
            block: true,
          },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A merge done: the client on record, who now holds the duplicate's records.",
        block: true,
      },
      name: { kind: "Name", value: "MergeDuplicateRegistrationPayload" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client on record (each field decided by the read rules).",
            block: true,
          },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The duplicate's id, answered as missing from now on.", block: true },
          name: { kind: "Name", value: "mergedClientId" },
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
        value: "Only the fields given change; `contact` replaces all contact details.",
        block: true,
      },
      name: { kind: "Name", value: "UpdateClientInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The client's id.", block: true },
          name: { kind: "Name", value: "id" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The new first name(s), 1 to 100 characters; unchanged when omitted.",
            block: true,
          },
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
          description: {
            kind: "StringValue",
            value: "The new last name, 1 to 100 characters; unchanged when omitted.",
            block: true,
          },
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
          description: { kind: "StringValue", value: "The new language code (ISO 639-1); unchanged when omitted.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Sets or lifts a non-disclosure order; unchanged when omitted.",
            block: true,
          },
          name: { kind: "Name", value: "hasNonDisclosureOrder" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Replaces every contact detail (category `contact`, action update); unchanged when omitted.",
            block: true,
          },
          name: { kind: "Name", value: "contact" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ContactInput" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Opens a client relationship (asiakassuhde) of an organisation in a service task.",
        block: true,
      },
      name: { kind: "Name", value: "StartClientRelationshipInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen UUID for an idempotent retry.", block: true },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The client's id.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The organisation that starts serving the client.", block: true },
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The service task, a lower-case code such as `child_protection` or `family_social_work`.",
            block: true,
          },
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
          description: { kind: "StringValue", value: "The first day.", block: true },
          name: { kind: "Name", value: "since" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The last day, not before `since`; omitted while open-ended.", block: true },
          name: { kind: "Name", value: "until" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Ends a client relationship on a day.", block: true },
      name: { kind: "Name", value: "EndClientRelationshipInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The relationship's id.", block: true },
          name: { kind: "Name", value: "relationshipId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The last day, not before the relationship began. From the next day it grants no access.",
            block: true,
          },
          name: { kind: "Name", value: "until" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "A client and their relation in a family.", block: true },
      name: { kind: "Name", value: "FamilyMemberInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The client's id; each client once per family.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Their relation in the family.", block: true },
          name: { kind: "Name", value: "relation" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyRelation" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A new family of clients. Needs the right to update each member's basic data.",
        block: true,
      },
      name: { kind: "Name", value: "CreateFamilyInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen UUID for an idempotent retry.", block: true },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "What the professionals call the family, at most 100 characters, e.g. `Virtanen family`.",
            block: true,
          },
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
          description: { kind: "StringValue", value: "The members, each client once.", block: true },
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
      description: { kind: "StringValue", value: "Adds a client to a family.", block: true },
      name: { kind: "Name", value: "AddFamilyMemberInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The family's id.", block: true },
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The client's id.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Their relation in the family.", block: true },
          name: { kind: "Name", value: "relation" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FamilyRelation" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Removes a client from a family.", block: true },
      name: { kind: "Name", value: "RemoveFamilyMemberInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The family's id.", block: true },
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The client's id.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Records that a client is a minor's guardian (huoltaja) from a day.",
        block: true,
      },
      name: { kind: "Name", value: "AddGuardianInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The minor's client id.", block: true },
          name: { kind: "Name", value: "childClientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The guardian's client id; 18 or older on `since`, and not the child.",
            block: true,
          },
          name: { kind: "Name", value: "guardianClientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The first day of the guardianship.", block: true },
          name: { kind: "Name", value: "since" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The last day, not before `since`; omitted while it lasts.", block: true },
          name: { kind: "Name", value: "until" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Ends a guardianship on a day.", block: true },
      name: { kind: "Name", value: "RemoveGuardianInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The minor's client id.", block: true },
          name: { kind: "Name", value: "childClientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The guardian's client id.", block: true },
          name: { kind: "Name", value: "guardianClientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The last day of the guardianship, not before it began.", block: true },
          name: { kind: "Name", value: "until" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A concern (huoli) about a client or a family. The deadline is computed from `raisedOn` and the\nservice's rule.",
        block: true,
      },
      name: { kind: "Name", value: "RaiseConcernInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen UUID for an idempotent retry.", block: true },
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
          description: {
            kind: "StringValue",
            value: "The family the concern is about; exactly one of clientId and familyId.",
            block: true,
          },
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "What worries, in concrete words, 1 to 4,000 characters.", block: true },
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
          description: {
            kind: "StringValue",
            value: "A deadline rule's `code`, to use instead of the service's default rule.",
            block: true,
          },
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
          description: { kind: "StringValue", value: "The organisation that handles the concern.", block: true },
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The team that handles it, when one does.", block: true },
          name: { kind: "Name", value: "teamId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The professional responsible for reacting, when known.", block: true },
          name: { kind: "Name", value: "responsibleProfessionalId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "The first joint meeting (yhteistapaaminen) held about a concern.",
        block: true,
      },
      name: { kind: "Name", value: "ReactToConcernInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The concern's id.", block: true },
          name: { kind: "Name", value: "concernId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The day of the meeting; not before the concern was raised, not in the future.",
            block: true,
          },
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
      description: { kind: "StringValue", value: "Closes a concern.", block: true },
      name: { kind: "Name", value: "CloseConcernInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The concern's id.", block: true },
          name: { kind: "Name", value: "concernId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Why it is closed, at most 4,000 characters; optional.", block: true },
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
      description: {
        kind: "StringValue",
        value: "A shared service plan for a client or a family (category `service_plan`, action create).",
        block: true,
      },
      name: { kind: "Name", value: "CreateServicePlanInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen UUID for an idempotent retry.", block: true },
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
          description: {
            kind: "StringValue",
            value: "The family whose plan it is; exactly one of clientId and familyId.",
            block: true,
          },
          name: { kind: "Name", value: "familyId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The client's own best goals in their words: at most 20, each 1 to 1,000 characters.",
            block: true,
          },
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
      description: { kind: "StringValue", value: "Replaces a plan's goals, guarded against a concurrent change.", block: true },
      name: { kind: "Name", value: "UpdateServicePlanGoalsInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The plan's id.", block: true },
          name: { kind: "Name", value: "planId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The new goals, replacing all: at most 20, each 1 to 1,000 characters.",
            block: true,
          },
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
          description: {
            kind: "StringValue",
            value: "The plan's `version` as last read; CONFLICT when someone changed it since.",
            block: true,
          },
          name: { kind: "Name", value: "expectedVersion" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Who is responsible: exactly one of the two.", block: true },
      name: { kind: "Name", value: "ResponsiblePartyInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "A professional's id.", block: true },
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
      description: { kind: "StringValue", value: "An agreement of a plan; every text 1 to 2,000 characters.", block: true },
      name: { kind: "Name", value: "AddAgreementInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen UUID for an idempotent retry.", block: true },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The plan's id.", block: true },
          name: { kind: "Name", value: "planId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "(a) What the concern is.", block: true },
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
          description: { kind: "StringValue", value: "(b) The next action.", block: true },
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
          description: { kind: "StringValue", value: "(c) Who is responsible, the family included.", block: true },
          name: { kind: "Name", value: "responsible" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ResponsiblePartyInput" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "(d) What follows if it does not happen.", block: true },
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
          description: { kind: "StringValue", value: "How it is followed up.", block: true },
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
          description: {
            kind: "StringValue",
            value: "The day by which the next action should be done; today or later.",
            block: true,
          },
          name: { kind: "Name", value: "dueOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Marks an agreement done, not done or changed.", block: true },
      name: { kind: "Name", value: "SetAgreementStatusInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The agreement's id.", block: true },
          name: { kind: "Name", value: "agreementId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The new status.", block: true },
          name: { kind: "Name", value: "status" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AgreementStatus" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "A review (arviointi) of a plan.", block: true },
      name: { kind: "Name", value: "RecordPlanReviewInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen UUID for an idempotent retry.", block: true },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The plan's id.", block: true },
          name: { kind: "Name", value: "planId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The day of the review.", block: true },
          name: { kind: "Name", value: "reviewedOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "What was found, 1 to 2,000 characters.", block: true },
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
          description: { kind: "StringValue", value: "What changed, 1 to 2,000 characters.", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "Creates a client, or returns the existing one with the same id, or with the same identity code to\na viewer who may read them (`created` false). A viewer who may not gets a new record, exactly as\nfor a code nobody has: a duplicate registration the register keeper merges. Only a professional of\na county organisation (basic data, action create).",
            block: true,
          },
          name: { kind: "Name", value: "createClient" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The client.", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "Changes a client's basic data (action update); changing `contact` needs the right to update\ncontact details too.",
            block: true,
          },
          name: { kind: "Name", value: "updateClient" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The client's id and the fields to change.", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "Opens a client relationship: the organisation's professionals may then read the client's data\n(basic data, action create).",
            block: true,
          },
          name: { kind: "Name", value: "startClientRelationship" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The client, organisation, service task and period.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Ends a client relationship on a day (basic data, action update).",
            block: true,
          },
          name: { kind: "Name", value: "endClientRelationship" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The relationship and its last day.", block: true },
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
          description: { kind: "StringValue", value: "Creates a family of clients.", block: true },
          name: { kind: "Name", value: "createFamily" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The family and its members.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Adds a client to a family (the client's basic data, action update).",
            block: true,
          },
          name: { kind: "Name", value: "addFamilyMember" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The family, the client and their relation.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Removes a client from a family (the client's basic data, action update).",
            block: true,
          },
          name: { kind: "Name", value: "removeFamilyMember" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The family and the client.", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "Folds a duplicate registration into the client on record (the register keeper only: the `intake`\nrole of the controller of the client on record, or a system with `clients:write`). The duplicate's\nrelationships, family memberships, guardianships, concerns and service plan move to the client on\nrecord here; `client.merged` moves its team links, responsible worker, consents, bans, statutory\nbases and FIT data in those subgraphs. The duplicate is then answered as missing and listed nowhere.\nSend an `Idempotency-Key` to retry safely. Refusals: FORBIDDEN `register_keeper_only`;\nBAD_USER_INPUT `input.duplicateId` `duplicate_of_client` (not a duplicate of that client kept by the\nviewer, also for ids nobody has) or `not_merged` (merged already).",
            block: true,
          },
          name: { kind: "Name", value: "mergeDuplicateRegistration" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The duplicate and the client on record.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "MergeDuplicateRegistrationInput" } },
              },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MergeDuplicateRegistrationPayload" } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Records a guardianship; a guardian may then see the child's data. Needs the right to update both\nclients' basic data.",
            block: true,
          },
          name: { kind: "Name", value: "addGuardian" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The child, the guardian and the period.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Ends a guardianship on a day; the guardian loses access to the child's data the next day.",
            block: true,
          },
          name: { kind: "Name", value: "removeGuardian" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The child, the guardian and the last day.", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "Raises a concern about a client or a family (category `concerns`, action create); the deadline of\nthe first joint meeting is set by the service's rule.",
            block: true,
          },
          name: { kind: "Name", value: "raiseConcern" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The concern.", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "Records the first joint meeting about a concern (category `concerns`, action update); the deadline\nstops running.",
            block: true,
          },
          name: { kind: "Name", value: "reactToConcern" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The concern and the meeting.", block: true },
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
          description: { kind: "StringValue", value: "Closes a concern (category `concerns`, action update).", block: true },
          name: { kind: "Name", value: "closeConcern" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The concern and an optional note.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Creates the shared service plan of a client or a family (category `service_plan`, action create).",
            block: true,
          },
          name: { kind: "Name", value: "createServicePlan" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The plan and its goals.", block: true },
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
          description: { kind: "StringValue", value: "Replaces a plan's goals; the change is kept in its history.", block: true },
          name: { kind: "Name", value: "updateServicePlanGoals" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The plan, the goals and the version last read.", block: true },
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
          description: { kind: "StringValue", value: "Adds an agreement to a plan.", block: true },
          name: { kind: "Name", value: "addAgreement" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The agreement.", block: true },
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
          description: {
            kind: "StringValue",
            value: "Changes an agreement's status; the change is kept in the plan's history.",
            block: true,
          },
          name: { kind: "Name", value: "setAgreementStatus" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The agreement and its status.", block: true },
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
          description: { kind: "StringValue", value: "Records a review of a plan.", block: true },
          name: { kind: "Name", value: "recordPlanReview" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The review.", block: true },
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
