import type { FitUsersRowResolvers } from "./../types.generated";
export const FitUsersRow: FitUsersRowResolvers = {/* Implement FitUsersRow resolver logic here */};
