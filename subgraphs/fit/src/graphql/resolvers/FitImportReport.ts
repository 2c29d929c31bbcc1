import type { FitImportReportResolvers } from "./../types.generated";
export const FitImportReport: FitImportReportResolvers = {/* Implement FitImportReport resolver logic here */};
