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
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Levels of FIT training, lowest first (koulutustaso). A booster or supervision session gives no level.",
        block: true,
      },
      name: { kind: "Name", value: "FitTrainingLevel" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The FIT briefing for managers and supervisors (esihenkilöperehdytys).",
            block: true,
          },
          name: { kind: "Name", value: "MANAGEMENT_BRIEFING" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Basic training (peruskoulutus): counts as trained in the rollout figures.",
            block: true,
          },
          name: { kind: "Name", value: "BASIC" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Advanced training (jatkokoulutus).", block: true },
          name: { kind: "Name", value: "ADVANCED" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Trained as an in-house FIT trainer (kouluttajakoulutus).", block: true },
          name: { kind: "Name", value: "TRAINER" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "What kind of FIT course this is.", block: true },
      name: { kind: "Name", value: "CourseKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "FIT briefing for managers and supervisors (esihenkilöperehdytys); level MANAGEMENT_BRIEFING.",
            block: false,
          },
          name: { kind: "Name", value: "MANAGEMENT_BRIEFING" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Basic training (peruskoulutus); level BASIC.", block: false },
          name: { kind: "Name", value: "BASIC" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Advanced training (jatkokoulutus); level ADVANCED.", block: false },
          name: { kind: "Name", value: "ADVANCED" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Training of in-house FIT trainers (kouluttajakoulutus); level TRAINER.",
            block: false,
          },
          name: { kind: "Name", value: "TRAINER_TRAINING" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "Booster or supervision session (tehostus, työnohjaus); keeps skills up, gives no level.",
            block: false,
          },
          name: { kind: "Name", value: "BOOSTER" },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Who gives a course: the county's own FIT trainers or a bought provider (ostopalvelu).",
        block: true,
      },
      name: { kind: "Name", value: "ProviderKind" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: {
            kind: "StringValue",
            value: "The county's own FIT trainers; an event needs at least one qualified trainer.",
            block: true,
          },
          name: { kind: "Name", value: "IN_HOUSE" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "A bought training provider (ostopalvelu).", block: true },
          name: { kind: "Name", value: "PURCHASED" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A FIT course (koulutus).", block: true },
      name: { kind: "Name", value: "Course" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The course's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: 'The course\'s name, e.g. "FIT basic training, spring 2026".', block: true },
          name: { kind: "Name", value: "name" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "What kind of course: briefing, basic, advanced, trainer training or booster.",
            block: true,
          },
          name: { kind: "Name", value: "kind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CourseKind" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The level completing it gives; null for booster and supervision sessions.",
            block: true,
          },
          name: { kind: "Name", value: "level" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "FitTrainingLevel" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The provider's name, e.g. \"County FIT trainers\" or the bought provider's company name.",
            block: true,
          },
          name: { kind: "Name", value: "provider" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "In-house or purchased.", block: true },
          name: { kind: "Name", value: "providerKind" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ProviderKind" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "One session of a course (koulutustilaisuus) on a date, at a place or online, with a capacity.",
        block: true,
      },
      name: { kind: "Name", value: "TrainingEvent" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The event's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The course it is a session of.", block: true },
          name: { kind: "Name", value: "course" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Course" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The day it is held.", block: true },
          name: { kind: "Name", value: "date" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Where it is held; null when only online.", block: true },
          name: { kind: "Name", value: "place" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "True when it can be attended online.", block: true },
          name: { kind: "Name", value: "online" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How many professionals may enrol.", block: true },
          name: { kind: "Name", value: "capacity" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How many have enrolled so far.", block: true },
          name: { kind: "Name", value: "enrolledCount" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The in-house trainers who give it (each a qualified trainer on its date).",
            block: true,
          },
          name: { kind: "Name", value: "trainers" },
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
          description: { kind: "StringValue", value: "Every enrolment, in the order made.", block: true },
          name: { kind: "Name", value: "enrollments" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Enrollment" } } },
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
        value: "A professional's enrolment in a training event (ilmoittautuminen).",
        block: true,
      },
      name: { kind: "Name", value: "Enrollment" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The enrolment's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The training event.", block: true },
          name: { kind: "Name", value: "event" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainingEvent" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The enrolled professional.", block: true },
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A professional's training record (koulutussuoritus): attended, completed, certificate. A completion\nneeds attendance. Either of a training event, or of a course taken elsewhere (past records).",
        block: true,
      },
      name: { kind: "Name", value: "TrainingCompletion" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The record's id (a UUID).", block: true },
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The course trained.", block: true },
          name: { kind: "Name", value: "course" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Course" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The training event, when the training was one of the county's events.",
            block: true,
          },
          name: { kind: "Name", value: "event" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "TrainingEvent" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The day of the training (the event's date, or the day given for a course taken elsewhere).",
            block: true,
          },
          name: { kind: "Name", value: "completedOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "True when the professional attended.", block: true },
          name: { kind: "Name", value: "attended" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "True when the training was completed; only a completed training gives its level.",
            block: true,
          },
          name: { kind: "Name", value: "completed" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Certificate number or reference, when one was issued.", block: true },
          name: { kind: "Name", value: "certificate" },
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
        value: "A professional qualified as an in-house FIT trainer (sisäinen FIT-kouluttaja).",
        block: true,
      },
      name: { kind: "Name", value: "Trainer" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The trainer.", block: true },
          name: { kind: "Name", value: "professional" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The first day of the qualification.", block: true },
          name: { kind: "Name", value: "qualifiedSince" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The last day the qualification was valid; null while it is.", block: true },
          name: { kind: "Name", value: "qualifiedUntil" },
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
          "A professional (teams subgraph), with their FIT training here. Training data is for the county's\nstaff and systems, never for clients.",
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
          description: { kind: "StringValue", value: "The professional's completed trainings, oldest first.", block: true },
          name: { kind: "Name", value: "trainings" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainingCompletion" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The highest FIT training level completed, or null when none.",
            block: true,
          },
          name: { kind: "Name", value: "fitTrainingLevel" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "FitTrainingLevel" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "True when the professional is a qualified in-house FIT trainer today.",
            block: true,
          },
          name: { kind: "Name", value: "isFitTrainer" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "An organisation (teams subgraph), when a rollout unit is one.", block: true },
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
      description: {
        kind: "StringValue",
        value:
          "How the rollout counts a unit: its service, region, and whether it is a target unit. A unit is the\nprofessional's unit when teams tells one, otherwise their organisation.",
        block: true,
      },
      name: { kind: "Name", value: "RolloutUnit" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The unit's id: the organisation's id, or the unit's id from the teams subgraph.",
            block: true,
          },
          name: { kind: "Name", value: "unitId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "The organisation, when the unit is one (resolved by the teams subgraph).",
            block: true,
          },
          name: { kind: "Name", value: "organization" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Service code, e.g. `child_protection`, `family_centre`, `adult_social_work`.",
            block: true,
          },
          name: { kind: "Name", value: "service" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Region code (alue), e.g. `north`.", block: true },
          name: { kind: "Name", value: "region" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Target units are those whose whole active staff should be trained.",
            block: true,
          },
          name: { kind: "Name", value: "isTarget" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "How the rollout's monthly figures are grouped.", block: true },
      name: { kind: "Name", value: "TrainedGrouping" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "One row per unit and month.", block: true },
          name: { kind: "Name", value: "UNIT" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "One row per service and month, units added up.", block: true },
          name: { kind: "Name", value: "SERVICE" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Trained professionals (basic training or higher) of one unit or service in one month.",
        block: true,
      },
      name: { kind: "Name", value: "TrainedInMonth" },
      interfaces: [],
      directives: [],
      fields: [
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
            value: "Null when grouped by service, or for professionals whose unit is not known yet.",
            block: true,
          },
          name: { kind: "Name", value: "unitId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Null when the unit has no rollout configuration.", block: true },
          name: { kind: "Name", value: "service" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Trained by the end of the month, counting everyone trained before it (kumulatiivinen).",
            block: true,
          },
          name: { kind: "Name", value: "cumulative" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "First trained in this month.", block: true },
          name: { kind: "Name", value: "newlyTrained" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "The share of a target unit's active staff that is trained.", block: true },
      name: { kind: "Name", value: "TargetUnitCoverage" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The target unit.", block: true },
          name: { kind: "Name", value: "unit" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RolloutUnit" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Active professionals of the unit on the date.", block: true },
          name: { kind: "Name", value: "activeStaff" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Of them, those with basic training or higher completed by the date.",
            block: true,
          },
          name: { kind: "Name", value: "trained" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "trained / activeStaff, 0..1; 0 when the unit has no active staff.",
            block: true,
          },
          name: { kind: "Name", value: "share" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A count of professionals for one unit.", block: true },
      name: { kind: "Name", value: "UnitCount" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Null for professionals whose unit is not known yet.", block: true },
          name: { kind: "Name", value: "unitId" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How many professionals.", block: true },
          name: { kind: "Name", value: "count" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A count for one region.", block: true },
      name: { kind: "Name", value: "RegionCount" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "`unassigned` for units without a rollout configuration.", block: true },
          name: { kind: "Name", value: "region" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "How many qualified in-house trainers.", block: true },
          name: { kind: "Name", value: "count" },
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
          "The figures of the FIT rollout the county reports. Counted in SQL over training records and the\nlocal projection of staff (from teams' events) and FIT activity (from fit's events).",
        block: true,
      },
      name: { kind: "Name", value: "TrainingRollout" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Trained professionals per unit (or per service) and month, cumulative, months `from`..`to` (YYYY-MM).",
            block: true,
          },
          name: { kind: "Name", value: "trainedByMonth" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The first month, `YYYY-MM`.", block: true },
              name: { kind: "Name", value: "from" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
              directives: [
                {
                  kind: "Directive",
                  name: { kind: "Name", value: "bounded" },
                  arguments: [
                    { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "7" } },
                  ],
                },
              ],
            },
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value: "The last month, `YYYY-MM`, not before `from`; at most 120 months in all.",
                block: true,
              },
              name: { kind: "Name", value: "to" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
              directives: [
                {
                  kind: "Directive",
                  name: { kind: "Name", value: "bounded" },
                  arguments: [
                    { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "7" } },
                  ],
                },
              ],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Per unit (default) or per service.", block: true },
              name: { kind: "Name", value: "groupBy" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainedGrouping" } } },
              defaultValue: { kind: "EnumValue", value: "UNIT" },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainedInMonth" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "For each target unit: its active staff and how many of them are trained, on the date (default today).",
            block: true,
          },
          name: { kind: "Name", value: "targetUnitCoverage" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The day to count on; default today.", block: true },
              name: { kind: "Name", value: "on" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TargetUnitCoverage" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Professionals who completed the management briefing, per unit.",
            block: true,
          },
          name: { kind: "Name", value: "managersBriefed" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "Count those briefed by this day; default today.", block: true },
              name: { kind: "Name", value: "on" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UnitCount" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Qualified in-house FIT trainers on the date (default today), per region.",
            block: true,
          },
          name: { kind: "Name", value: "inHouseTrainersByRegion" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The day to count on; default today.", block: true },
              name: { kind: "Name", value: "on" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RegionCount" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Active trained professionals who recorded no FIT measurement in the `days` (default 60) days up to `on`.",
            block: true,
          },
          name: { kind: "Name", value: "trainedWithoutRecentMeasurements" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The last day of the window; default today.", block: true },
              name: { kind: "Name", value: "on" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The window's length in days, 1 to 3660; default 60.", block: true },
              name: { kind: "Name", value: "days" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "60" },
              directives: [],
            },
          ],
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
          description: {
            kind: "StringValue",
            value:
              "Professionals who recorded FIT measurements in the `days` (default 60) days up to `on` without any basic training.",
            block: true,
          },
          name: { kind: "Name", value: "measuringWithoutTraining" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The last day of the window; default today.", block: true },
              name: { kind: "Name", value: "on" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The window's length in days, 1 to 3660; default 60.", block: true },
              name: { kind: "Name", value: "days" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              defaultValue: { kind: "IntValue", value: "60" },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Professional" } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "A new FIT course. Training records are kept by the roles `training_admin` and `manager`, or a system\nwith `training:write`.",
        block: true,
      },
      name: { kind: "Name", value: "CreateCourseInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same create again returns the same course.",
            block: false,
          },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The course's name, 1 to 200 characters.", block: true },
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
            value: "What kind of course; it decides the level completing it gives.",
            block: true,
          },
          name: { kind: "Name", value: "kind" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CourseKind" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The provider's name, 1 to 200 characters.", block: true },
          name: { kind: "Name", value: "provider" },
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
          description: { kind: "StringValue", value: "In-house or purchased.", block: true },
          name: { kind: "Name", value: "providerKind" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ProviderKind" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "A professional's qualification as an in-house FIT trainer.", block: true },
      name: { kind: "Name", value: "QualifyTrainerInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The professional's id.", block: true },
          name: { kind: "Name", value: "professionalId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The first day of the qualification.", block: true },
          name: { kind: "Name", value: "qualifiedSince" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The last valid day, not before `qualifiedSince`; omitted while it lasts.",
            block: true,
          },
          name: { kind: "Name", value: "qualifiedUntil" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "A session of a course on a date.", block: true },
      name: { kind: "Name", value: "CreateTrainingEventInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: sending the same create again returns the same event.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The course's id; the course must exist.", block: true },
          name: { kind: "Name", value: "courseId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The day it is held.", block: true },
          name: { kind: "Name", value: "date" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Where it is held, at most 200 characters; required unless `online` is true.",
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
          description: { kind: "StringValue", value: "True when it can be attended online; default false.", block: true },
          name: { kind: "Name", value: "online" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          defaultValue: { kind: "BooleanValue", value: false },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "How many professionals may enrol, 1 to 500.", block: true },
          name: { kind: "Name", value: "capacity" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Professional ids of the trainers; each must be a qualified trainer on the date. In-house courses need one.",
            block: true,
          },
          name: { kind: "Name", value: "trainerIds" },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
          defaultValue: { kind: "ListValue", values: [] },
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
      description: { kind: "StringValue", value: "A professional's enrolment in a training event.", block: true },
      name: { kind: "Name", value: "EnrollInput" },
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
          description: { kind: "StringValue", value: "The event's id.", block: true },
          name: { kind: "Name", value: "eventId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The professional's id.", block: true },
          name: { kind: "Name", value: "professionalId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "Record a training: of an event (`eventId`, the professional enrolled) or of a course taken elsewhere\n(`courseId` and `completedOn`).",
        block: true,
      },
      name: { kind: "Name", value: "RecordCompletionInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Client-chosen UUID: recording the same again returns the same record.",
            block: true,
          },
          name: { kind: "Name", value: "id" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The professional's id.", block: true },
          name: { kind: "Name", value: "professionalId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The training event, when it was one of the county's (the professional enrolled in it).",
            block: true,
          },
          name: { kind: "Name", value: "eventId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "The course, for a training taken elsewhere; with `eventId` it must be the event's course or be\nleft out.",
            block: true,
          },
          name: { kind: "Name", value: "courseId" },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "Default: the event's date.", block: false },
          name: { kind: "Name", value: "completedOn" },
          type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "True when the professional attended.", block: true },
          name: { kind: "Name", value: "attended" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "True when completed; needs `attended`.", block: true },
          name: { kind: "Name", value: "completed" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Certificate number or reference, at most 100 characters; only for a completed training.",
            block: true,
          },
          name: { kind: "Name", value: "certificate" },
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
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      description: { kind: "StringValue", value: "How the rollout counts a unit.", block: true },
      name: { kind: "Name", value: "ConfigureRolloutUnitInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          description: { kind: "StringValue", value: "The unit's (or organisation's) id.", block: true },
          name: { kind: "Name", value: "unitId" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Service code: lowercase letters, digits and `_`, e.g. `child_protection`.",
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
          description: { kind: "StringValue", value: "Region code, the same form, e.g. `north`.", block: true },
          name: { kind: "Name", value: "region" },
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
          description: { kind: "StringValue", value: "True when the unit's whole active staff should be trained.", block: true },
          name: { kind: "Name", value: "isTarget" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value: "Result of a bulk import: what was written, what already existed, what was rejected.",
        block: true,
      },
      name: { kind: "Name", value: "TrainingImportReport" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Records written by this import.", block: true },
          name: { kind: "Name", value: "created" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Rows already recorded, left as they were.", block: true },
          name: { kind: "Name", value: "unchanged" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Rows not imported, each with its line, column and rule; every other row is written, each in its\nown transaction.",
            block: true,
          },
          name: { kind: "Name", value: "rejected" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RejectedRow" } } },
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
        value: "A row that was not imported: its line in the file (1 = header), the column and the rule it broke.",
        block: true,
      },
      name: { kind: "Name", value: "RejectedRow" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The line in the file; 1 is the header.", block: true },
          name: { kind: "Name", value: "line" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The column that broke a rule.", block: true },
          name: { kind: "Name", value: "field" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "A short code of the rule, e.g. `required`, `date`, `not_found`.",
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
      name: { kind: "Name", value: "Query" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "One course by id; null when there is none. Training data is for staff and systems, not clients.",
            block: true,
          },
          name: { kind: "Name", value: "course" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The course's id (a UUID).", block: true },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "Course" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Every course.", block: true },
          name: { kind: "Name", value: "courses" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Course" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "One training event by id; null when there is none.", block: true },
          name: { kind: "Name", value: "trainingEvent" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The event's id (a UUID).", block: true },
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "TrainingEvent" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Training events from the date (default today), soonest first.",
            block: true,
          },
          name: { kind: "Name", value: "trainingEvents" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The first day; default today.", block: true },
              name: { kind: "Name", value: "from" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainingEvent" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The in-house FIT trainers qualified on the date.", block: true },
          name: { kind: "Name", value: "trainers" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The day; default today.", block: true },
              name: { kind: "Name", value: "on" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Trainer" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Every unit configured for the rollout figures.", block: true },
          name: { kind: "Name", value: "rolloutUnits" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RolloutUnit" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The rollout figures (koulutusten kattavuus) for knowledge-based management; each is computed when\nasked for.",
            block: true,
          },
          name: { kind: "Name", value: "trainingRollout" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainingRollout" } } },
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
            value: "Creates a course (roles `training_admin`, `manager`, or scope `training:write`).",
            block: true,
          },
          name: { kind: "Name", value: "createCourse" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The course.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateCourseInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Course" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Records (or updates the dates of) a professional's in-house trainer qualification.",
            block: true,
          },
          name: { kind: "Name", value: "qualifyTrainer" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The professional and the qualification's period.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "QualifyTrainerInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Trainer" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Schedules a session of a course (roles `training_admin`, `manager`, or scope `training:write`).",
            block: true,
          },
          name: { kind: "Name", value: "createTrainingEvent" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The event.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "CreateTrainingEventInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainingEvent" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Enrols within the event's capacity; enrolling again returns the same enrolment.",
            block: true,
          },
          name: { kind: "Name", value: "enroll" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The event and the professional.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "EnrollInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Enrollment" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Records that a professional attended or completed a training; the highest completed level becomes\ntheir `fitTrainingLevel`.",
            block: true,
          },
          name: { kind: "Name", value: "recordCompletion" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The record.", block: true },
              name: { kind: "Name", value: "input" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RecordCompletionInput" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainingCompletion" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Sets (or changes) how the rollout counts a unit.", block: true },
          name: { kind: "Name", value: "configureRolloutUnit" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: { kind: "StringValue", value: "The unit's service, region and target status.", block: true },
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "ConfigureRolloutUnitInput" } },
              },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RolloutUnit" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "Imports past training records from CSV text (docs/training-import.md), at most 1,000 rows; larger\nfiles go through `npx tsx subgraphs/training/src/import/main.ts <file>`. Re-importing changes nothing.",
            block: true,
          },
          name: { kind: "Name", value: "importTrainingRecords" },
          arguments: [
            {
              kind: "InputValueDefinition",
              description: {
                kind: "StringValue",
                value:
                  "The CSV text, UTF-8, header first, at most 1,000,000 characters and 1,000 rows\n(docs/training-import.md lists the columns).",
                block: true,
              },
              name: { kind: "Name", value: "csv" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
              directives: [
                {
                  kind: "Directive",
                  name: { kind: "Name", value: "bounded" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "maxLength" },
                      value: { kind: "IntValue", value: "1000000" },
                    },
                  ],
                },
              ],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrainingImportReport" } } },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
