import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import {
  DataCategory,
  SiltaError,
  configFields,
  createLogger,
  loadConfig,
  loggerAccessLog,
  openPostgres,
  startProgress,
} from "@silta/kernel";
import { Pseudonymiser, exportFormats, streamExport, type ExportFormat } from "@silta/export";
import { z } from "zod";
import { ArgumentError } from "./cliArguments";
import { exportDatasets } from "./export/exportDatasets";
import { toolConfigSchema } from "./migrate";
import { subgraphs, type SubgraphName } from "./subgraphs";

const usage = `Usage: npm run export -- --subgraph <name> --dataset <name> --destination <name>
                          [--format csv|parquet|ndjson] [--since <cursor>] [--out <file>]

Writes one dataset of one subgraph for the data lake (tietoallas), pseudonymised for the destination:
a full snapshot, or with --since only the rows changed after the export that returned that cursor.
The data goes to --out (default <dataset>.<format>); a manifest with the row count and the cursor for
the next increment is printed as JSON. Datasets and columns: docs/data-lake-export.md.

${subgraphs.map(({ name }) => `  ${name.padEnd(9)} ${exportDatasets[name].map((dataset) => dataset.name).join(", ")}`).join("\n")}

Environment: DATABASE_URL (schema per subgraph, as npm run db:migrate makes), SILTA_EXPORT_DESTINATION_KEYS (name=key,…).`;

const exportConfigSchema = toolConfigSchema.safeExtend({
  SILTA_EXPORT_DESTINATION_KEYS: z
    .string({ error: "is required: the destinations and their pseudonymisation keys, name=key,… (docs/data-lake-export.md)" })
    .pipe(configFields.exportDestinations),
});

async function main(): Promise<void> {
  const { values } = (() => {
    try {
      return parseArgs({
        args: process.argv.slice(2),
        options: {
          subgraph: { type: "string" },
          dataset: { type: "string" },
          destination: { type: "string" },
          format: { type: "string", default: "csv" },
          since: { type: "string" },
          out: { type: "string" },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      throw new ArgumentError((error as Error).message);
    }
  })();
  if (values.help) return void console.log(usage);
  const subgraph = subgraphs.find(({ name }) => name === values.subgraph)?.name as SubgraphName | undefined;
  if (!subgraph) throw new ArgumentError(`--subgraph must be one of ${subgraphs.map(({ name }) => name).join(", ")}`);
  const dataset = exportDatasets[subgraph].find(({ name }) => name === values.dataset);
  if (!dataset)
    throw new ArgumentError(
      `--dataset must be one of ${exportDatasets[subgraph].map(({ name }) => name).join(", ")} for ${subgraph}`,
    );
  const format = values.format as ExportFormat;
  if (!exportFormats.includes(format)) throw new ArgumentError(`--format must be one of ${exportFormats.join(", ")}`);
  const config = loadConfig(exportConfigSchema);
  const destination = values.destination ?? "";
  const key = config.SILTA_EXPORT_DESTINATION_KEYS.get(destination);
  if (!key)
    throw new ArgumentError(
      `--destination must be one of the configured destinations: ${[...config.SILTA_EXPORT_DESTINATION_KEYS.keys()].join(", ") || "(none in SILTA_EXPORT_DESTINATION_KEYS)"}`,
    );
  // The audit line goes to stderr, so stdout carries only the manifest.
  const log = createLogger({ service: "export", level: "info", destination: process.stderr });
  const out = values.out ?? `${dataset.name}.${format}`;
  const database = await openPostgres({ url: config.DATABASE_URL, schema: subgraph, poolSize: 1 });
  try {
    const at = new Date().toISOString();
    // One disclosure entry per export, before any row is written (docs/data-lake-export.md).
    await loggerAccessLog(log).append([
      {
        at,
        viewerId: `cli:${process.env["USER"] ?? "unknown"}`,
        viewerKind: "system",
        organizationId: null,
        roles: [],
        purpose: "data_lake_export",
        clientId: "*",
        category: dataset.category ?? DataCategory.Team,
        action: "read",
        basis: `export:${destination}:${values.since === undefined ? "snapshot" : "increment"}`,
        outcome: "allowed",
        requestId: `export-${Date.now()}`,
        source: `${subgraph}/export/${dataset.name}`,
      },
    ]);
    const started = performance.now();
    const progress = startProgress({ label: `exporting ${subgraph}/${dataset.name} to ${out}`, unit: "rows" });
    const result = await streamExport(
      database.sql,
      {
        dataset,
        format,
        since: values.since,
        pseudonymiser: new Pseudonymiser(destination, key),
        onRows: (rows) => progress.update(rows),
      },
      createWriteStream(out),
    );
    progress.finish(result.rows);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      JSON.stringify(
        {
          subgraph,
          dataset: dataset.name,
          destination,
          format,
          increment: values.since !== undefined,
          file: out,
          rows: result.rows,
          seconds: Number(seconds.toFixed(2)),
          cursor: result.cursor,
        },
        null,
        2,
      ),
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof ArgumentError || error instanceof SiltaError) console.error("See: npm run export -- --help");
  process.exit(1);
});
