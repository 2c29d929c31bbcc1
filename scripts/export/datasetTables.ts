import { exportDatasets } from "./exportDatasets";

/**
 * The "Datasets" section of docs/data-lake-export.md, written from the dataset definitions, so the
 * documented columns are the exported ones (datasetTables.test.ts fails when they differ).
 * Regenerate: `npx tsx scripts/export/datasetTables.ts`.
 */
export function datasetTables(): string {
  const lines: string[] = [];
  for (const [subgraph, datasets] of Object.entries(exportDatasets)) {
    if (datasets.length === 0) continue;
    lines.push(`### ${subgraph}`, "");
    for (const dataset of datasets) {
      lines.push(`#### \`${dataset.name}\`: ${dataset.description}`, "");
      lines.push(
        `Table \`${dataset.table}\`${dataset.where ? `, rows where \`${dataset.where}\`` : ""}; in order of \`${dataset.orderBy}\`; ` +
          `access log category: ${dataset.category ?? "none (not client data; logged as `team`)"}.`,
        "",
      );
      lines.push("| column | type | meaning |", "| --- | --- | --- |");
      for (const column of dataset.columns) {
        const kind = typeof column.kind === "object" ? `pseudonym (${column.kind.pseudonym})` : column.kind;
        lines.push(`| \`${column.name}\` | ${kind} | ${column.description} |`);
      }
      lines.push("");
    }
  }
  return lines.join("\n");
}

if (require.main === module) {
  const usage =
    "usage: npx tsx scripts/export/datasetTables.ts   prints the Datasets section of docs/data-lake-export.md (no arguments)";
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) console.log(usage);
  else if (argv.length > 0) {
    console.error(`unexpected arguments: ${argv.join(" ")}\n${usage}`);
    process.exitCode = 2;
  } else process.stdout.write(datasetTables());
}
