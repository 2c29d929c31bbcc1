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
      description: { kind: "StringValue", value: "An instant, ISO 8601 with offset (`2026-11-23T10:15:00Z`).", block: true },
      name: { kind: "Name", value: "DateTime" },
      directives: [],
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
              "A client's consents (suostumukset): those valid on `validOn` (default today in the county), or all of\nthem, revoked and expired included, when `includeInactive` is true. Newest given first. Like every\nquery of one client's data here, null with `FORBIDDEN` at its path when the viewer may not see it.",
            block: true,
          },
          name: { kind: "Name", value: "clientConsents" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The client's id (a UUID).", block: true },
              name: { kind: "Name", value: "clientId" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The day to ask about (ISO date); default today in the county's time zone (Europe/Helsinki).",
                block: true,
              },
              name: { kind: "Name", value: "validOn" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "True for every consent, revoked and expired included; `validOn` is then ignored.",
                block: true,
              },
              name: { kind: "Name", value: "includeInactive" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
              defaultValue: { kind: "BooleanValue", value: false },
              directives: [],
            },
          ],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Consent" } } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "A client's bans (kiellot) valid on `validOn` (default today), or all of them with `includeInactive`.",
            block: true,
          },
          name: { kind: "Name", value: "clientBans" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The client's id (a UUID).", block: true },
              name: { kind: "Name", value: "clientId" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The day to ask about (ISO date); default today in the county's time zone.",
                block: true,
              },
              name: { kind: "Name", value: "validOn" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "True for every ban, lifted and expired included; `validOn` is then ignored.",
                block: true,
              },
              name: { kind: "Name", value: "includeInactive" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
              defaultValue: { kind: "BooleanValue", value: false },
              directives: [],
            },
          ],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Ban" } } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Consents not revoked whose last valid day falls within the next `withinDays` days (0–365), soonest\nfirst, of the clients whose consents the viewer may see: the first `first` (default 100, at most\n500) of those. At most 2000 consents are examined per request; beyond that the answer is\n`BAD_USER_INPUT` (`too_broad`): ask for fewer days.",
            block: true,
          },
          name: { kind: "Name", value: "consentsExpiring" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "How many days ahead, counted from today in the county: 0 (today only) to 365.",
                block: true,
              },
              name: { kind: "Name", value: "withinDays" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "At most this many consents: default 100, 1 to 500.", block: true },
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
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Consent" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Who may see what of a client today, with the reason for each: the responsible worker, the members of\nthe teams working with the client, organisations with an active client relationship, and, for those\noutside the county, the consents, statutory bases and bans that decide it.",
            block: true,
          },
          name: { kind: "Name", value: "clientAccessOverview" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The client's id (a UUID).", block: true },
              name: { kind: "Name", value: "clientId" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AccessGrant" } } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Who read or changed a client's data and on what basis (käyttöloki), newest first; by default the last\n2 years. The client themself (or their guardian) and a data protection officer may ask; the query is\nlogged too.",
            block: true,
          },
          name: { kind: "Name", value: "accessLog" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The client's id (a UUID).", block: true },
              name: { kind: "Name", value: "clientId" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "Entries at or after this instant; default two years before `to`.",
                block: true,
              },
              name: { kind: "Name", value: "from" },
              type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Entries before this instant; default now.", block: true },
              name: { kind: "Name", value: "to" },
              type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Page size: default 50, 1 to 500.", block: true },
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The `endCursor` of the previous page; from the newest entry when omitted.",
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
          type: { kind: "NamedType", name: { kind: "Name", value: "AccessLogConnection" } },
          directives: [],
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
              "Records a consent given by the client or their guardian. Sending the same `id` again returns the\nrecorded consent when it matches, CONFLICT when it differs.",
            block: true,
          },
          name: { kind: "Name", value: "recordConsent" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The consent and its evidence.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RecordConsentInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Consent" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Revokes a consent (suostumuksen peruutus): effective at once in every decision; the record is kept.",
            block: true,
          },
          name: { kind: "Name", value: "revokeConsent" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The consent's id. Needs the right to update the client's consents (category consents).",
                block: true,
              },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Consent" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Records a ban (kielto). A ban wins over any consent.", block: true },
          name: { kind: "Name", value: "recordBan" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The ban.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RecordBanInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Ban" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Lifts a ban at once; the record is kept.", block: true },
          name: { kind: "Name", value: "liftBan" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The ban's id. Needs the right to update the client's consents (category consents).",
                block: true,
              },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Ban" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Records a statutory basis for disclosure without consent; only a professional of the county (the\ncontroller) may record one.",
            block: true,
          },
          name: { kind: "Name", value: "recordStatutoryBasis" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The basis, its recipient and period.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "RecordStatutoryBasisInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "StatutoryBasis" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Ends a statutory basis at once; the record is kept.", block: true },
          name: { kind: "Name", value: "endStatutoryBasis" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The statutory basis's id; only a professional of the county (the controller) may end one.",
                block: true,
              },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "StatutoryBasis" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "What a consent lets happen.", block: true },
      name: { kind: "Name", value: "ConsentKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Sharing the client's data between the organisations of the client's team (tietojen luovutus).",
            block: true,
          },
          name: { kind: "Name", value: "SHARING" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Acting on the client's behalf (puolesta asiointi), by a named person for named actions.",
            block: true,
          },
          name: { kind: "Name", value: "ACTING_ON_BEHALF" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "How the consent was given.", block: true },
      name: { kind: "Name", value: "ConsentForm" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "On paper, signed; `evidenceReference` names the document.", block: true },
          name: { kind: "Name", value: "WRITTEN" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Given electronically (e.g. in an e-service); `evidenceReference` names the record.",
            block: true,
          },
          name: { kind: "Name", value: "ELECTRONIC" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Oral: `recordedBy` is who heard and recorded it.", block: true },
          name: { kind: "Name", value: "ORAL" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Who gave the consent.", block: true },
      name: { kind: "Name", value: "ConsentGiver" },
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
          description: { kind: "StringValue", value: "The guardian (huoltaja) of a minor client.", block: true },
          name: { kind: "Name", value: "GUARDIAN" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "A court-appointed guardian (edunvalvoja) of a client under guardianship.",
            block: true,
          },
          name: { kind: "Name", value: "LEGAL_GUARDIAN" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Who acts on the client's behalf.", block: true },
      name: { kind: "Name", value: "AgentKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "A person known to Silta as a client (a relative); `agentId` is their client id.",
            block: true,
          },
          name: { kind: "Name", value: "CLIENT" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "A professional (for example the responsible worker); `agentId` is their professional id.",
            block: true,
          },
          name: { kind: "Name", value: "PROFESSIONAL" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Actions an authorisation to act on behalf may allow.", block: true },
      name: { kind: "Name", value: "OnBehalfAction" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Apply for services and benefits for the client.", block: true },
          name: { kind: "Name", value: "APPLY_FOR_SERVICES" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Take part in the client's meetings in their stead.", block: true },
          name: { kind: "Name", value: "ATTEND_MEETINGS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Receive the decisions made about the client.", block: true },
          name: { kind: "Name", value: "RECEIVE_DECISIONS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "See the client's data, the categories of the authorisation.", block: true },
          name: { kind: "Name", value: "VIEW_DATA" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Deal with authorities for the client (asiointi viranomaisten kanssa).",
            block: true,
          },
          name: { kind: "Name", value: "COMMUNICATE_WITH_AUTHORITIES" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A client's consent (suostumus): to share data categories with organisations or teams outside the\ncounty, or to let someone act on their behalf (puolesta asiointi).",
        block: true,
      },
      name: { kind: "Name", value: "Consent" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The consent's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The client whose data the consent is about.", block: true },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Sharing data, or acting on the client's behalf.", block: true },
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConsentKind" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "Who gave it: the client, a guardian of a minor, or a court-appointed guardian.",
            block: true,
          },
          name: { kind: "Name", value: "givenBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConsentGiver" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "The guardian who gave the consent, when not the client themself.",
            block: true,
          },
          name: { kind: "Name", value: "givenByClient" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Client" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "The first recipient organisation. Deprecated: a consent may name several.",
            block: true,
          },
          name: { kind: "Name", value: "recipientOrganization" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "deprecated" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "reason" },
                  value: { kind: "StringValue", value: "Use recipientOrganizations.", block: false },
                },
              ],
            },
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Organisations the data may be disclosed to.", block: true },
          name: { kind: "Name", value: "recipientOrganizations" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "Teams whose members may receive the data, whatever their organisation.",
            block: true,
          },
          name: { kind: "Name", value: "recipientTeams" },
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
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "The data categories it covers (training is not client data).",
            block: true,
          },
          name: { kind: "Name", value: "categories" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
              'What the data may be used for, as agreed with the client, e.g. "Multidisciplinary client team work\nwith the school". Logged with every decision it grants.',
            block: true,
          },
          name: { kind: "Name", value: "purpose" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Written, electronic or oral.", block: true },
          name: { kind: "Name", value: "form" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConsentForm" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "Reference to the signed document or electronic record that proves it (asiakirjaviite).",
            block: true,
          },
          name: { kind: "Name", value: "evidenceReference" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The first valid day (Finnish calendar day).", block: true },
          name: { kind: "Name", value: "validFrom" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The last valid day; none means until revoked.", block: true },
          name: { kind: "Name", value: "validUntil" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "When the client (or guardian) gave it.", block: true },
          name: { kind: "Name", value: "givenAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Id of the professional (or client) who recorded it.", block: true },
          name: { kind: "Name", value: "recordedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "When it was revoked; null while in force. A revoked consent grants nothing from that instant on.",
            block: true,
          },
          name: { kind: "Name", value: "revokedAt" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "For ACTING_ON_BEHALF: who may act.", block: true },
          name: { kind: "Name", value: "agentId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "For ACTING_ON_BEHALF: whether `agentId` is a client or a professional.",
            block: true,
          },
          name: { kind: "Name", value: "agentKind" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "AgentKind" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "For ACTING_ON_BEHALF: what they may do.", block: true },
          name: { kind: "Name", value: "allowedActions" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "OnBehalfAction" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Valid today (in the county's time zone) and not revoked.", block: true },
          name: { kind: "Name", value: "isActive" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "What a ban (kielto) forbids.", block: true },
      name: { kind: "Name", value: "BanKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Sharing the listed data categories with anyone outside the county.",
            block: true,
          },
          name: { kind: "Name", value: "CATEGORY" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "Sharing the data of one service task (palvelutehtävä). Until data is tagged by service task, it\nblocks every category listed (all when none are) outside the county.",
            block: true,
          },
          name: { kind: "Name", value: "SERVICE_TASK" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Sharing with one organisation (the listed categories, or all when none are).",
            block: true,
          },
          name: { kind: "Name", value: "ORGANIZATION" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A client's ban (kielto) on disclosing their data. A ban wins over any consent.",
        block: true,
      },
      name: { kind: "Name", value: "Ban" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The ban's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The client who forbade the disclosure.", block: true },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "What the ban forbids: categories, a service task's data, or disclosure to one organisation.",
            block: true,
          },
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "BanKind" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Categories it covers; empty means all.", block: true },
          name: { kind: "Name", value: "categories" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
              "For SERVICE_TASK: the service task (palvelutehtävä) whose data may not be disclosed, e.g.\n`child_protection`.",
            block: true,
          },
          name: { kind: "Name", value: "serviceTask" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "For ORGANIZATION: the organisation the data may not be disclosed to.",
            block: true,
          },
          name: { kind: "Name", value: "organization" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The first day in force.", block: true },
          name: { kind: "Name", value: "validFrom" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The last day in force; null means until lifted.", block: true },
          name: { kind: "Name", value: "validUntil" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "When the client expressed the ban.", block: true },
          name: { kind: "Name", value: "givenAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Id of the viewer who recorded it.", block: true },
          name: { kind: "Name", value: "recordedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "When it was lifted; null while in force.", block: true },
          name: { kind: "Name", value: "liftedAt" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "In force today and not lifted.", block: true },
          name: { kind: "Name", value: "isActive" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          "A statutory basis (lakiperuste) for disclosing data without consent, recorded for one client by a\nprofessional of the controller.",
        block: true,
      },
      name: { kind: "Name", value: "StatutoryBasis" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The statutory basis's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The client whose data may be disclosed.", block: true },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "The organisation outside the county that may receive the data.",
            block: true,
          },
          name: { kind: "Name", value: "recipientOrganization" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The data categories it covers.", block: true },
          name: { kind: "Name", value: "categories" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "The provision of law, e.g. `Lastensuojelulaki 417/2007 25 §`.",
            block: true,
          },
          name: { kind: "Name", value: "legalReference" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The first valid day.", block: true },
          name: { kind: "Name", value: "validFrom" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The last valid day; null means until ended.", block: true },
          name: { kind: "Name", value: "validUntil" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "When it was recorded.", block: true },
          name: { kind: "Name", value: "recordedAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Id of the professional of the county who recorded it.", block: true },
          name: { kind: "Name", value: "recordedBy" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "When it was ended; null while in force.", block: true },
          name: { kind: "Name", value: "endedAt" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Valid today (in the county's time zone) and not ended.", block: true },
          name: { kind: "Name", value: "isActive" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Categories of client data that access decisions and consents are made for.",
        block: true,
      },
      name: { kind: "Name", value: "DataCategory" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "Basic details (perustiedot): name, birth date, language, identity code, controller organisation, relationships, families and guardians.",
            block: true,
          },
          name: { kind: "Name", value: "BASIC" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "Contact details: address, phone, email (yhteystiedot). Never shown under a non-disclosure order\n(turvakielto).",
            block: true,
          },
          name: { kind: "Name", value: "CONTACT" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Concerns (huolet) raised about the client and the reactions to them.",
            block: true,
          },
          name: { kind: "Name", value: "CONCERNS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The shared service plan (yhteinen palvelusuunnitelma): goals and agreements.",
            block: true,
          },
          name: { kind: "Name", value: "SERVICE_PLAN" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The client's team: teams, responsible worker, meetings.", block: true },
          name: { kind: "Name", value: "TEAM" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The client's consents, bans and statutory bases themselves.", block: true },
          name: { kind: "Name", value: "CONSENTS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "FIT measurements: episodes, sessions, ORS/SRS scores.", block: true },
          name: { kind: "Name", value: "FIT" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: 'One line of "who may see what of a client today".', block: true },
      name: { kind: "Name", value: "AccessGrant" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The professional, when the right is personal (responsible worker, team member).",
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
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The organisation whose professionals the line is about.", block: true },
          name: { kind: "Name", value: "organization" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "The team, when the right comes through team membership or a consent naming a team.",
            block: true,
          },
          name: { kind: "Name", value: "team" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Team" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "Categories this party may see today.", block: true },
          name: { kind: "Name", value: "categories" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "Categories refused to this party today, with the reason in `deniedReason`.",
            block: true,
          },
          name: { kind: "Name", value: "deniedCategories" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "Why: `responsible_worker`, `team_member`, `client_relationship`, `consent`, `statutory_basis`.",
            block: true,
          },
          name: { kind: "Name", value: "reason" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "Why the denied categories are denied: `ban`, `no_consent` (the client's bans are in `Client.bans`).",
            block: true,
          },
          name: { kind: "Name", value: "deniedReason" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
          description: { kind: "StringValue", value: "The consents behind the grant (reason `consent`).", block: true },
          name: { kind: "Name", value: "consentIds" },
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
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
            value: "The statutory bases behind the grant (reason `statutory_basis`).",
            block: true,
          },
          name: { kind: "Name", value: "statutoryBasisIds" },
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
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
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
        value: "One entry of the access log: a read or change of a client's data, allowed or denied.",
        block: true,
      },
      name: { kind: "Name", value: "AccessLogEntry" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "When the decision was made.", block: true },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "Who asked: the professional's, client's or system's id.", block: true },
          name: { kind: "Name", value: "viewerId" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "`professional`, `client` or `system`.", block: true },
          name: { kind: "Name", value: "viewerKind" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "The viewer's organisation, for a professional.", block: true },
          name: { kind: "Name", value: "organizationId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "The viewer's roles at the time, e.g. `social_worker`.", block: true },
          name: { kind: "Name", value: "roles" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
            value: "`basic`, `service_plan`, … or `access_log` for a query of the log itself.",
            block: true,
          },
          name: { kind: "Name", value: "category" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "`read`, `create` or `update`.", block: true },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
            value: "The purpose the caller stated in the `x-silta-purpose` header; null when none was given.",
            block: true,
          },
          name: { kind: "Name", value: "purpose" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                {
                  kind: "Argument",
                  name: { kind: "Name", value: "category" },
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
            value: "The basis of the decision (`consent`, `team_member`, `self`…) or the reason of a denial.",
            block: true,
          },
          name: { kind: "Name", value: "basis" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "The consent that allowed it, when the basis is `consent`.", block: true },
          name: { kind: "Name", value: "consentId" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
            value: "The team through which it was allowed, when the basis is `team_member`.",
            block: true,
          },
          name: { kind: "Name", value: "teamId" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
            value: "The client relationship (asiakassuhde) that allowed it, when the basis is `client_relationship`.",
            block: true,
          },
          name: { kind: "Name", value: "relationshipId" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
            value: "The statutory basis that allowed it, when the basis is `statutory_basis`.",
            block: true,
          },
          name: { kind: "Name", value: "statutoryBasisId" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "`allowed` or `denied`.", block: true },
          name: { kind: "Name", value: "outcome" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "The gateway's request id, to find the request in the logs.", block: true },
          name: { kind: "Name", value: "requestId" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
          description: { kind: "StringValue", value: "The subgraph that asked.", block: true },
          name: { kind: "Name", value: "source" },
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
                  value: { kind: "EnumValue", value: "access_log" },
                },
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
      description: { kind: "StringValue", value: "One entry of the access log with its place in the list.", block: true },
      name: { kind: "Name", value: "AccessLogEdge" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Opaque; pass as `after` to continue after this entry.", block: true },
          name: { kind: "Name", value: "cursor" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The entry.", block: true },
          name: { kind: "Name", value: "node" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AccessLogEntry" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "Where a page of the access log ends.", block: true },
      name: { kind: "Name", value: "AccessLogPageInfo" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "True when older entries follow.", block: true },
          name: { kind: "Name", value: "hasNextPage" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Pass as `after` for the next page; null on an empty page.", block: true },
          name: { kind: "Name", value: "endCursor" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A page of a client's access log, newest first.", block: true },
      name: { kind: "Name", value: "AccessLogConnection" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The entries of this page.", block: true },
          name: { kind: "Name", value: "edges" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AccessLogEdge" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Whether and where the log goes on.", block: true },
          name: { kind: "Name", value: "pageInfo" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AccessLogPageInfo" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A consent given by a client or their guardian. Needs the right to create the client's consents data\n(category consents).",
        block: true,
      },
      name: { kind: "Name", value: "RecordConsentInput" },
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
          description: { kind: "StringValue", value: "The client the consent is about.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "SHARING (default) or ACTING_ON_BEHALF.", block: true },
          name: { kind: "Name", value: "kind" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConsentKind" } } },
          defaultValue: { kind: "EnumValue", value: "SHARING" },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Who gave it; default the client.", block: true },
          name: { kind: "Name", value: "givenBy" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConsentGiver" } } },
          defaultValue: { kind: "EnumValue", value: "CLIENT" },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Required when `givenBy` is GUARDIAN or LEGAL_GUARDIAN.", block: true },
          name: { kind: "Name", value: "givenByClientId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "SHARING: at least one organisation or team.", block: true },
          name: { kind: "Name", value: "recipientOrganizationIds" },
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
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "SHARING: teams whose members may receive the data, whatever their organisation. ACTING_ON_BEHALF:\nnone.",
            block: true,
          },
          name: { kind: "Name", value: "recipientTeamIds" },
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
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The data categories covered; at least one.", block: true },
          name: { kind: "Name", value: "categories" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "20" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "What the data may be used for, 1 to 500 characters.", block: true },
          name: { kind: "Name", value: "purpose" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "2000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "How it was given; WRITTEN and ELECTRONIC need `evidenceReference`.",
            block: true,
          },
          name: { kind: "Name", value: "form" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ConsentForm" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Required for WRITTEN and ELECTRONIC consents.", block: true },
          name: { kind: "Name", value: "evidenceReference" },
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
          description: { kind: "StringValue", value: "The first valid day.", block: true },
          name: { kind: "Name", value: "validFrom" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "The last valid day, not before `validFrom`; required for ACTING_ON_BEHALF, omitted for a sharing\nconsent valid until revoked.",
            block: true,
          },
          name: { kind: "Name", value: "validUntil" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "When the client gave it; default now.", block: true },
          name: { kind: "Name", value: "givenAt" },
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "ACTING_ON_BEHALF: the person who may act, and what they may do.",
            block: true,
          },
          name: { kind: "Name", value: "agentId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "ACTING_ON_BEHALF: whether `agentId` is a client or a professional.",
            block: true,
          },
          name: { kind: "Name", value: "agentKind" },
          type: { kind: "NamedType", name: { kind: "Name", value: "AgentKind" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "ACTING_ON_BEHALF: the actions allowed, at least one.", block: true },
          name: { kind: "Name", value: "allowedActions" },
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "OnBehalfAction" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "20" } },
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
        value: "A ban (kielto) the client expressed. Needs the right to create the client's consents data (category\nconsents).",
        block: true,
      },
      name: { kind: "Name", value: "RecordBanInput" },
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
          description: { kind: "StringValue", value: "The client who forbids the disclosure.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "What is forbidden.", block: true },
          name: { kind: "Name", value: "kind" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "BanKind" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The categories covered; at least one for CATEGORY; empty or omitted means all for the other kinds.",
            block: true,
          },
          name: { kind: "Name", value: "categories" },
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "20" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Required for SERVICE_TASK.", block: true },
          name: { kind: "Name", value: "serviceTask" },
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
          description: { kind: "StringValue", value: "Required for ORGANIZATION.", block: true },
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Why, as the client put it, at most 500 characters; kept with the ban, not returned by the API.",
            block: true,
          },
          name: { kind: "Name", value: "reason" },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "2000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The first day in force; default today.", block: true },
          name: { kind: "Name", value: "validFrom" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The last day in force, not before `validFrom`; omitted means until lifted.",
            block: true,
          },
          name: { kind: "Name", value: "validUntil" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A statutory basis for disclosure without consent. Only a professional of the county (the controller)\nmay record one.",
        block: true,
      },
      name: { kind: "Name", value: "RecordStatutoryBasisInput" },
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
          description: { kind: "StringValue", value: "The client whose data may be disclosed.", block: true },
          name: { kind: "Name", value: "clientId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The recipient organisation outside the county.", block: true },
          name: { kind: "Name", value: "recipientOrganizationId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The data categories covered; at least one.", block: true },
          name: { kind: "Name", value: "categories" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DataCategory" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxItems" }, value: { kind: "IntValue", value: "20" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The provision of law, e.g. `Lastensuojelulaki 417/2007 25 §`, 1 to 500 characters.",
            block: true,
          },
          name: { kind: "Name", value: "legalReference" },
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
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The first valid day.", block: true },
          name: { kind: "Name", value: "validFrom" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The last valid day, not before `validFrom`; omitted means until ended.",
            block: true,
          },
          name: { kind: "Name", value: "validUntil" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "An organisation (teams subgraph): a recipient of consents and statutory bases, or the subject of a\nban.",
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
      description: { kind: "StringValue", value: "A team (teams subgraph) named as a recipient of a consent.", block: true },
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
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A professional (teams subgraph) who has a right to a client's data.",
        block: true,
      },
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
      description: {
        kind: "StringValue",
        value: "A client (clients subgraph), with the consents and bans recorded for them here.",
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
          description: {
            kind: "StringValue",
            value:
              "The client's consents, newest given first, active or not. Null, with FORBIDDEN at its path, for a\nviewer without a lawful basis to see them; the rest of the response is unaffected.",
            block: true,
          },
          name: { kind: "Name", value: "consents" },
          arguments: [],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Consent" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client's bans, newest first, in force or not. Null with FORBIDDEN like `consents`.",
            block: true,
          },
          name: { kind: "Name", value: "bans" },
          arguments: [],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Ban" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "consents" } },
              ],
            },
          ],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
