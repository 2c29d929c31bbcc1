import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { renderEventCatalogue } from "@silta/events";

export const EVENTS_DOC = join(__dirname, "..", "..", "docs", "events.md");
const START = "<!-- catalogue: generated from events/src/contracts by npm run codegen; do not edit by hand -->";
const END = "<!-- end of catalogue -->";

/**
 * docs/events.md with its catalogue table rendered from the contracts of `@silta/events`, formatted
 * as `prettier --check` wants it. Everything outside the markers is the document's own prose.
 */
export async function eventsDocWithCatalogue(current: string): Promise<string> {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/events.md has lost its catalogue markers:\n${START}\n${END}`);
  const text = `${current.slice(0, start + START.length)}\n\n${renderEventCatalogue()}\n\n${current.slice(end)}`;
  return format(text, { ...(await resolveConfig(EVENTS_DOC)), filepath: EVENTS_DOC });
}

/** Rewrites docs/events.md's catalogue; says whether it changed. */
export async function writeEventsDoc(): Promise<boolean> {
  const current = readFileSync(EVENTS_DOC, "utf8");
  const next = await eventsDocWithCatalogue(current);
  if (next !== current) writeFileSync(EVENTS_DOC, next);
  return next !== current;
}

// `tsx scripts/events/eventDocs.ts --check`: says whether docs/events.md holds the rendered catalogue
// (the drift test runs it as a child process: prettier's formatter loads ES modules Jest cannot).
if (require.main === module && process.argv[2] === "--check") {
  void eventsDocWithCatalogue(readFileSync(EVENTS_DOC, "utf8")).then((next) => {
    const upToDate = next === readFileSync(EVENTS_DOC, "utf8");
    console.log(upToDate ? "docs/events.md: catalogue up to date" : "docs/events.md: catalogue differs from the contracts");
    process.exitCode = upToDate ? 0 : 1;
  });
}
