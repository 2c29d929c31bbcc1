/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { Client } from "./resolvers/Client";
import { Consent } from "./resolvers/Consent";
import { Organization } from "./resolvers/Organization";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
export const resolvers: Resolvers = {
  Client: Client,
  Consent: Consent,
  Organization: Organization,
  Date: DateResolver,
  DateTime: DateTimeResolver,
};
