import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { format, resolveConfig } from "prettier";
import { EVENT_CONTRACTS, renderEventCatalogue, renderSourceEvents } from "@silta/events";

const root = join(__dirname, "..", "..");

/** A document with a part rendered from the contracts of `@silta/events`, between two marker comments. */
interface GeneratedPart {
  path: string;
  /** What the part is called in what the check and codegen print. */
  part: string;
  start: string;
  end: string;
  render: () => string;
}

/**
 * docs/events.md's catalogue, and in each publishing subgraph's README the table of its events, all
 * from the same contracts. Everything outside the markers is the document's own prose.
 */
export const GENERATED_PARTS: readonly GeneratedPart[] = [
  {
    path: join(root, "docs", "events.md"),
    part: "catalogue",
    start: "<!-- catalogue: generated from events/src/contracts by npm run codegen; do not edit by hand -->",
    end: "<!-- end of catalogue -->",
    render: renderEventCatalogue,
  },
  ...[...new Set(EVENT_CONTRACTS.map((contract) => contract.source))].map((source) => ({
    path: join(root, "subgraphs", source, "README.md"),
    part: "events",
    start: `<!-- events: generated from events/src/contracts (source ${source}) by npm run codegen; do not edit by hand -->`,
    end: "<!-- end of events -->",
    render: () => renderSourceEvents(source),
  })),
];

const shown = (part: GeneratedPart) => relative(root, part.path);

/** The document with its part rendered, formatted as `prettier --check` wants it. */
async function withGeneratedPart(current: string, part: GeneratedPart): Promise<string> {
  const start = current.indexOf(part.start);
  const end = current.indexOf(part.end);
  if (start < 0 || end < start) throw new Error(`${shown(part)} has lost its ${part.part} markers:\n${part.start}\n${part.end}`);
  const text = `${current.slice(0, start + part.start.length)}\n\n${part.render()}\n\n${current.slice(end)}`;
  return format(text, { ...(await resolveConfig(part.path)), filepath: part.path });
}

/** Rewrites every generated part that differs; returns one line per document saying what it did. */
export async function writeEventDocs(): Promise<string[]> {
  const lines: string[] = [];
  for (const part of GENERATED_PARTS) {
    const current = readFileSync(part.path, "utf8");
    const next = await withGeneratedPart(current, part);
    if (next !== current) writeFileSync(part.path, next);
    lines.push(`${shown(part)}: ${part.part} ${next === current ? "up to date" : "regenerated from the event contracts"}`);
  }
  return lines;
}

/** Says, one line per document, whether its generated part is what the contracts render; true when all are. */
export async function checkEventDocs(): Promise<{ upToDate: boolean; lines: string[] }> {
  const lines: string[] = [];
  let upToDate = true;
  for (const part of GENERATED_PARTS) {
    const current = readFileSync(part.path, "utf8");
    const same = (await withGeneratedPart(current, part)) === current;
    upToDate &&= same;
    lines.push(`${shown(part)}: ${part.part} ${same ? "up to date" : "differs from the contracts"}`);
  }
  return { upToDate, lines };
}

// `tsx scripts/events/eventDocs.ts --check`: says whether every document holds what the contracts render
// (the drift test runs it as a child process: prettier's formatter loads ES modules Jest cannot).
if (require.main === module && process.argv[2] === "--check") {
  void checkEventDocs().then(({ upToDate, lines }) => {
    for (const line of lines) console.log(line);
    process.exitCode = upToDate ? 0 : 1;
  });
}
