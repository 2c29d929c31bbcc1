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
      description: {
        kind: "StringValue",
        value: "FIT instruments: ORS/SRS for adults, CORS/CSRS for children 6-12, YCORS/YCSRS under 6, GSRS for groups.",
        block: true,
      },
      name: { kind: "Name", value: "Instrument" },
      directives: [],
      values: [
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "ORS" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "SRS" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CORS" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "CSRS" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "YCORS" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "YCSRS" }, directives: [] },
        { kind: "EnumValueDefinition", name: { kind: "Name", value: "GSRS" }, directives: [] },
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
          name: { kind: "Name", value: "id" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "instrument" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Instrument" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "measuredOn" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "0-40; higher is better.", block: true },
          name: { kind: "Name", value: "total" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Float" } } },
          directives: [],
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
          description: {
            kind: "StringValue",
            value: "The client's latest outcome score (ORS, or CORS/YCORS for children).",
            block: true,
          },
          name: { kind: "Name", value: "latestOutcome" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "Measurement" } },
          directives: [],
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
          description: {
            kind: "StringValue",
            value: "How many measurements this professional has recorded since the date (default: ever).",
            block: true,
          },
          name: { kind: "Name", value: "measurementsRecorded" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "since" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Date" } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
