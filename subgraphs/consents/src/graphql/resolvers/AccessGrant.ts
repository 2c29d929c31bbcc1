import type { DataCategory } from "./../types.generated";
import type { AccessGrantResolvers } from "./../types.generated";

export const AccessGrant: AccessGrantResolvers = {
  categories: ({ categories }) => categories as DataCategory[],
  deniedCategories: ({ deniedCategories }) => deniedCategories as DataCategory[],
  organization: ({ organizationId }) => (organizationId ? { id: organizationId } : null),
  professional: ({ professionalId }) => (professionalId ? { id: professionalId } : null),
  team: ({ teamId }) => (teamId ? { id: teamId } : null),
};
