/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { Client } from "./resolvers/Client";
import { Measurement } from "./resolvers/Measurement";
import { Professional } from "./resolvers/Professional";
import { DateResolver } from "graphql-scalars";
export const resolvers: Resolvers = {
  Client: Client,
  Measurement: Measurement,
  Professional: Professional,
  Date: DateResolver,
};
