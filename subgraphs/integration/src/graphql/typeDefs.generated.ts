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
      kind: "ObjectTypeDefinition",
      description: {
        kind: "StringValue",
        value:
          "Webhooks for a registered system (a client information system): it subscribes a URL to the event types\nit chooses and receives each such change as a signed HTTP POST of the event (docs/events.md). Only\nsystem clients with the scope `webhooks:manage` use this, and each sees only its own subscriptions.",
        block: true,
      },
      name: { kind: "Name", value: "Query" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "The caller's webhook subscriptions, newest first.", block: true },
          name: { kind: "Name", value: "webhookSubscriptions" },
          arguments: [],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "WebhookSubscription" } } },
            },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "One of the caller's subscriptions; null when there is none with that id.",
            block: true,
          },
          name: { kind: "Name", value: "webhookSubscription" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NamedType", name: { kind: "Name", value: "WebhookSubscription" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The event types the caller may subscribe to with its scopes (e.g. `clients:read` for the clients subgraph's events).",
            block: true,
          },
          name: { kind: "Name", value: "webhookEventTypes" },
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
              "Subscribes `url` (https, or http on a loopback address outside production) to `eventTypes`. The answer\ncarries the signing secret once; it is never shown again.",
            block: true,
          },
          name: { kind: "Name", value: "createWebhookSubscription" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "input" },
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "CreateWebhookSubscriptionInput" } },
              },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateWebhookSubscriptionPayload" } },
          },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Stops a subscription: no new deliveries; those waiting are still tried.",
            block: true,
          },
          name: { kind: "Name", value: "deactivateWebhookSubscription" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "WebhookSubscription" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Sends a dead-lettered delivery again, with a fresh count of attempts.",
            block: true,
          },
          name: { kind: "Name", value: "replayWebhookDelivery" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "id" },
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
              directives: [],
            },
          ],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "WebhookDelivery" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "InputObjectTypeDefinition",
      name: { kind: "Name", value: "CreateWebhookSubscriptionInput" },
      directives: [],
      fields: [
        {
          kind: "InputValueDefinition",
          name: { kind: "Name", value: "url" },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [
            {
              kind: "Directive",
              name: { kind: "Name", value: "bounded" },
              arguments: [
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "2048" } },
              ],
            },
          ],
        },
        {
          kind: "InputValueDefinition",
          description: {
            kind: "StringValue",
            value: "Event types as in the catalogue, e.g. `client.updated`; each must be allowed by the caller's scopes.",
            block: true,
          },
          name: { kind: "Name", value: "eventTypes" },
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
                { kind: "Argument", name: { kind: "Name", value: "maxLength" }, value: { kind: "IntValue", value: "100" } },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "CreateWebhookSubscriptionPayload" },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "subscription" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "WebhookSubscription" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value:
              "The signing secret of this subscription's deliveries, `whsec_` + base64 (Standard Webhooks). Shown only here: keep it.",
            block: true,
          },
          name: { kind: "Name", value: "secret" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "WebhookSubscription" },
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
          name: { kind: "Name", value: "url" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "eventTypes" },
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
          name: { kind: "Name", value: "active" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "ISO 8601 time of registration.", block: true },
          name: { kind: "Name", value: "createdAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Its deliveries, newest first, optionally of one status; at most `first` (default 50, at most 500).",
            block: true,
          },
          name: { kind: "Name", value: "deliveries" },
          arguments: [
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "status" },
              type: { kind: "NamedType", name: { kind: "Name", value: "WebhookDeliveryStatus" } },
              directives: [],
            },
            {
              kind: "InputValueDefinition",
              name: { kind: "Name", value: "first" },
              type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
              directives: [],
            },
          ],
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "WebhookDelivery" } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: "EnumTypeDefinition",
      name: { kind: "Name", value: "WebhookDeliveryStatus" },
      directives: [],
      values: [
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Not delivered yet: waiting for its first or next attempt.", block: true },
          name: { kind: "Name", value: "PENDING" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "The receiver answered 2xx.", block: true },
          name: { kind: "Name", value: "DELIVERED" },
          directives: [],
        },
        {
          kind: "EnumValueDefinition",
          description: { kind: "StringValue", value: "Every attempt failed; kept for inspection and replay.", block: true },
          name: { kind: "Name", value: "DEAD" },
          directives: [],
        },
      ],
    },
    {
      kind: "ObjectTypeDefinition",
      name: { kind: "Name", value: "WebhookDelivery" },
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
          name: { kind: "Name", value: "subscriptionId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "eventId" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "eventType" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "status" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "WebhookDeliveryStatus" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "Attempts made so far.", block: true },
          name: { kind: "Name", value: "attempts" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: {
            kind: "StringValue",
            value: "Why the last attempt failed (HTTP status or network error); null when none failed.",
            block: true,
          },
          name: { kind: "Name", value: "lastError" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          description: { kind: "StringValue", value: "ISO 8601 time of the next attempt while PENDING.", block: true },
          name: { kind: "Name", value: "nextAttemptAt" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "deliveredAt" },
          arguments: [],
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
          directives: [],
        },
        {
          kind: "FieldDefinition",
          name: { kind: "Name", value: "createdAt" },
          arguments: [],
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
          directives: [],
        },
      ],
    },
  ],
} as unknown as DocumentNode;
