import { LocalDate } from "@silta/kernel";
import type { GuardianshipResolvers } from "./../types.generated";

// The lists that return guardianships checked `basic` of both people before returning them.
export const Guardianship: GuardianshipResolvers = {
  guardian: async (parent, _arg, ctx) => (await ctx.loaders.client.load(parent.guardianClientId))!,
  child: async (parent, _arg, ctx) => (await ctx.loaders.client.load(parent.childClientId))!,
  since: (parent) => LocalDate.fromDb(parent.since),
  until: (parent) => LocalDate.fromDb(parent.until),
};
