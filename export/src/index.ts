/**
 * The data lake export (docs/data-lake-export.md): datasets a subgraph declares, streamed as CSV,
 * NDJSON or Parquet with pseudonymised person ids, snapshot or increment since a cursor. A subgraph
 * serves its datasets at `GET /export/<dataset>` (`subgraphExportRoute`); `npm run export` writes
 * them from the command line (`streamExport`).
 */

// Datasets: what a subgraph exports.
export { column, defineDataset, type DatasetDefinition } from "./Dataset";

// Serving them: the subgraph's route, and the header the gateway's proxy passes on.
export { EXPORT_CURSOR_HEADER, subgraphExportRoute } from "./exportEndpoint";

// Writing them from the command line.
export { exportFormats, type ExportFormat } from "./exportFormats";
export { Pseudonymiser } from "./Pseudonymiser";
export { streamExport } from "./streamExport";
