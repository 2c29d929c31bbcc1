import type { FitOutcomeReportRowResolvers } from "./../types.generated";
export const FitOutcomeReportRow: FitOutcomeReportRowResolvers = {/* Implement FitOutcomeReportRow resolver logic here */};
