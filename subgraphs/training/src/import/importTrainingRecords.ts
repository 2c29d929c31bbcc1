import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { badUserInput, SiltaError } from "@silta/kernel";
import { recordCompletion } from "../data/completionStore";
import type { PrismaClient } from "../data/db";
import { Problems, type Problem } from "../domain/problems";
import { validateCompletion } from "../domain/validateInputs";

/** The most rows the GraphQL mutation takes; the command has no limit. */
export const MUTATION_IMPORT_MAX_ROWS = 1000;

/** CSV columns (docs/training-import.md) and the input fields they fill. */
const columnOfField = {
  id: "id",
  professionalId: "professional_id",
  courseId: "course_id",
  eventId: "event_id",
  completedOn: "completed_on",
  attended: "attended",
  completed: "completed",
  certificate: "certificate",
} as const;
type Column = (typeof columnOfField)[keyof typeof columnOfField];
const columns = Object.values(columnOfField) as Column[];
const requiredColumns: Column[] = ["professional_id", "attended", "completed"];

export interface ImportReport {
  created: number;
  unchanged: number;
  rejected: (Problem & { line: number })[];
}

/** An input path of the stores (`input.courseId`) as the CSV column that fed it (`course_id`). */
function columnOf(field: string): string {
  const name = field.replace(/^input\./, "") as keyof typeof columnOfField;
  return columnOfField[name] ?? field;
}

const truthy = new Set(["true", "yes", "1", "kyllä", "k"]);
const falsy = new Set(["false", "no", "0", "ei", "e"]);

function parseBoolean(column: Column, value: string | undefined, problems: Problems): boolean | null {
  const normalized = (value ?? "").trim().toLowerCase();
  if (truthy.has(normalized)) return true;
  if (falsy.has(normalized)) return false;
  problems.add(column, "boolean", "{field} must be true or false (also yes/no, 1/0, kyllä/ei).");
  return null;
}

const parseOptions = { bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true } as const;

/** csv-parse's own errors (unclosed quote, …) are the caller's input mistakes, told with their line. */
function readCsv<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("CSV_"))
      throw badUserInput("csv", "syntax", `The file is not valid CSV: ${(error as Error).message}`);
    throw error;
  }
}

const blankToNull = (value: string | undefined) => (value === undefined || value.trim() === "" ? null : value.trim());

/**
 * Imports past training records: each row goes through the same checks and the same store as the
 * `recordCompletion` mutation, in its own transaction, so a bad row is reported (line, column, rule)
 * and the good ones are kept. A row already stored counts as unchanged, so re-importing a file
 * changes nothing. Reads the CSV as a stream, so the command's memory does not grow with the file.
 */
export async function importTrainingRecords(
  prisma: PrismaClient,
  actorId: string,
  csv: string | NodeJS.ReadableStream,
  today: string,
  options: { maxRows?: number } = {},
): Promise<ImportReport> {
  const report: ImportReport = { created: 0, unchanged: 0, rejected: [] };
  // Text from the API is checked whole first, so a size or syntax problem refuses it before any row is written.
  if (typeof csv === "string") {
    const records = readCsv(() => parseSync(csv, { ...parseOptions, info: false }) as unknown[]);
    if (options.maxRows !== undefined && records.length - 1 > options.maxRows)
      throw badUserInput(
        "csv",
        "rows",
        `At most ${options.maxRows} rows at a time here; nothing was imported. Use the import command for larger files.`,
      );
  }
  const source = typeof csv === "string" ? Readable.from([csv]) : csv;
  const parser = source.pipe(parse(parseOptions));
  let header: string[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = record.map((name) => name.trim().toLowerCase());
      const unknown = header.filter((name) => !columns.includes(name as Column));
      const missing = requiredColumns.filter((name) => !header!.includes(name));
      if (unknown.length > 0 || missing.length > 0)
        throw badUserInput(
          "csv",
          "header",
          `The first line must name the columns (${columns.join(", ")}). ${unknown.length ? `Unknown: ${unknown.join(", ")}. ` : ""}${missing.length ? `Missing: ${missing.join(", ")}.` : ""}`.trim(),
        );
      continue;
    }
    const cell = (column: Column) => record[header!.indexOf(column)];
    const line = info.lines;
    const problems = new Problems(columnOf);
    if (record.length !== header.length) {
      report.rejected.push({
        line,
        field: "csv",
        rule: "column_count",
        message: `Line ${line} has ${record.length} values for ${header.length} columns.`,
      });
      continue;
    }
    const attended = parseBoolean("attended", cell("attended"), problems);
    const completed = parseBoolean("completed", cell("completed"), problems);
    const valid = validateCompletion(
      {
        id: blankToNull(cell("id")),
        professionalId: cell("professional_id") ?? "",
        courseId: blankToNull(cell("course_id")),
        eventId: blankToNull(cell("event_id")),
        completedOn: blankToNull(cell("completed_on")),
        // An unreadable flag is already reported; these stand-ins keep it from also breaking the attendance rule.
        attended: attended ?? true,
        completed: completed ?? false,
        certificate: blankToNull(cell("certificate")),
      },
      today,
      problems,
    );
    if (!problems.ok || !valid) {
      report.rejected.push(...problems.list.map((problem) => ({ line, ...problem })));
      continue;
    }
    try {
      const { created } = await recordCompletion(prisma, actorId, valid, today);
      if (created) report.created += 1;
      else report.unchanged += 1;
    } catch (error) {
      if (!(error instanceof SiltaError)) throw error;
      const extensions = error.extensions as { field?: string; rule?: string };
      report.rejected.push({
        line,
        field: columnOf(extensions.field ?? "csv"),
        rule: extensions.rule ?? error.code.toLowerCase(),
        message: error.message,
      });
    }
  }
  return report;
}
