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
          description: { kind: "StringValue", value: "The organisation's id (a UUID), the same in every subgraph.", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The organisation's or unit's name as the county writes it, e.g. \"County family social services\".",
            block: true,
          },
          name: { kind: "Name", value: "name" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Which kind of organisation, or which of the county's service tasks it carries out.",
            block: true,
          },
          name: { kind: "Name", value: "type" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "OrganizationType" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Business id (y-tunnus, `1234567-8`), when the organisation has one. Several units of one county\nshare the county's business id.",
            block: true,
          },
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
              "True for the county's own organisations (the controller of client records), purchased services\nincluded. Sharing with an organisation outside the county is a disclosure that needs the client's\nconsent.",
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
      description: {
        kind: "StringValue",
        value: "What kind of organisation, or which of the county's service tasks it carries out.",
        block: true,
      },
      name: { kind: "Name", value: "OrganizationType" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The county's social services (sosiaalipalvelut), when not one of the tasks below.",
            block: true,
          },
          name: { kind: "Name", value: "COUNTY_SOCIAL_SERVICES" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The county's health care (terveydenhuolto).", block: true },
          name: { kind: "Name", value: "COUNTY_HEALTH_CARE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The county's child protection (lastensuojelu).", block: true },
          name: { kind: "Name", value: "COUNTY_CHILD_PROTECTION" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The county's family centre (perhekeskus).", block: true },
          name: { kind: "Name", value: "COUNTY_FAMILY_CENTRE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The county's adult social work (aikuissosiaalityö).", block: true },
          name: { kind: "Name", value: "COUNTY_ADULT_SOCIAL_WORK" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The county's disability services (vammaispalvelut).", block: true },
          name: { kind: "Name", value: "COUNTY_DISABILITY_SERVICES" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The municipality's basic education (perusopetus), school curators and psychologists included.",
            block: true,
          },
          name: { kind: "Name", value: "MUNICIPAL_EDUCATION" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Early childhood education (varhaiskasvatus).", block: true },
          name: { kind: "Name", value: "EARLY_CHILDHOOD_EDUCATION" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Employment services (TE-palvelut, työllisyyspalvelut).", block: true },
          name: { kind: "Name", value: "EMPLOYMENT_SERVICES" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The Social Insurance Institution of Finland.", block: true },
          name: { kind: "Name", value: "KELA" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A parish (seurakunta).", block: true },
          name: { kind: "Name", value: "PARISH" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A non-governmental organisation (järjestö, third sector).", block: true },
          name: { kind: "Name", value: "NGO" },
          directives: [],
        },
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
          description: { kind: "StringValue", value: "The professional's id (a UUID), the same in every subgraph.", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "First name(s). Directory data, not client data: visible to every signed-in viewer.",
            block: true,
          },
          name: { kind: "Name", value: "firstName" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Last name (sukunimi).", block: true },
          name: { kind: "Name", value: "lastName" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "E.g. social worker, social counsellor, psychologist, public health nurse, school curator, teacher,\nemployment coordinator, family worker.",
            block: true,
          },
          name: { kind: "Name", value: "profession" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The organisation that employs the professional; outside the county it decides whether reading a\nclient's data is a disclosure that needs consent.",
            block: true,
          },
          name: { kind: "Name", value: "organization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: 'The unit (yksikkö) within the organisation, e.g. "North family social work".',
            block: true,
          },
          name: { kind: "Name", value: "unit" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The work phone number (työpuhelin) clients and partners may call, e.g. `+358 40 123 4567`; null when\nnone is kept. Directory data, not client data.",
            block: true,
          },
          name: { kind: "Name", value: "workPhone" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The work email address (työsähköposti); null when none is kept. Directory data, not client data.",
            block: true,
          },
          name: { kind: "Name", value: "workEmail" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "False once the professional has left: they can no longer join teams, take responsibility for\nclients or facilitate meetings.",
            block: true,
          },
          name: { kind: "Name", value: "active" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The teams the professional is a current member of.", block: true },
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
          description: {
            kind: "StringValue",
            value:
              "The clients the professional works with now (as responsible worker or through a team), those the\nviewer may see, by client id: pages of `first` (default 50, at most 500) after `after`.",
            block: true,
          },
          name: { kind: "Name", value: "clients" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Page size: how many clients (default 50, at most 500).", block: true },
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "50" },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The `cursor` of the last client of the previous page; omitted, the first page.",
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
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientListConnection" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The clients for whom the professional is the current responsible worker, those the viewer may\nsee, by client id: pages of `first` (default 50, at most 500) after `after`.",
            block: true,
          },
          name: { kind: "Name", value: "responsibleFor" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Page size: how many clients (default 50, at most 500).", block: true },
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "50" },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The `cursor` of the last client of the previous page; omitted, the first page.",
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
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientListConnection" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A team of professionals: a client's multidisciplinary team (MOTI team), an area team (aluetiimi),\na family centre team, or a group steering, implementing or evaluating the rollout.",
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
          description: { kind: "StringValue", value: "The team's id (a UUID), the same in every subgraph.", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: 'The team\'s name, e.g. "Virtanen family MOTI team" or "North area team".',
            block: true,
          },
          name: { kind: "Name", value: "name" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "What kind of team: a client's own team, an area team, or a group following the rollout.",
            block: true,
          },
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TeamKind" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The members, by default only the current ones; `includeFormer` adds those whose period ended or\nhas not begun yet. Members may come from several organisations.",
            block: true,
          },
          name: { kind: "Name", value: "members" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value:
                  "True to list former members, and members whose period begins later, as well. Default false: only\nthose who are members today.",
                block: true,
              },
              name: { kind: "Name", value: "includeFormer" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
              defaultValue: { kind: "BooleanValue", value: false },
              directives: [],
            },
          ],
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
            value:
              "The clients this team works with now, those the viewer may see, by client id: pages of `first`\n(default 50, at most 500) after `after`.",
            block: true,
          },
          name: { kind: "Name", value: "clients" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Page size: how many clients (default 50, at most 500).", block: true },
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "50" },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The `cursor` of the last client of the previous page; omitted, the first page.",
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
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientListConnection" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "What a team is for.", block: true },
      name: { kind: "Name", value: "TeamKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: 'A client\'s multidisciplinary team (monialainen tiimi, MOTI team, "Minun tiimini").',
            block: true,
          },
          name: { kind: "Name", value: "CLIENT_TEAM" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "An area team (aluetiimi) serving one area with its schools and day care.",
            block: true,
          },
          name: { kind: "Name", value: "AREA_TEAM" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A family centre team (perhekeskustiimi).", block: true },
          name: { kind: "Name", value: "FAMILY_CENTRE_TEAM" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The regional steering group (ohjausryhmä) of the multidisciplinary way of working.",
            block: true,
          },
          name: { kind: "Name", value: "STEERING_GROUP" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "An implementation group (toimeenpanoryhmä) of the rollout.", block: true },
          name: { kind: "Name", value: "IMPLEMENTATION_GROUP" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "An evaluation group (arviointiryhmä) following how the model works.",
            block: true,
          },
          name: { kind: "Name", value: "EVALUATION_GROUP" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A professional's membership of a team over a period.", block: true },
      name: { kind: "Name", value: "TeamMember" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The membership's id: pass it to `endTeamMembership`.", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The team.", block: true },
          name: { kind: "Name", value: "team" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Team" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The member.", block: true },
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "A short code such as `member`, `coordinator`, `chair`, `secretary`, `consultant`.",
            block: true,
          },
          name: { kind: "Name", value: "role" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The first day of membership. A member counts for access decisions from this day on.",
            block: true,
          },
          name: { kind: "Name", value: "since" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The last day of membership; null while it lasts.", block: true },
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
          "A period in which one professional was a client's responsible worker (vastuutyöntekijä,\nasiakasvastaava). A client has at most one at a time; handing over ends the previous period.",
        block: true,
      },
      name: { kind: "Name", value: "ResponsibleWorkerPeriod" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The responsible worker of this period.", block: true },
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
          description: { kind: "StringValue", value: "The first day of responsibility.", block: true },
          name: { kind: "Name", value: "since" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "The last day of responsibility; null for the current responsible worker.",
            block: true,
          },
          name: { kind: "Name", value: "until" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
          "A professional of the client's own team (\"my team\"): a current member of a team working with the\nclient, or the client's responsible worker.",
        block: true,
      },
      name: { kind: "Name", value: "ClientTeamMember" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The professional.", block: true },
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "True when the professional is the client's current responsible worker (vastuutyöntekijä).",
            block: true,
          },
          name: { kind: "Name", value: "isResponsibleWorker" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
              "The teams through which the professional works with the client (empty for a responsible worker\nwho is on none of them).",
            block: true,
          },
          name: { kind: "Name", value: "teams" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Team" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
          "The client's team (category `team`). Each field is null with `FORBIDDEN` at its path when the viewer\nmay not see it, so a denial leaves the client and the rest of the response intact.",
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
          description: { kind: "StringValue", value: "The teams that work with this client now.", block: true },
          name: { kind: "Name", value: "teams" },
          arguments: [],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Team" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client's current responsible worker (vastuutyöntekijä), or null when there is none.",
            block: true,
          },
          name: { kind: "Name", value: "responsibleWorker" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Every responsible worker the client has had, newest first.", block: true },
          name: { kind: "Name", value: "responsibleWorkerHistory" },
          arguments: [],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ResponsibleWorkerPeriod" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client's own team today: the professionals working with the client, the responsible worker\nfirst.",
            block: true,
          },
          name: { kind: "Name", value: "teamMembers" },
          arguments: [],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientTeamMember" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Network meetings and joint meetings of the client, scheduled, held and cancelled, newest first (by\ntheir day).",
            block: true,
          },
          name: { kind: "Name", value: "meetings" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Only meetings of this kind; both kinds when omitted.", block: true },
              name: { kind: "Name", value: "kind" },
              type: { kind: "NamedType", name: { kind: "Name", value: "MeetingKind" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "Only meetings in this state, e.g. SCHEDULED for the upcoming ones; every state when omitted.",
                block: true,
              },
              name: { kind: "Name", value: "status" },
              type: { kind: "NamedType", name: { kind: "Name", value: "MeetingStatus" } },
              directives: [],
            },
          ],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Which kind of meeting was held with a client.", block: true },
      name: { kind: "Name", value: "MeetingKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Verkostopalaveri: the client's network, led by a facilitator from outside the client's team.",
            block: true,
          },
          name: { kind: "Name", value: "NETWORK_MEETING" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Yhteistapaaminen: at least the responsible worker and the client.",
            block: true,
          },
          name: { kind: "Name", value: "JOINT_MEETING" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Where a meeting stands: scheduled for a time ahead, held, or cancelled before it was held.",
        block: true,
      },
      name: { kind: "Name", value: "MeetingStatus" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Scheduled (sovittu) for `startsAt` and not yet recorded as held or cancelled.",
            block: true,
          },
          name: { kind: "Name", value: "SCHEDULED" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Held (pidetty): recorded as held, directly or after it was scheduled.",
            block: true,
          },
          name: { kind: "Name", value: "HELD" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Cancelled (peruttu) before it was held; `cancellationReason` says why.",
            block: true,
          },
          name: { kind: "Name", value: "CANCELLED" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "How a family member taking part in a meeting is related to the client. No names are kept.",
        block: true,
      },
      name: { kind: "Name", value: "MeetingRelation" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The client themself.", block: true },
          name: { kind: "Name", value: "CLIENT" },
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
          description: { kind: "StringValue", value: "A guardian (huoltaja) who is not a parent.", block: true },
          name: { kind: "Name", value: "GUARDIAN" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A foster parent (sijaisvanhempi).", block: true },
          name: { kind: "Name", value: "FOSTER_PARENT" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A brother or sister (sisarus).", block: true },
          name: { kind: "Name", value: "SIBLING" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A grandparent (isovanhempi).", block: true },
          name: { kind: "Name", value: "GRANDPARENT" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A spouse or partner (puoliso).", block: true },
          name: { kind: "Name", value: "SPOUSE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Another relative (muu sukulainen).", block: true },
          name: { kind: "Name", value: "OTHER_RELATIVE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Someone close to the client who is not a relative, e.g. a friend or support person (läheinen).",
            block: true,
          },
          name: { kind: "Name", value: "OTHER" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A family member who took part in a meeting.", block: true },
      name: { kind: "Name", value: "MeetingFamilyMember" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How they are related to the client.", block: true },
          name: { kind: "Name", value: "relation" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "MeetingRelation" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The family member as a client of the county, when they are one.",
            block: true,
          },
          name: { kind: "Name", value: "client" },
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
        value:
          "A network meeting (verkostopalaveri) or joint meeting (yhteistapaaminen) of a client: held, or for a\nnetwork meeting also scheduled ahead and then recorded as held or cancelled.",
        block: true,
      },
      name: { kind: "Name", value: "Meeting" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The meeting's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "Network meeting (verkostopalaveri) or joint meeting (yhteistapaaminen).",
            block: true,
          },
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "MeetingKind" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
          description: { kind: "StringValue", value: "The client whose meeting it was.", block: true },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
              "The day of the meeting (Finnish calendar day): the day it was held, or for a scheduled or cancelled\nmeeting the day it was scheduled for.",
            block: true,
          },
          name: { kind: "Name", value: "heldOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
          description: { kind: "StringValue", value: "Scheduled, held or cancelled.", block: true },
          name: { kind: "Name", value: "status" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "MeetingStatus" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "When the meeting was scheduled to begin; null for a meeting recorded as held without being scheduled.",
            block: true,
          },
          name: { kind: "Name", value: "startsAt" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "Where the meeting is held (a place's name or address), when it was scheduled with one.",
            block: true,
          },
          name: { kind: "Name", value: "place" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "The https link of a video meeting, when it was scheduled with one.",
            block: true,
          },
          name: { kind: "Name", value: "videoLink" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "What the meeting agreed or found, written when a scheduled meeting was recorded as held.",
            block: true,
          },
          name: { kind: "Name", value: "outcome" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "Why a scheduled meeting was cancelled; null unless CANCELLED.",
            block: true,
          },
          name: { kind: "Name", value: "cancellationReason" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "The outside facilitator of a network meeting; null for a joint meeting.",
            block: true,
          },
          name: { kind: "Name", value: "facilitator" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "The professionals who took part (the facilitator not repeated).",
            block: true,
          },
          name: { kind: "Name", value: "professionals" },
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
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "The family members who took part, by relation; the client themself as CLIENT.",
            block: true,
          },
          name: { kind: "Name", value: "familyMembers" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "MeetingFamilyMember" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
            value: "Ids of the service plan agreements (clients subgraph) made or followed up in the meeting.",
            block: true,
          },
          name: { kind: "Name", value: "agreementIds" },
          arguments: [],
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
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "team" } },
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
      description: { kind: "StringValue", value: "Where a page of a teams connection ends.", block: true },
      name: { kind: "Name", value: "TeamsPageInfo" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "True when a further client the viewer may see exists.", block: true },
          name: { kind: "Name", value: "hasNextPage" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Opaque, sealed for this viewer and this list: pass it back unchanged as `after` of the same field.",
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
              "True when 1000 clients were examined before the page was full: the page holds what was found and\ncannot be continued; narrow the list (e.g. one team).",
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
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A page of a team's or a professional's clients. Clients the viewer may not see are left out before\npaging: they are not counted, not shown and never a cursor's position.",
        block: true,
      },
      name: { kind: "Name", value: "ClientListConnection" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The clients of this page, in client id order.", block: true },
          name: { kind: "Name", value: "edges" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ClientListEdge" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Whether more clients follow, and the cursor to continue after.",
            block: true,
          },
          name: { kind: "Name", value: "pageInfo" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TeamsPageInfo" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "One client of a page, with its place in the list.", block: true },
      name: { kind: "Name", value: "ClientListEdge" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Opaque and bound to the viewer; pass it as `after` to continue after this client.",
            block: true,
          },
          name: { kind: "Name", value: "cursor" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client (a reference: its fields come from the subgraphs that own them, under their own access rules).",
            block: true,
          },
          name: { kind: "Name", value: "node" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "One client without a responsible worker, with its place in the list.",
        block: true,
      },
      name: { kind: "Name", value: "UnassignedClientEdge" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Opaque; pass it as `after` to continue after this client.", block: true },
          name: { kind: "Name", value: "cursor" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client. Only those whose team data the viewer may see are listed.",
            block: true,
          },
          name: { kind: "Name", value: "node" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A page of clients without a responsible worker. Clients the viewer may not see are left out before\npaging: they are not counted, not shown and never a cursor's position.",
        block: true,
      },
      name: { kind: "Name", value: "UnassignedClientConnection" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The clients of this page, in a stable order.", block: true },
          name: { kind: "Name", value: "edges" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UnassignedClientEdge" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Whether and where the list goes on.", block: true },
          name: { kind: "Name", value: "pageInfo" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TeamsPageInfo" } } },
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
            value:
              "One team by id; null when there is none. Teams are directory data, readable by every signed-in\nviewer; their clients are filtered by the access rules.",
            block: true,
          },
          name: { kind: "Name", value: "team" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The team's id (a UUID).", block: true },
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
          description: { kind: "StringValue", value: "Every team, by name; optionally only those of one kind.", block: true },
          name: { kind: "Name", value: "teams" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Only teams of this kind; all kinds when omitted.", block: true },
              name: { kind: "Name", value: "kind" },
              type: { kind: "NamedType", name: { kind: "Name", value: "TeamKind" } },
              directives: [],
            },
          ],
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
          description: { kind: "StringValue", value: "One organisation by id; null when there is none.", block: true },
          name: { kind: "Name", value: "organization" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The organisation's id (a UUID).", block: true },
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
          description: {
            kind: "StringValue",
            value: "Every organisation known to the hub, by name: the county's own units and the partners outside it.",
            block: true,
          },
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
          description: { kind: "StringValue", value: "One professional by id; null when there is none.", block: true },
          name: { kind: "Name", value: "professional" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The professional's id (a UUID).", block: true },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Clients some team works with who have no responsible worker, or whose responsible worker is no\nlonger active; optionally only those of one team. Pages of `first` (default 50, at most 500) by\nclient id.",
            block: true,
          },
          name: { kind: "Name", value: "clientsWithoutResponsibleWorker" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "Only clients this team works with; every team's clients when omitted.",
                block: true,
              },
              name: { kind: "Name", value: "teamId" },
              type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Page size: default 50, 1 to 500.", block: true },
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "50" },
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
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UnassignedClientConnection" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "One recorded meeting, when the viewer may see the client's team data.",
            block: true,
          },
          name: { kind: "Name", value: "meeting" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The meeting's id (a UUID).", block: true },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A new organisation. Kept by managers and administrators (roles `manager`, `administrator`) or a\nsystem with `teams:write`.",
        block: true,
      },
      name: { kind: "Name", value: "CreateOrganizationInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same create again returns the organisation instead of a duplicate.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The name, 1 to 200 characters after trimming.", block: true },
          name: { kind: "Name", value: "name" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
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
          description: {
            kind: "StringValue",
            value: "Which kind of organisation, or which of the county's service tasks.",
            block: true,
          },
          name: { kind: "Name", value: "type" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "OrganizationType" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Y-tunnus `NNNNNNN-C`; its check digit is verified.", block: true },
          name: { kind: "Name", value: "businessId" },
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
              "True for the county's own organisations (purchased services included): sharing with them is not a\ndisclosure.",
            block: true,
          },
          name: { kind: "Name", value: "isCountyOrganization" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Only the fields given change; `businessId: null` removes it.", block: true },
      name: { kind: "Name", value: "UpdateOrganizationInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The new name, 1 to 200 characters; unchanged when omitted.", block: true },
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
          description: { kind: "StringValue", value: "The new kind; unchanged when omitted.", block: true },
          name: { kind: "Name", value: "type" },
          type: { kind: "NamedType", name: { kind: "Name", value: "OrganizationType" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The new business id (y-tunnus `NNNNNNN-C`, check digit verified); null removes it, omitted leaves\nit.",
            block: true,
          },
          name: { kind: "Name", value: "businessId" },
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
              "Whether it is one of the county's own; unchanged when omitted. Changing it changes access\ndecisions from the next request on.",
            block: true,
          },
          name: { kind: "Name", value: "isCountyOrganization" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A new professional in the directory. Kept by managers and administrators or a system with\n`teams:write`.",
        block: true,
      },
      name: { kind: "Name", value: "CreateProfessionalInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same create again returns the professional instead of a duplicate.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "First name(s), 1 to 200 characters.", block: true },
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
          description: { kind: "StringValue", value: "Last name, 1 to 200 characters.", block: true },
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
            value: "The profession, e.g. `social worker` or `school curator`, 1 to 200 characters.",
            block: true,
          },
          name: { kind: "Name", value: "profession" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
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
          description: { kind: "StringValue", value: "The employing organisation's id; it must exist.", block: true },
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The unit (yksikkö) within the organisation; blank or omitted means none.",
            block: true,
          },
          name: { kind: "Name", value: "unit" },
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
          description: {
            kind: "StringValue",
            value:
              "The work phone, digits with an optional leading `+` and spaces, brackets or dashes (rule `phone`),\ne.g. `+358 40 123 4567`; blank or omitted means none.",
            block: true,
          },
          name: { kind: "Name", value: "workPhone" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "30" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The work email address (rule `email`); blank or omitted means none.",
            block: true,
          },
          name: { kind: "Name", value: "workEmail" },
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
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Default true.", block: true },
          name: { kind: "Name", value: "active" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Only the fields given change; `unit: null` removes it.", block: true },
      name: { kind: "Name", value: "UpdateProfessionalInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The new first name(s); unchanged when omitted.", block: true },
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
          description: { kind: "StringValue", value: "The new last name; unchanged when omitted.", block: true },
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
          description: { kind: "StringValue", value: "The new profession; unchanged when omitted.", block: true },
          name: { kind: "Name", value: "profession" },
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
          description: {
            kind: "StringValue",
            value: "The new employing organisation's id; unchanged when omitted.",
            block: true,
          },
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The new unit; null or blank removes it, omitted leaves it.", block: true },
          name: { kind: "Name", value: "unit" },
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
          description: {
            kind: "StringValue",
            value: "The new work phone (rule `phone`); null or blank removes it, omitted leaves it.",
            block: true,
          },
          name: { kind: "Name", value: "workPhone" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "30" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The new work email (rule `email`); null or blank removes it, omitted leaves it.",
            block: true,
          },
          name: { kind: "Name", value: "workEmail" },
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
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "False when the professional leaves: they can no longer join teams, take responsibility for clients\nor facilitate meetings.",
            block: true,
          },
          name: { kind: "Name", value: "active" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A new team. Kept by managers and administrators or a system with `teams:write`.",
        block: true,
      },
      name: { kind: "Name", value: "CreateTeamInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same create again returns the team instead of a duplicate.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The team's name, 1 to 200 characters.", block: true },
          name: { kind: "Name", value: "name" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
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
          description: { kind: "StringValue", value: "What the team is for.", block: true },
          name: { kind: "Name", value: "kind" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TeamKind" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "A professional joining a team for a period.", block: true },
      name: { kind: "Name", value: "AddTeamMemberInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID of the membership, for an idempotent retry.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The team's id.", block: true },
          name: { kind: "Name", value: "teamId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The professional's id; they must be active.", block: true },
          name: { kind: "Name", value: "professionalId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "A short lowercase code (2 to 40 letters or `_`), e.g. `member`, `coordinator`, `chair`,\n`secretary`, `consultant`.",
            block: true,
          },
          name: { kind: "Name", value: "role" },
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
          description: { kind: "StringValue", value: "The first day of membership.", block: true },
          name: { kind: "Name", value: "since" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The last day of membership, not before `since`; omitted while open-ended.",
            block: true,
          },
          name: { kind: "Name", value: "until" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Ends a membership on a given day.", block: true },
      name: { kind: "Name", value: "EndTeamMembershipInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The membership's id (`TeamMember.id`).", block: true },
          name: { kind: "Name", value: "membershipId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The last day of membership.", block: true },
          name: { kind: "Name", value: "until" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Links a client to a team that works with them.", block: true },
      name: { kind: "Name", value: "AddClientToTeamInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The team's id.", block: true },
          name: { kind: "Name", value: "teamId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The client's id (clients subgraph).", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The first day the team works with the client; its members may read the client's data from this day\non.",
            block: true,
          },
          name: { kind: "Name", value: "since" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Ends a team's work with a client.", block: true },
      name: { kind: "Name", value: "RemoveClientFromTeamInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The team's id.", block: true },
          name: { kind: "Name", value: "teamId" },
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
          description: { kind: "StringValue", value: "The last day the team works with the client.", block: true },
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
        value: "Makes a professional a client's responsible worker from a given day.",
        block: true,
      },
      name: { kind: "Name", value: "AssignResponsibleWorkerInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The client's id.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The new responsible worker's id; they must be active.", block: true },
          name: { kind: "Name", value: "professionalId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The first day of responsibility; the previous responsible worker's period ends the day before.",
            block: true,
          },
          name: { kind: "Name", value: "since" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A family member who took part in a meeting, by relation only: no names are kept.",
        block: true,
      },
      name: { kind: "Name", value: "MeetingFamilyMemberInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "How they are related to the client; CLIENT for the client themself.",
            block: true,
          },
          name: { kind: "Name", value: "relation" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "MeetingRelation" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The family member's client id, when they are a client.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A network meeting (verkostopalaveri) held with a client, led by an outside facilitator.",
        block: true,
      },
      name: { kind: "Name", value: "RecordNetworkMeetingInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same record again returns the meeting instead of a duplicate.",
            block: true,
          },
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
          description: { kind: "StringValue", value: "The day of the meeting; not in the future.", block: true },
          name: { kind: "Name", value: "heldOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Must not be a member of the client's team on `heldOn`, nor its responsible worker.",
            block: true,
          },
          name: { kind: "Name", value: "facilitatorId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The professionals who took part, each listed once, the facilitator not among them.",
            block: true,
          },
          name: { kind: "Name", value: "professionalIds" },
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
          description: { kind: "StringValue", value: "The family members who took part, by relation.", block: true },
          name: { kind: "Name", value: "familyMembers" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "MeetingFamilyMemberInput" } },
              },
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
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Ids of service plan agreements (clients subgraph), stored as references.",
            block: true,
          },
          name: { kind: "Name", value: "agreementIds" },
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
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
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A joint meeting (yhteistapaaminen) of at least the client and their responsible worker.",
        block: true,
      },
      name: { kind: "Name", value: "RecordJointMeetingInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same record again returns the meeting instead of a duplicate.",
            block: true,
          },
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
          description: { kind: "StringValue", value: "The day of the meeting; not in the future.", block: true },
          name: { kind: "Name", value: "heldOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Must include the client's responsible worker on `heldOn`.", block: true },
          name: { kind: "Name", value: "professionalIds" },
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
          description: { kind: "StringValue", value: "Must include the client (relation CLIENT).", block: true },
          name: { kind: "Name", value: "familyMembers" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "MeetingFamilyMemberInput" } },
              },
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
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Ids of service plan agreements (clients subgraph) made or followed up, stored as references.",
            block: true,
          },
          name: { kind: "Name", value: "agreementIds" },
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
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
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A network meeting (verkostopalaveri) planned ahead with an outside facilitator: when and where it is,\nand who is invited. Record it as held with `recordMeetingHeld`, or cancel it with `cancelMeeting`.",
        block: true,
      },
      name: { kind: "Name", value: "ScheduleNetworkMeetingInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same schedule again returns the meeting instead of a duplicate.",
            block: true,
          },
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
          description: {
            kind: "StringValue",
            value: "When the meeting begins: in the future (rule `past`), at most a year ahead (rule `too_far_ahead`).",
            block: true,
          },
          name: { kind: "Name", value: "startsAt" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "Where it is held (a place's name or address, 1 to 200 characters); `place` or `videoLink` or both is\nrequired (rule `place_or_video_link`).",
            block: true,
          },
          name: { kind: "Name", value: "place" },
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
          description: {
            kind: "StringValue",
            value: "The video meeting's link, an `https://` URL (rule `https_url`).",
            block: true,
          },
          name: { kind: "Name", value: "videoLink" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "500" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "An active professional (rule `inactive`) who is neither a member of the client's team on the\nmeeting's day nor its responsible worker (rule `facilitator_on_team`).",
            block: true,
          },
          name: { kind: "Name", value: "facilitatorId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The professionals invited, each listed once, the facilitator not among them.",
            block: true,
          },
          name: { kind: "Name", value: "professionalIds" },
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
            value: "The family members invited, by relation; CLIENT for the client themself.",
            block: true,
          },
          name: { kind: "Name", value: "familyMembers" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "MeetingFamilyMemberInput" } },
              },
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
      description: {
        kind: "StringValue",
        value: "A scheduled meeting that has been held, with what it agreed or found.",
        block: true,
      },
      name: { kind: "Name", value: "RecordMeetingHeldInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The scheduled meeting's id; its day must have come (rule `not_yet_held`).",
            block: true,
          },
          name: { kind: "Name", value: "meetingId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "What the meeting agreed or found, 1 to 4000 characters.", block: true },
          name: { kind: "Name", value: "outcome" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "4000" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "A scheduled meeting that will not be held.", block: true },
      name: { kind: "Name", value: "CancelMeetingInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The scheduled meeting's id.", block: true },
          name: { kind: "Name", value: "meetingId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Why it is cancelled, 1 to 500 characters (shown to the client's team).",
            block: true,
          },
          name: { kind: "Name", value: "reason" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "500" } },
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
            value: "Adds an organisation to the directory (roles `manager`, `administrator`, or scope `teams:write`).",
            block: true,
          },
          name: { kind: "Name", value: "createOrganization" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The new organisation.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "CreateOrganizationInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Changes an organisation (roles `manager`, `administrator`, or scope `teams:write`).",
            block: true,
          },
          name: { kind: "Name", value: "updateOrganization" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The organisation's id.", block: true },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The fields to change.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "UpdateOrganizationInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Adds a professional to the directory (roles `manager`, `administrator`, or scope `teams:write`).",
            block: true,
          },
          name: { kind: "Name", value: "createProfessional" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The new professional.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "CreateProfessionalInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Changes a professional, e.g. marks them inactive when they leave (roles `manager`,\n`administrator`, or scope `teams:write`).",
            block: true,
          },
          name: { kind: "Name", value: "updateProfessional" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The professional's id.", block: true },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The fields to change.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "UpdateProfessionalInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Creates a team (roles `manager`, `administrator`, or scope `teams:write`).",
            block: true,
          },
          name: { kind: "Name", value: "createTeam" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The new team.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateTeamInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Team" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Adds a professional to a team for a period; the membership counts in access decisions while it\nlasts.",
            block: true,
          },
          name: { kind: "Name", value: "addTeamMember" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The team, the professional, their role and period.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AddTeamMemberInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TeamMember" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Ends a membership on `until`; from the next day the professional no longer reads the team's\nclients through it.",
            block: true,
          },
          name: { kind: "Name", value: "endTeamMembership" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The membership and its last day.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "EndTeamMembershipInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TeamMember" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Links a client to a team that works with them (client data, category team).",
            block: true,
          },
          name: { kind: "Name", value: "addClientToTeam" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The team, the client and the first day.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AddClientToTeamInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Team" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Ends a team's work with a client on `until` (client data, category team); the team's members lose\naccess through it the next day.",
            block: true,
          },
          name: { kind: "Name", value: "removeClientFromTeam" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The team, the client and the last day.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "RemoveClientFromTeamInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Team" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Makes a professional the client's responsible worker, handing over from the previous one; the\nhistory is kept.",
            block: true,
          },
          name: { kind: "Name", value: "assignResponsibleWorker" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The client, the professional and the first day.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "AssignResponsibleWorkerInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ResponsibleWorkerPeriod" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Records a network meeting of a client (client data, category team, action create).",
            block: true,
          },
          name: { kind: "Name", value: "recordNetworkMeeting" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The meeting.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "RecordNetworkMeetingInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Records a joint meeting of a client (client data, category team, action create).",
            block: true,
          },
          name: { kind: "Name", value: "recordJointMeeting" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The meeting.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "RecordJointMeetingInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Schedules a network meeting of a client ahead, with its outside facilitator, place or video link and\nwho is invited (client data, category team, action create: whoever may record a meeting for the\nclient). Publishes `meeting.scheduled`.",
            block: true,
          },
          name: { kind: "Name", value: "scheduleNetworkMeeting" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The meeting to schedule.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "ScheduleNetworkMeetingInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Records a scheduled meeting as held, with its outcome (category team, action update). Recording it\nagain with the same outcome returns it; another outcome, or a cancelled meeting, is CONFLICT.\nPublishes `meeting.held`. Takes an Idempotency-Key.",
            block: true,
          },
          name: { kind: "Name", value: "recordMeetingHeld" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The meeting and its outcome.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RecordMeetingHeldInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Cancels a scheduled meeting (category team, action update). Cancelling it again returns it; a held\nmeeting is CONFLICT. Publishes `meeting.cancelled`. Takes an Idempotency-Key.",
            block: true,
          },
          name: { kind: "Name", value: "cancelMeeting" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The meeting and why it is cancelled.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CancelMeetingInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } } },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
