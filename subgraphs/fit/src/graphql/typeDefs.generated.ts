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
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "FIT instruments: ORS/SRS for adults (from 13), CORS/CSRS for children 6-12, YCORS/YCSRS under 6, GSRS for groups.",
        block: true,
      },
      name: { kind: "Name", value: "Instrument" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "Outcome Rating Scale, given at the start of a session, ages 13 and up: Individually,\nInterpersonally, Socially, Overall. SNOMED CT 716613004.",
            block: true,
          },
          name: { kind: "Name", value: "ORS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "Session Rating Scale, given at the end of a session, ages 13 and up: Relationship, Goals and\nTopics, Approach or Method, Overall. SNOMED CT 720482000.",
            block: true,
          },
          name: { kind: "Name", value: "SRS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Child Outcome Rating Scale, ages 6-12: Me, Family, School, Everything. SNOMED CT 718458005.",
            block: true,
          },
          name: { kind: "Name", value: "CORS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Child Session Rating Scale, ages 6-12. SNOMED CT 718762000.", block: true },
          name: { kind: "Name", value: "CSRS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Young Child Outcome Rating Scale, under 6 (pictures; no validated psychometrics). SNOMED CT\n718461006.",
            block: true,
          },
          name: { kind: "Name", value: "YCORS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Young Child Session Rating Scale, under 6.", block: true },
          name: { kind: "Name", value: "YCSRS" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Group Session Rating Scale, for group sessions. SNOMED CT 718441000.",
            block: true,
          },
          name: { kind: "Name", value: "GSRS" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Who gave the scores: the client, or a collateral rater (rinnakkaisarvioija) with their relation.",
        block: true,
      },
      name: { kind: "Name", value: "Rater" },
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
          description: {
            kind: "StringValue",
            value: 'A parent rating in parallel (collateral rater); `raterRelation` says which, e.g. "mother".',
            block: true,
          },
          name: { kind: "Name", value: "PARENT" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A guardian (huoltaja) rating in parallel.", block: true },
          name: { kind: "Name", value: "GUARDIAN" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Another professional rating in parallel, e.g. a teacher.", block: true },
          name: { kind: "Name", value: "OTHER_PROFESSIONAL" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Who an episode of work is with.", block: true },
      name: { kind: "Name", value: "FitEpisodeKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Work with one client.", block: true },
          name: { kind: "Name", value: "INDIVIDUAL" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Work with a couple (pariterapia); the episode's client is the one it is recorded for.",
            block: true,
          },
          name: { kind: "Name", value: "COUPLE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Work with a family.", block: true },
          name: { kind: "Name", value: "FAMILY" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A group (ryhmä); session ratings by GSRS.", block: true },
          name: { kind: "Name", value: "GROUP" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "How an episode ended: as planned, or unplanned (dropout, keskeytys).",
        block: true,
      },
      name: { kind: "Name", value: "FitEpisodeClosure" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Ended as agreed with the client.", block: true },
          name: { kind: "Name", value: "PLANNED" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Ended before the goal without agreement (dropout, keskeytys); counts in the reports' dropout\nshare.",
            block: true,
          },
          name: { kind: "Name", value: "UNPLANNED" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "How a session was held.", block: true },
      name: { kind: "Name", value: "FitSessionMode" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "At the office, in person.", block: true },
          name: { kind: "Name", value: "FACE_TO_FACE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "By phone.", block: true },
          name: { kind: "Name", value: "PHONE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "By video call.", block: true },
          name: { kind: "Name", value: "VIDEO" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "At the client's home (kotikäynti).", block: true },
          name: { kind: "Name", value: "HOME_VISIT" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "Change from intake against the configured reliable change threshold (luotettava muutos); reaching it exactly counts.",
        block: true,
      },
      name: { kind: "Name", value: "ReliableChange" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The total rose from intake by at least the reliable change threshold.",
            block: true,
          },
          name: { kind: "Name", value: "IMPROVED" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The change from intake is smaller than the threshold either way.",
            block: true,
          },
          name: { kind: "Name", value: "NO_RELIABLE_CHANGE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The total fell from intake by at least the threshold.", block: true },
          name: { kind: "Name", value: "DETERIORATED" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "What an outcome report groups by.", block: true },
      name: { kind: "Name", value: "FitReportDimension" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "One row per team of the episodes.", block: true },
          name: { kind: "Name", value: "TEAM" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "One row per unit.", block: true },
          name: { kind: "Name", value: "UNIT" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "One row per organisation.", block: true },
          name: { kind: "Name", value: "ORGANIZATION" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "One row per service code.", block: true },
          name: { kind: "Name", value: "SERVICE" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Format of an import (docs/fit-import.md).", block: true },
      name: { kind: "Name", value: "FitImportFormat" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "One row per measure, as in docs/fit-import.md.", block: true },
          name: { kind: "Name", value: "CSV" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Episodes with their sessions and measures, as in docs/fit-import.md.",
            block: true,
          },
          name: { kind: "Name", value: "JSON" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Values the hub derives from the scores, with the version of the configuration that produced them.",
        block: true,
      },
      name: { kind: "Name", value: "FitDerivedValues" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Outcome measures: the total is below the clinical cutoff for the instrument and the client's age (kliininen alue).",
            block: true,
          },
          name: { kind: "Name", value: "clinical" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Outcome measures: the clinical cutoff applied; session ratings: the alert line.",
            block: true,
          },
          name: { kind: "Name", value: "cutoff" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Outcome measures after the intake: total minus the intake total of the same rater and instrument.",
            block: true,
          },
          name: { kind: "Name", value: "changeFromIntake" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Outcome measures after the intake: whether `changeFromIntake` reaches the reliable change\nthreshold of the instrument.",
            block: true,
          },
          name: { kind: "Name", value: "reliableChange" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ReliableChange" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Session ratings: total below the alert line, or a drop of the configured size (default 1) from the previous session.",
            block: true,
          },
          name: { kind: "Name", value: "srsAlert" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The `FitConfiguration.version` whose cutoffs and thresholds produced these values.",
            block: true,
          },
          name: { kind: "Name", value: "configurationVersion" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "Values licensed to the FIT app (expected treatment response, status colour, effect size): stored only as imported, never computed here.",
        block: true,
      },
      name: { kind: "Name", value: "ImportedFitValues" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Expected treatment response target (ETR, odotettu hoitovaste) for this session.",
            block: true,
          },
          name: { kind: "Name", value: "etrTarget" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The app's status colour, as the app named it.", block: true },
          name: { kind: "Name", value: "status" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The severity-adjusted effect size the app computed, as imported.",
            block: true,
          },
          name: { kind: "Name", value: "effectSize" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The app the values came from, e.g. `openfit`.", block: true },
          name: { kind: "Name", value: "source" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The app's version, when it told one.", block: true },
          name: { kind: "Name", value: "sourceVersion" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "One score of one FIT instrument, given in a session (mittaus).", block: true },
      name: { kind: "Name", value: "Measurement" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The measurement's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Which instrument.", block: true },
          name: { kind: "Name", value: "instrument" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Instrument" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The day of the session it was given in.", block: true },
          name: { kind: "Name", value: "measuredOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "0-40; higher is better.", block: true },
          name: { kind: "Name", value: "total" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The four item scores 0.0-10.0, when the rater gave items and not only the total.",
            block: true,
          },
          name: { kind: "Name", value: "items" },
          arguments: [],
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Who gave the scores: the client or a collateral rater.", block: true },
          name: { kind: "Name", value: "rater" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Rater" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: 'A collateral rater\'s relation to the client, e.g. "mother".',
            block: true,
          },
          name: { kind: "Name", value: "raterRelation" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Why an instrument outside the client's age range was used.", block: true },
          name: { kind: "Name", value: "instrumentReason" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Null for scores recorded before episodes existed.", block: true },
          name: { kind: "Name", value: "derived" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "FitDerivedValues" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Values taken from the FIT app as they came (ETR, status, effect size); null when none were\nimported.",
            block: true,
          },
          name: { kind: "Name", value: "imported" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ImportedFitValues" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A measure that was not given in a session, and why.", block: true },
      name: { kind: "Name", value: "SkippedMeasure" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The instrument that was not given.", block: true },
          name: { kind: "Name", value: "instrument" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Instrument" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Whose measure it would have been.", block: true },
          name: { kind: "Name", value: "rater" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Rater" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: 'A collateral rater\'s relation to the client, e.g. "mother".',
            block: true,
          },
          name: { kind: "Name", value: "raterRelation" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Why it was skipped, as the professional wrote it.", block: true },
          name: { kind: "Name", value: "reason" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
        value: "An episode of work (jakso, asiakkuus) with a client, a couple, a family or a group.",
        block: true,
      },
      name: { kind: "Name", value: "FitEpisode" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The episode's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The client the episode is recorded for.", block: true },
          name: { kind: "Name", value: "client" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Client" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Individual, couple, family or group work.", block: true },
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisodeKind" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The professional who owns the episode.", block: true },
          name: { kind: "Name", value: "owner" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The team it belongs to, for the reports; null when none.", block: true },
          name: { kind: "Name", value: "teamId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The unit it belongs to, for the reports; null when none.", block: true },
          name: { kind: "Name", value: "unitId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The organisation it belongs to, for the reports; null when none.",
            block: true,
          },
          name: { kind: "Name", value: "organizationId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The service's code, e.g. `family_counselling`.", block: true },
          name: { kind: "Name", value: "service" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The first day of the episode.", block: true },
          name: { kind: "Name", value: "startedOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The last day; null while the episode is open.", block: true },
          name: { kind: "Name", value: "endedOn" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How it ended; null while open.", block: true },
          name: { kind: "Name", value: "closure" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisodeClosure" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The app it was imported from, when imported.", block: true },
          name: { kind: "Name", value: "importSource" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Sessions, oldest first, a page at a time: `first` 1–200 (default 50), `after` a `pageInfo.endCursor` given out here.",
            block: true,
          },
          name: { kind: "Name", value: "sessions" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Page size: 1 to 200, default 50.", block: true },
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The `pageInfo.endCursor` of the previous page; from the first session when omitted.",
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
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitSessionConnection" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A page of an episode's sessions, oldest first.", block: true },
      name: { kind: "Name", value: "FitSessionConnection" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The sessions of this page.", block: true },
          name: { kind: "Name", value: "edges" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitSessionEdge" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Whether and where the list goes on.", block: true },
          name: { kind: "Name", value: "pageInfo" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitPageInfo" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "One session with its place in the list.", block: true },
      name: { kind: "Name", value: "FitSessionEdge" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Opaque; pass as `after` to continue after this session.", block: true },
          name: { kind: "Name", value: "cursor" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The session.", block: true },
          name: { kind: "Name", value: "node" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitSession" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A page of a client's episodes, newest first.", block: true },
      name: { kind: "Name", value: "FitEpisodeConnection" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The episodes of this page.", block: true },
          name: { kind: "Name", value: "edges" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisodeEdge" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Whether and where the list goes on.", block: true },
          name: { kind: "Name", value: "pageInfo" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitPageInfo" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "One episode with its place in the list.", block: true },
      name: { kind: "Name", value: "FitEpisodeEdge" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Opaque; pass as `after` to continue after this episode.", block: true },
          name: { kind: "Name", value: "cursor" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The episode.", block: true },
          name: { kind: "Name", value: "node" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisode" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "Where a page of a FIT list ends.", block: true },
      name: { kind: "Name", value: "FitPageInfo" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "True when more rows follow.", block: true },
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
      description: { kind: "StringValue", value: "One session (tapaaminen) of an episode.", block: true },
      name: { kind: "Name", value: "FitSession" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The session's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The episode it belongs to.", block: true },
          name: { kind: "Name", value: "episodeId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The day it was held; within the episode's dates and not in the future.",
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
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How it was held.", block: true },
          name: { kind: "Name", value: "mode" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitSessionMode" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The professional who held it.", block: true },
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The measures given in the session.", block: true },
          name: { kind: "Name", value: "measurements" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Measurement" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The measures not given, each with its reason.", block: true },
          name: { kind: "Name", value: "skipped" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SkippedMeasure" } } },
            },
          },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
        value: "One point of a client's series, ready to draw: the score, the line it is compared with, and its flags.",
        block: true,
      },
      name: { kind: "Name", value: "FitSeriesPoint" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The measurement this point draws.", block: true },
          name: { kind: "Name", value: "measurementId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Its session.", block: true },
          name: { kind: "Name", value: "sessionId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Its episode.", block: true },
          name: { kind: "Name", value: "episodeId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The day of the session.", block: true },
          name: { kind: "Name", value: "date" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The instrument.", block: true },
          name: { kind: "Name", value: "instrument" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Instrument" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Who gave the score.", block: true },
          name: { kind: "Name", value: "rater" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Rater" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "A collateral rater's relation to the client.", block: true },
          name: { kind: "Name", value: "raterRelation" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The total, 0.0-40.0.", block: true },
          name: { kind: "Name", value: "total" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The cutoff (outcome) or the alert line (session rating) in force for this point.",
            block: true,
          },
          name: { kind: "Name", value: "cutoff" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Outcome points: below the clinical cutoff.", block: true },
          name: { kind: "Name", value: "clinical" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Outcome points: total minus the intake total of the same rater and instrument.",
            block: true,
          },
          name: { kind: "Name", value: "changeFromIntake" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Outcome points: reliable improvement, deterioration or neither.",
            block: true,
          },
          name: { kind: "Name", value: "reliableChange" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ReliableChange" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Session-rating points: an SRS alert.", block: true },
          name: { kind: "Name", value: "alert" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The imported ETR target, when the FIT app gave one.", block: true },
          name: { kind: "Name", value: "etrTarget" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The FIT app's status colour, as imported.", block: true },
          name: { kind: "Name", value: "etrStatus" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The configuration version of the derived values; null for points without them.",
            block: true,
          },
          name: { kind: "Name", value: "configurationVersion" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A client's ORS and SRS series (oldest first), for drawing.", block: true },
      name: { kind: "Name", value: "FitSeries" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Outcome scores (ORS, CORS, YCORS), oldest first.", block: true },
          name: { kind: "Name", value: "outcome" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitSeriesPoint" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Session ratings (SRS, CSRS, YCSRS, GSRS), oldest first.", block: true },
          name: { kind: "Name", value: "sessionRating" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitSeriesPoint" } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A client whose latest session needs attention: an SRS alert, or a reliable deterioration.",
        block: true,
      },
      name: { kind: "Name", value: "FitAlert" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client. Only clients whose FIT data the viewer may see are listed.",
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
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
          description: { kind: "StringValue", value: "The open episode.", block: true },
          name: { kind: "Name", value: "episode" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisode" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
          description: { kind: "StringValue", value: "The latest session, the one that raised the alert.", block: true },
          name: { kind: "Name", value: "sessionId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
          description: { kind: "StringValue", value: "The day of that session.", block: true },
          name: { kind: "Name", value: "heldOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
            value: "The session rating was below the alert line or dropped by the configured amount.",
            block: true,
          },
          name: { kind: "Name", value: "srsAlert" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
            value: "The outcome score fell from intake by the reliable change threshold or more.",
            block: true,
          },
          name: { kind: "Name", value: "reliableDeterioration" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
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
          "One group of an outcome report (tiedolla johtaminen). A group with fewer than 5 clients is suppressed: every figure is null.",
        block: true,
      },
      name: { kind: "Name", value: "FitOutcomeReportRow" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The team, unit or organisation id, or the service code; null for episodes without one.",
            block: true,
          },
          name: { kind: "Name", value: "groupKey" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "True when the group has fewer than 5 clients: every figure is then null, so no client can be\nrecognised.",
            block: true,
          },
          name: { kind: "Name", value: "suppressed" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Distinct clients with at least one measurement in the period.",
            block: true,
          },
          name: { kind: "Name", value: "clientsMeasured" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Episodes with at least one measurement in the period.", block: true },
          name: { kind: "Name", value: "episodesMeasured" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Sessions held in the period.", block: true },
          name: { kind: "Name", value: "sessions" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Of them, sessions with at least one score.", block: true },
          name: { kind: "Name", value: "sessionsWithMeasures" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Of them, sessions with no score (skipped or not recorded): shows whether measuring is routine.",
            block: true,
          },
          name: { kind: "Name", value: "sessionsWithoutMeasures" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Mean of the episodes' first outcome totals, 0-40.", block: true },
          name: { kind: "Name", value: "averageIntakeOrs" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Mean of the episodes' latest outcome totals in the period, 0-40.",
            block: true,
          },
          name: { kind: "Name", value: "averageLatestOrs" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Mean of the episodes' first session-rating totals, 0-40.", block: true },
          name: { kind: "Name", value: "averageIntakeSrs" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Mean of the episodes' latest session-rating totals in the period, 0-40.",
            block: true,
          },
          name: { kind: "Name", value: "averageLatestSrs" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Of episodes with at least two outcome scores in the period.", block: true },
          name: { kind: "Name", value: "shareReliablyImproved" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Of episodes with at least two outcome scores in the period, 0..1: reliably deteriorated.",
            block: true,
          },
          name: { kind: "Name", value: "shareReliablyDeteriorated" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Intake in the clinical range, latest score at or above the cutoff.",
            block: true,
          },
          name: { kind: "Name", value: "shareRecovered" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Of episodes closed in the period: closed unplanned.", block: true },
          name: { kind: "Name", value: "shareDropout" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Of sessions with a session rating: with an SRS alert.", block: true },
          name: { kind: "Name", value: "shareSessionsWithSrsAlert" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "OpenFIT users (professionals who recorded at least one measurement) per unit and month.",
        block: true,
      },
      name: { kind: "Name", value: "FitUsersRow" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The unit; null for professionals whose unit is not known.", block: true },
          name: { kind: "Name", value: "unitId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "`YYYY-MM`.", block: true },
          name: { kind: "Name", value: "month" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Distinct professionals who recorded a measurement in the month.",
            block: true,
          },
          name: { kind: "Name", value: "users" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "The scoring configuration in force; every derived value names the version that produced it.",
        block: true,
      },
      name: { kind: "Name", value: "FitConfiguration" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The version number, 1 upwards; each publication adds one.", block: true },
          name: { kind: "Name", value: "version" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "ORS clinical cutoff from age 18 (default 25); a total below it is in the clinical range.",
            block: true,
          },
          name: { kind: "Name", value: "adultCutoff" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "ORS clinical cutoff for ages 13-17 (default 25; a figure of 28 is cited but unconfirmed).",
            block: true,
          },
          name: { kind: "Name", value: "adolescentCutoff" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "CORS and YCORS clinical cutoff, under 13 (default 32).", block: true },
          name: { kind: "Name", value: "childCutoff" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Reliable change threshold of ORS, in points (default 5).", block: true },
          name: { kind: "Name", value: "reliableChangeOrs" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Reliable change threshold of CORS (default 10).", block: true },
          name: { kind: "Name", value: "reliableChangeCors" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Reliable change threshold of YCORS (default 10).", block: true },
          name: { kind: "Name", value: "reliableChangeYcors" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "A session rating below this total raises an alert (default 36).",
            block: true,
          },
          name: { kind: "Name", value: "srsAlertBelow" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "A session rating this many points below the previous one raises an alert (default 1).",
            block: true,
          },
          name: { kind: "Name", value: "srsAlertDrop" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "One rejected row of an import: where, which field, which rule.", block: true },
      name: { kind: "Name", value: "FitImportRejection" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The line in the file: for CSV where the record ends, for JSON where the object starts.",
            block: true,
          },
          name: { kind: "Name", value: "line" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The column or field that broke a rule.", block: true },
          name: { kind: "Name", value: "field" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "A short code of the rule, e.g. `four_items`, `item_range`, `instrument_age`.",
            block: true,
          },
          name: { kind: "Name", value: "rule" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "What was wrong, in English.", block: true },
          name: { kind: "Name", value: "message" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "How many rows of one kind an import wrote.", block: true },
      name: { kind: "Name", value: "FitImportCounts" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "New rows.", block: true },
          name: { kind: "Name", value: "inserted" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Rows that existed and changed.", block: true },
          name: { kind: "Name", value: "updated" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Rows that existed as they were.", block: true },
          name: { kind: "Name", value: "unchanged" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "What an import did. With rejected rows and no skipInvalid, nothing was written (committed false).",
        block: true,
      },
      name: { kind: "Name", value: "FitImportReport" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "False when rows were rejected without `skipInvalid`: then nothing was written.",
            block: true,
          },
          name: { kind: "Name", value: "committed" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Rows (or records) read from the file.", block: true },
          name: { kind: "Name", value: "rowsRead" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Of them, rows rejected.", block: true },
          name: { kind: "Name", value: "rowsRejected" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Episodes written.", block: true },
          name: { kind: "Name", value: "episodes" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitImportCounts" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Sessions written.", block: true },
          name: { kind: "Name", value: "sessions" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitImportCounts" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Measurements written.", block: true },
          name: { kind: "Name", value: "measurements" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitImportCounts" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Each rejected row, where and why.", block: true },
          name: { kind: "Name", value: "rejections" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitImportRejection" } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "The client's FIT data (category `fit`). Each field is null with `FORBIDDEN` at its path when the viewer\nmay not see it, so a denial leaves the client and the rest of the response intact.",
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
            value: "The client's latest outcome score (ORS, or CORS/YCORS for children).",
            block: true,
          },
          name: { kind: "Name", value: "latestOutcome" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Measurement" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The client's latest session rating (SRS, CSRS, YCSRS or GSRS).",
            block: true,
          },
          name: { kind: "Name", value: "latestSessionRating" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Measurement" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The client's FIT episodes, newest first, a page at a time: `first` 1–100 (default 20), `after` a `pageInfo.endCursor` given out here.",
            block: true,
          },
          name: { kind: "Name", value: "fitEpisodes" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Page size: 1 to 100, default 20.", block: true },
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The `pageInfo.endCursor` of the previous page; from the newest episode when omitted.",
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
          type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisodeConnection" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
              ],
            },
          ],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The client's ORS and SRS series, of one episode or of all.", block: true },
          name: { kind: "Name", value: "fitSeries" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "Only this episode's points; every episode's when omitted.",
                block: true,
              },
              name: { kind: "Name", value: "episodeId" },
              type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "FitSeries" } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "clientData" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "category" }, value: { kind: "EnumValue", value: "fit" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A professional (teams subgraph), with what they record in FIT.", block: true },
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
            value:
              "How many measurements this professional has recorded since the date (default: ever). For the\nprofessional themself, managers and reporting users, and systems with the `fit:reports` scope;\nanyone else gets null and FORBIDDEN here (the count follows the sessions of the professional's\nclients).",
            block: true,
          },
          name: { kind: "Name", value: "measurementsRecorded" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "Count from this day; every measurement ever when omitted.",
                block: true,
              },
              name: { kind: "Name", value: "since" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
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
              "One FIT episode by id; null when there is none. Needs a lawful basis for the client's FIT data\n(category fit), decided and logged per service task.",
            block: true,
          },
          name: { kind: "Name", value: "fitEpisode" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The episode's id (a UUID).", block: true },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisode" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Clients of a professional's open episodes whose latest session has an SRS alert or a reliable deterioration. Default: the viewer's own.",
            block: true,
          },
          name: { kind: "Name", value: "fitAlerts" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value:
                  "The professional whose clients to list; default the viewer. Another professional's alerts need\nthe role `manager`.",
                block: true,
              },
              name: { kind: "Name", value: "professionalId" },
              type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitAlert" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Outcome report per team, unit, organisation or service, over sessions held from `from` to `to` inclusive. For managers and reporting users.",
            block: true,
          },
          name: { kind: "Name", value: "fitOutcomeReport" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "What to group by.", block: true },
              name: { kind: "Name", value: "dimension" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitReportDimension" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The first day of the period.", block: true },
              name: { kind: "Name", value: "from" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The last day of the period, not before `from`.", block: true },
              name: { kind: "Name", value: "to" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitOutcomeReportRow" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "OpenFIT users per unit and month, over measurements from `from` to `to` inclusive.",
            block: true,
          },
          name: { kind: "Name", value: "fitUsers" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The first day of the period.", block: true },
              name: { kind: "Name", value: "from" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The last day of the period, not before `from`.", block: true },
              name: { kind: "Name", value: "to" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitUsersRow" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The scoring configuration in force (cutoffs, reliable change and alert thresholds).",
            block: true,
          },
          name: { kind: "Name", value: "fitConfiguration" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitConfiguration" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A new episode of work with a client. Needs the right to create the client's FIT data (category fit).",
        block: true,
      },
      name: { kind: "Name", value: "OpenFitEpisodeInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen id for an idempotent retry.", block: true },
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
            value: "The client's birth date, for the age rules (the fit subgraph does not own birth dates).",
            block: true,
          },
          name: { kind: "Name", value: "clientBirthDate" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Individual (default), couple, family or group.", block: true },
          name: { kind: "Name", value: "kind" },
          type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisodeKind" } },
          defaultValue: { kind: "EnumValue", value: "INDIVIDUAL" },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The professional who owns the episode.", block: true },
          name: { kind: "Name", value: "ownerProfessionalId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The team, for the reports.", block: true },
          name: { kind: "Name", value: "teamId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The unit, for the reports.", block: true },
          name: { kind: "Name", value: "unitId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The organisation, for the reports.", block: true },
          name: { kind: "Name", value: "organizationId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The service's code, e.g. `family_counselling`; a client's ban of a service task applies to\nepisodes of it.",
            block: true,
          },
          name: { kind: "Name", value: "service" },
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
            value: "The first day; not in the future, nor before the client's birth date.",
            block: true,
          },
          name: { kind: "Name", value: "startedOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "Closes an open episode.", block: true },
      name: { kind: "Name", value: "CloseFitEpisodeInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The episode's id.", block: true },
          name: { kind: "Name", value: "id" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The last day; not before `startedOn`.", block: true },
          name: { kind: "Name", value: "endedOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Planned or unplanned (dropout).", block: true },
          name: { kind: "Name", value: "closure" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisodeClosure" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "One measure of a session: all four items, or only the total, or a skip reason.",
        block: true,
      },
      name: { kind: "Name", value: "MeasurementInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen id for an idempotent retry.", block: true },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Which instrument; it must fit the client's age unless `instrumentReason` says why.",
            block: true,
          },
          name: { kind: "Name", value: "instrument" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Instrument" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Who gives the scores; default the client.", block: true },
          name: { kind: "Name", value: "rater" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Rater" } },
          defaultValue: { kind: "EnumValue", value: "CLIENT" },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: 'Required for a collateral rater: their relation to the client, e.g. "mother".',
            block: true,
          },
          name: { kind: "Name", value: "raterRelation" },
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
            value: "All four item scores, each 0.0-10.0 with one decimal; with `total`, their sum must match it.",
            block: true,
          },
          name: { kind: "Name", value: "items" },
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
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
            value: "The total, 0.0-40.0 with one decimal, when only the total was given.",
            block: true,
          },
          name: { kind: "Name", value: "total" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Float" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Why the measure was not given; then no items nor total.", block: true },
          name: { kind: "Name", value: "skipReason" },
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
          description: { kind: "StringValue", value: "Needed when the instrument does not fit the client's age.", block: true },
          name: { kind: "Name", value: "instrumentReason" },
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
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A session of an episode with its measures. Needs the right to create the client's FIT data.",
        block: true,
      },
      name: { kind: "Name", value: "RecordFitSessionInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Client-chosen id for an idempotent retry.", block: true },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The open episode's id.", block: true },
          name: { kind: "Name", value: "episodeId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The day of the session: within the episode, not in the future.",
            block: true,
          },
          name: { kind: "Name", value: "heldOn" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "How it was held.", block: true },
          name: { kind: "Name", value: "mode" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitSessionMode" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Default: the viewer.", block: true },
          name: { kind: "Name", value: "professionalId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The measures: each instrument and rater at most once.", block: true },
          name: { kind: "Name", value: "measurements" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "MeasurementInput" } } },
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
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "A small batch of sessions exported from a FIT app (OpenFIT style).",
        block: true,
      },
      name: { kind: "Name", value: "ImportFitSessionsInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "CSV or JSON.", block: true },
          name: { kind: "Name", value: "format" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitImportFormat" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The file's content (UTF-8), at most 1 MB; larger files go through the import command.",
            block: true,
          },
          name: { kind: "Name", value: "content" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "1000000" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value:
              "True to write the valid rows and report the rest; default false, which writes nothing when any row\nis rejected.",
            block: true,
          },
          name: { kind: "Name", value: "skipInvalid" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          defaultValue: { kind: "BooleanValue", value: false },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A new version of the scoring configuration. Each value is points, 0-40 with one decimal; thresholds\nat least 0.1.",
        block: true,
      },
      name: { kind: "Name", value: "FitConfigurationInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "ORS clinical cutoff from age 18.", block: true },
          name: { kind: "Name", value: "adultCutoff" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "ORS clinical cutoff for ages 13-17.", block: true },
          name: { kind: "Name", value: "adolescentCutoff" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "CORS and YCORS clinical cutoff, under 13.", block: true },
          name: { kind: "Name", value: "childCutoff" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Reliable change threshold of ORS.", block: true },
          name: { kind: "Name", value: "reliableChangeOrs" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Reliable change threshold of CORS.", block: true },
          name: { kind: "Name", value: "reliableChangeCors" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Reliable change threshold of YCORS.", block: true },
          name: { kind: "Name", value: "reliableChangeYcors" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Session ratings below this total raise an alert.", block: true },
          name: { kind: "Name", value: "srsAlertBelow" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "A drop of this many points from the previous session rating raises an alert.",
            block: true,
          },
          name: { kind: "Name", value: "srsAlertDrop" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
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
            value: "Opens an episode of work with a client (category fit, action create).",
            block: true,
          },
          name: { kind: "Name", value: "openFitEpisode" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The episode.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "OpenFitEpisodeInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisode" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Closes an episode, planned or unplanned (category fit, action update).",
            block: true,
          },
          name: { kind: "Name", value: "closeFitEpisode" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The episode, its last day and closure.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CloseFitEpisodeInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitEpisode" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Records a session and its measures; derived values of the episode are recomputed.",
            block: true,
          },
          name: { kind: "Name", value: "recordFitSession" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The session and its measures.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RecordFitSessionInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitSession" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Imports a small OpenFIT-style batch (docs/fit-import.md).", block: true },
          name: { kind: "Name", value: "importFitSessions" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The file and how to treat rejected rows.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ImportFitSessionsInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitImportReport" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Adds a configuration version (role fit_admin).", block: true },
          name: { kind: "Name", value: "publishFitConfiguration" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Every value of the new version.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitConfigurationInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitConfiguration" } } },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
