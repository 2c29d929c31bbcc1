import type { FitImportRejectionResolvers } from "./../types.generated";
export const FitImportRejection: FitImportRejectionResolvers = {/* Implement FitImportRejection resolver logic here */};
