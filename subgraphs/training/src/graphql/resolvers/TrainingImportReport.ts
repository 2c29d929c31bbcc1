import type { TrainingImportReportResolvers } from "./../types.generated";
export const TrainingImportReport: TrainingImportReportResolvers = {/* Implement TrainingImportReport resolver logic here */};
