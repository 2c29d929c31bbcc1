import { parse } from "csv-parse";
import type { Readable } from "node:stream";
import type { RawRow } from "./importRow";

/** CSV (UTF-8, header row, comma-separated, optional BOM), streamed: one row in memory at a time. */
export async function* csvRows(input: Readable): AsyncGenerator<RawRow> {
  const parser = input.pipe(
    parse({
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: info.lines, fields: record };
  }
}

/**
 * JSON, streamed: either a top-level array of row objects or one object per line (JSON Lines). The
 * objects are cut out of the text by brace depth, so only one row is ever parsed and held; `line`
 * is where the object starts.
 */
export async function* jsonRows(input: AsyncIterable<string | Buffer>): AsyncGenerator<RawRow> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buffer = "";
  let line = 1;
  let startLine = 1;
  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      if (char === "\n") line += 1;
      if (depth > 0) buffer += char;
      if (inString) {
        if (escaped) escaped = false;
        else if (char === "\\") escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (char === '"' && depth > 0) inString = true;
      else if (char === "{") {
        if (depth === 0) {
          buffer = "{";
          startLine = line;
        }
        depth += 1;
      } else if (char === "}") {
        depth -= 1;
        if (depth === 0) yield parsed(buffer, startLine);
      }
    }
  }
  if (depth !== 0) yield { line: startLine, fields: { __error: "the file ends inside an object" } };
}

function parsed(text: string, line: number): RawRow {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    return { line, fields: Object.fromEntries(Object.entries(value).map(([key, field]) => [key.toLowerCase(), field])) };
  } catch {
    return { line, fields: { __error: "not valid JSON" } };
  }
}
