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
      kind: "EnumTypeDefinition",
      description: { kind: "StringValue", value: "Levels of FIT training, lowest first.", block: true },
      name: { kind: "Name", value: "FitTrainingLevel" },
      directives: [],
      values: [
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "MANAGEMENT_BRIEFING" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "BASIC" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "ADVANCED" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "TRAINER" }, directives: [] },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "Course" },
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
          name: { kind: "Name", value: "name" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "level" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FitTrainingLevel" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Who gives the course: the county's own trainers or a bought provider.",
            block: true,
          },
          name: { kind: "Name", value: "provider" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      description: { kind: "StringValue", value: "A professional's completed training (koulutus suoritettu).", block: true },
      name: { kind: "Name", value: "TrainingCompletion" },
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
          name: { kind: "Name", value: "course" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Course" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "completedOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
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
      ],
    },
  ],
} as unknown as DocumentNode;
