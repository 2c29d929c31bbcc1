import type { GraphQLScalarType } from "graphql";
import { DateResolver, DateTimeResolver, EmailAddressResolver, UUIDResolver } from "graphql-scalars";

/** How the gateway checks one custom scalar before planning: the rule it names and what it expects. */
export interface ScalarRule {
  /** `extensions.rule` of the refusal. */
  rule: string;
  /** Completes "must be …" in the refusal's message. */
  expected: string;
  /** The same graphql-scalars type the subgraphs resolve it with, so the gateway and subgraphs agree. */
  scalar: GraphQLScalarType;
}

/**
 * The custom scalars the gateway validates, by name. The supergraph only declares `scalar Date`,
 * so the gateway's schema would pass anything to the subgraphs, which then refused the request
 * as a whole (HTTP 400). A scalar the supergraph declares that is not here passes through
 * unchecked, for its subgraph to judge; a new one slots in with one line.
 */
export const CUSTOM_SCALARS: Readonly<Record<string, ScalarRule>> = {
  Date: { rule: "date", expected: "a calendar date that exists, YYYY-MM-DD (2026-11-23)", scalar: DateResolver },
  DateTime: {
    rule: "date_time",
    expected: "a point in time in ISO 8601 with a time zone (2026-11-23T09:30:00.000Z)",
    scalar: DateTimeResolver,
  },
  UUID: { rule: "uuid", expected: "a UUID (123e4567-e89b-12d3-a456-426614174000)", scalar: UUIDResolver },
  EmailAddress: { rule: "email", expected: "an email address (name@example.fi)", scalar: EmailAddressResolver },
};
