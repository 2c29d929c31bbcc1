import type { FitImportCountsResolvers } from "./../types.generated";
export const FitImportCounts: FitImportCountsResolvers = {/* Implement FitImportCounts resolver logic here */};
