/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { client as Query_client } from "./resolvers/Query/client";
import { Client } from "./resolvers/Client";
import { Organization } from "./resolvers/Organization";
import { DateResolver } from "graphql-scalars";
export const resolvers: Resolvers = {
  Query: { client: Query_client },

  Client: Client,
  Organization: Organization,
  Date: DateResolver,
};
