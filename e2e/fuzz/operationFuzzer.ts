import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";

/** A small seeded PRNG (mulberry32): the same seed gives the same operations on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An enum value: printed bare in a literal, as its name in variables. */
export class EnumValue {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

export interface FuzzOperation {
  operation: "query" | "mutation";
  field: string;
  /** Argument values; an absent argument is left out. */
  args: Record<string, unknown>;
  /** Sent as variables (as most clients do) or written into the query as literals (as the gateway forwards some). */
  asVariables: boolean;
  /** The selection set, `""` for a leaf. */
  selection: string;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

const uuid = (random: Random) => {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
};

/** Values a caller might send: plausible ones, and what an attacker with a valid token would try. */
const plausible: Record<string, (random: Random) => unknown> = {
  ID: uuid,
  String: (random) =>
    pick(random, ["Aino", "Virtanen", "a", "family_counselling", "2026-01", "member", "fi", "https://example.org/hook"]),
  Int: (random) => pick(random, [1, 2, 10, 50]),
  Float: (random) => pick(random, [0, 1.5, 10, 20.4]),
  Boolean: (random) => chance(random, 0.5),
  Date: (random) => pick(random, ["2026-01-15", "2025-06-30", "2024-02-29", "2026-12-04"]),
  DateTime: (random) => pick(random, ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00+02:00"]),
};
const hostile: Record<string, (random: Random) => unknown> = {
  ID: (random) =>
    pick(random, [
      "x",
      "",
      "00000000-0000-0000-0000-000000000000",
      "' OR 1=1 --",
      "a\u0000b",
      "9".repeat(300),
      uuid(random).toUpperCase(),
    ]),
  String: (random) =>
    chance(random, 0.05)
      ? "x".repeat(95_000)
      : pick(random, [
          "",
          " ",
          "Ai\u0000no",
          "x".repeat(5_000),
          "%",
          "_",
          "\\",
          "'; DROP TABLE client; --",
          "😀".repeat(50),
          "\u202e",
          "2026-13",
          "0000-00",
          "-1",
        ]),
  Int: (random) => pick(random, [0, -1, 501, 100_000, 2_147_483_647, -2_147_483_648]),
  Float: (random) => pick(random, [-1, 40.1, 1e300, -1e300, 0.05]),
  Boolean: (random) => chance(random, 0.5),
  Date: (random) =>
    pick(random, ["2026-02-30", "0000-01-01", "9999-12-31", "0001-01-01", "x", "2026-1-1", "", "2026-01-15T10:00:00Z"]),
  DateTime: (random) =>
    pick(random, [
      "0000-01-01T00:00:00Z",
      "2026-02-30T00:00:00Z",
      "x",
      "9999-12-31T23:59:59Z",
      "2026-01-15",
      "0001-01-01T00:00:00+14:00",
    ]),
};

/** A random value for `type`: mostly plausible, often hostile, now and then of the wrong type or missing. */
export function valueFor(type: GraphQLInputType, random: Random, depth = 0): unknown {
  if (isNonNullType(type)) return chance(random, 0.02) ? null : valueFor(type.ofType, random, depth);
  if (chance(random, 0.03)) return pick(random, [42, "wrong type", true, { nested: 1 }]);
  if (isListType(type)) {
    const length = chance(random, 0.06) ? pick(random, [60, 120]) : Math.floor(random() * 4);
    return Array.from({ length }, () => valueFor(type.ofType, random, depth + 1));
  }
  if (isEnumType(type)) return new EnumValue(pick(random, type.getValues()).name);
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required ? chance(random, 0.97) : chance(random, 0.5) && depth < 3)
        value[field.name] = valueFor(field.type, random, depth + 1);
    }
    return value;
  }
  const name = isScalarType(type) ? type.name : "String";
  const source = chance(random, 0.6) ? plausible : hostile;
  return (source[name] ?? source["String"]!)(random);
}

/** A selection of `type`: `__typename`, some leaves, and a few object fields a level or two down. */
export function selectionFor(type: GraphQLOutputType, random: Random, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named) || depth >= 3) return "{ __typename }";
  const usable = Object.values(named.getFields()).filter((field) =>
    field.args.every((argument) => !isNonNullType(argument.type) || argument.defaultValue !== undefined),
  );
  const leaves = usable.filter((field) => isLeafType(getNamedType(field.type)));
  const objects = usable.filter((field) => !isLeafType(getNamedType(field.type)));
  const chosen = [
    ...leaves.filter((field) => field.name === "id" || chance(random, 0.4)).slice(0, 6),
    ...objects.filter(() => chance(random, 0.3)).slice(0, 2),
  ];
  const parts = chosen.map((field) => `${field.name} ${selectionFor(field.type, random, depth + 1)}`.trim());
  return `{ __typename ${parts.join(" ")} }`;
}

/** One operation on `field` of the root `operation` type, with random arguments and selection. */
export function generateOperation(
  operation: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  random: Random,
): FuzzOperation {
  const args: Record<string, unknown> = {};
  for (const argument of field.args) {
    const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
    if (!required && chance(random, 0.4)) continue;
    args[argument.name] = !required && chance(random, 0.05) ? null : valueFor(argument.type, random);
  }
  return { operation, field: field.name, args, asVariables: chance(random, 0.7), selection: selectionFor(field.type, random) };
}

/** The HTTP body of `fuzz` against `schema`. */
export function requestOf(schema: GraphQLSchema, fuzz: FuzzOperation): { query: string; variables: Record<string, unknown> } {
  const root = fuzz.operation === "query" ? schema.getQueryType() : schema.getMutationType();
  const field = root!.getFields()[fuzz.field]!;
  const given = field.args.filter((argument) => fuzz.args[argument.name] !== undefined);
  if (fuzz.asVariables) {
    const declarations = given.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(", ");
    const passed = given.map((argument) => `${argument.name}: $${argument.name}`).join(", ");
    return {
      query: `${fuzz.operation} Fuzz${declarations ? `(${declarations})` : ""} { ${fuzz.field}${passed ? `(${passed})` : ""} ${fuzz.selection} }`,
      variables: JSON.parse(
        JSON.stringify(Object.fromEntries(given.map((argument) => [argument.name, fuzz.args[argument.name]]))),
      ) as Record<string, unknown>,
    };
  }
  const passed = given.map((argument) => `${argument.name}: ${literal(fuzz.args[argument.name])}`).join(", ");
  return { query: `${fuzz.operation} Fuzz { ${fuzz.field}${passed ? `(${passed})` : ""} ${fuzz.selection} }`, variables: {} };
}

function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}: ${literal(item)}`)
      .join(", ")}}`;
  return JSON.stringify(value);
}

/** Smaller versions of an argument value, simplest first, for shrinking a failure. */
export function* smallerValues(value: unknown): Generator<unknown> {
  if (value instanceof EnumValue || value === null || typeof value === "boolean") return;
  if (typeof value === "string") {
    if (value.length > 0) yield "";
    if (value.length > 1) yield value.slice(0, Math.ceil(value.length / 2));
    if (value.length > 1) yield value.slice(Math.floor(value.length / 2));
    return;
  }
  if (typeof value === "number") {
    if (value !== 0) yield 0;
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > 0) yield [];
    if (value.length > 1) yield value.slice(0, Math.ceil(value.length / 2));
    for (let index = 0; index < Math.min(value.length, 5); index += 1) yield value.filter((_, other) => other !== index);
    for (let index = 0; index < Math.min(value.length, 5); index += 1)
      for (const smaller of smallerValues(value[index])) yield value.map((item, other) => (other === index ? smaller : item));
    return;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) yield Object.fromEntries(Object.entries(record).filter(([other]) => other !== key));
    for (const key of Object.keys(record)) for (const smaller of smallerValues(record[key])) yield { ...record, [key]: smaller };
  }
}

/**
 * The smallest operation that still fails, by greedy shrinking: the simplest selection first, then
 * each argument left out or made smaller, until no smaller version fails (or the budget is spent).
 */
export async function shrink(
  fuzz: FuzzOperation,
  fails: (candidate: FuzzOperation) => Promise<boolean>,
  budget = 150,
): Promise<FuzzOperation> {
  let current = fuzz;
  let attempts = 0;
  const candidates = function* (of: FuzzOperation): Generator<FuzzOperation> {
    const minimal = of.selection === "" ? "" : "{ __typename }";
    if (of.selection !== minimal) yield { ...of, selection: minimal };
    for (const name of Object.keys(of.args)) {
      const { [name]: _left, ...rest } = of.args;
      yield { ...of, args: rest };
    }
    for (const name of Object.keys(of.args))
      for (const smaller of smallerValues(of.args[name])) yield { ...of, args: { ...of.args, [name]: smaller } };
  };
  let progressed = true;
  while (progressed && attempts < budget) {
    progressed = false;
    for (const candidate of candidates(current)) {
      if (++attempts > budget) break;
      if (await fails(candidate)) {
        current = candidate;
        progressed = true;
        break;
      }
    }
  }
  return current;
}
