import pg, { type CustomTypesConfig, type FieldDef } from "pg";
import type { Sql as PrismaSql } from "@prisma/client/runtime/client";
import type { Database } from "./Database";
import { PREPARED_STATEMENT_MARK } from "./preparedStatements";

/** A tagged template's statement as Prisma builds it (`` Prisma.sql`…` ``): text with `$n` placeholders, and its values. */
export interface TaggedStatement {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** Reads a marked statement's rows over a PostgreSQL pool directly, as Prisma's raw path would answer them. */
export type PreparedRowsReader = <Row>(statement: TaggedStatement) => Promise<Row[]>;

/** What a marked statement falls back to: the Prisma client (or transaction) it would have run on anyway. */
export interface RawQueryClient {
  $queryRaw(query: never, ...values: never[]): PromiseLike<unknown>;
}

/**
 * The reader of each Prisma client a subgraph built with {@link readPreparedOver}. A transaction client,
 * or a client of an embedded (PGlite) database, has none and runs its statements on Prisma's raw path.
 */
const readers = new WeakMap<object, PreparedRowsReader>();

/** Lets `client`'s marked reads go over `database`'s pool directly (servers mode; a no-op on PGlite). */
export function readPreparedOver(client: object, database: Database): void {
  if (database.readPrepared) readers.set(client, database.readPrepared);
}

/**
 * The rows of a hot read: a tagged template marked `/* prepared *\/` (ADR 0015, "Hot reads over the
 * pool"). On a client built over a PostgreSQL pool it goes to the pool directly, named, skipping the
 * work Prisma's raw path does on every call (its parameters serialised to JSON and back, its rows
 * converted column by column: about 0.3 ms of CPU a statement); anywhere else (a transaction, PGlite)
 * it runs on `client.$queryRaw`, as every other set-based statement does. Either way the text is the
 * template's, whose every `${…}` is a parameter, and the rows are the same.
 */
export async function readPrepared<Row>(client: RawQueryClient, statement: PrismaSql): Promise<Row[]> {
  if (!statement.text.startsWith(PREPARED_STATEMENT_MARK))
    throw new Error(`readPrepared takes a statement that begins with ${PREPARED_STATEMENT_MARK}`);
  return readPooled(client, statement);
}

/**
 * {@link readPrepared} for an everyday read whose text varies with the query (name search's words and
 * filters): over the pool directly, with the same checks of its values and columns, but unnamed unless
 * it carries the mark, so its many texts take none of the sixteen names a process gives. It saves what
 * a hot read saves but PostgreSQL's parse, which an unnamed statement repeats on every call.
 */
export async function readPooled<Row>(client: RawQueryClient, statement: PrismaSql): Promise<Row[]> {
  await assertTaggedTemplate(statement);
  const reader = readers.get(client);
  if (reader) return reader<Row>(statement);
  return (await (client.$queryRaw as (query: TaggedStatement) => PromiseLike<Row[]>).call(client, statement)) as Row[];
}

/** Prisma's `Sql` class, loaded on the first read: the gateway, which reads nothing, never loads Prisma's runtime. */
let prismaSql: Promise<typeof PrismaSql> | undefined;

/**
 * Refuses anything but a statement `Prisma.sql` (or a tagged `$queryRaw`'s template) built, whose every
 * `${…}` is a parameter. The type says as much; this holds it for a statement the type was talked out
 * of, such as `{ text, values }` assembled from strings, which the lint rules against string-built SQL
 * do not see (ADR 0015).
 */
async function assertTaggedTemplate(statement: unknown): Promise<void> {
  prismaSql ??= import("@prisma/client/runtime/client").then((runtime) => runtime.Sql);
  if (!(statement instanceof (await prismaSql)))
    throw new TypeError(
      "readPrepared and readPooled take a Prisma.sql tagged template, whose every value is a parameter (ADR 0015)",
    );
}

/**
 * A value as a hot read sends it: what pg and Prisma send alike (text, a finite number, a boolean,
 * null, and lists of them). Anything else is refused rather than sent differently from Prisma: pg
 * writes a `Date` in the process's time zone where Prisma writes UTC, and a BigInt, a Buffer or an
 * object each have their own rules.
 */
export function preparedValue(value: unknown, position: number): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (Array.isArray(value)) {
    for (const element of value) preparedValue(element, position);
    return value;
  }
  const kind =
    value === undefined
      ? "undefined"
      : value instanceof Date
        ? "a Date"
        : typeof value === "number"
          ? "not a finite number"
          : typeof value === "object"
            ? "an object"
            : `a ${typeof value}`;
  throw new TypeError(
    `value $${position} of a read over the pool is ${kind}: pass text, numbers, booleans, null or lists of them, and cast in SQL`,
  );
}

/** PostgreSQL's `date`, whose text pg would read as midnight in the process's time zone. */
const DATE_OID = 1082;

/**
 * The column types a hot read answers, by type id, with pg's own conversion where it gives what
 * Prisma's raw path gives (booleans, numbers, text and uuids as strings, a `timestamptz` as the `Date`
 * of the instant its text names with its offset, lists of them); `date` is read as Prisma reads it,
 * midnight UTC. Any other type (a `numeric`, an `int8`, a `timestamp` without a time zone, which pg
 * would read in the process's local time, JSON, an enum) is refused with the column's name: cast it
 * in SQL (`::text`, `::int`, `::float8`).
 */
const READ_AS_PRISMA = new Set([
  16, // bool
  21, // int2
  23, // int4
  25, // text
  700, // float4
  701, // float8
  1042, // bpchar
  1043, // varchar
  2950, // uuid
  1184, // timestamptz
  DATE_OID,
  1000, // bool[]
  1005, // int2[]
  1007, // int4[]
  1009, // text[]
  1015, // varchar[]
  1021, // float4[]
  1022, // float8[]
  2951, // uuid[]
  1185, // timestamptz[]
]);

/** Checks a hot read's columns against {@link READ_AS_PRISMA}; throws naming the first it cannot answer as Prisma does. */
export function assertReadAsPrisma(fields: readonly Pick<FieldDef, "name" | "dataTypeID">[]): void {
  for (const field of fields)
    if (!READ_AS_PRISMA.has(field.dataTypeID))
      throw new TypeError(
        `column "${field.name}" of a read over the pool has type ${field.dataTypeID}, which it does not read as Prisma does: cast it in SQL`,
      );
}

const utcMidnight = (text: string) => new Date(`${text}T00:00:00.000Z`);

/** pg's type parsers for a hot read: its defaults, but a `date` as midnight UTC (Prisma's `Date`), never local time. */
export const readAsPrisma: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID ? utcMidnight : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
