import type { ImportedFitValuesResolvers } from "./../types.generated";

export const ImportedFitValues: ImportedFitValuesResolvers = {
  status: (parent) => parent.etrStatus,
  source: (parent) => parent.importedSource ?? "",
  sourceVersion: (parent) => parent.importedSourceVersion,
};
