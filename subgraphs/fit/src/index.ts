import type { SubgraphModule } from "@silta/kernel";
import { defaultPortOf, migrationsDirOf } from "@silta/registry";
import { createFitSubgraph } from "./subgraph";

/** The fit subgraph as the runners (servers mode, the embedded hub) see it. */
export const fitSubgraph: SubgraphModule = {
  name: "fit",
  defaultPort: defaultPortOf("fit"),
  migrationsDir: migrationsDirOf("fit"),
  create: createFitSubgraph,
};

export { createFitSubgraph };
export { deriveAllFitValues } from "./data/deriveAll";
/** For the seeds, the benchmarks and other packages' tests: fit's client over a Database, and its transaction budgets. */
export { BULK_TRANSACTION, createPrisma as createFitPrisma, type PrismaClient as FitPrismaClient } from "./data/db";
/** For the seed and the tests: the derived values, the configuration and the reports, as the subgraph computes them. */
export { currentConfiguration } from "./data/configurationStore";
export { refreshDerived } from "./data/derivedStore";
export { fitUsers, groupColumn, outcomeReport, outcomeReportSql } from "./data/reportStore";
/** For the seed, which derives a generated county's FIT values as the subgraph scores them. */
export type { FitConfiguration } from "./domain/fitConfiguration";
export { ageOn } from "./domain/instrumentKinds";
export { deriveEpisode, type ScoredInput } from "./domain/scoring";
export { refreshSessionSummaries, refreshSessionSummariesInRange } from "./data/summaryStore";
