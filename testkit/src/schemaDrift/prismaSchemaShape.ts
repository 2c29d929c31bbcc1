import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { SchemaShape } from "./SchemaShape";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: { name?: string } | unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: {
      model: string;
      type: "id" | "unique" | "normal" | "fulltext";
      fields: { name: string; sortOrder?: "asc" | "desc" }[];
    }[];
  };
}

/** Defaults Prisma fills in itself; they leave no DEFAULT in the database. */
const clientSideDefaults = new Set(["uuid", "cuid", "nanoid", "ulid"]);

/** The shape schema.prisma promises, read through Prisma's own schema parser (WebAssembly, offline). */
export function prismaSchemaShape(schemaPath: string): SchemaShape {
  const text = readFileSync(schemaPath, "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: text }))) as Dmmf;
  addUnsupportedFields(dmmf, text);
  const models = new Map(dmmf.datamodel.models.map((model) => [model.name, model]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName)!;
    return field.dbName ?? field.name;
  };
  const columns: Record<string, string> = {};
  const foreignKeys: string[] = [];
  for (const model of dmmf.datamodel.models) {
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const target = models.get(field.type)!;
          foreignKeys.push(
            `${tableOf(model)}(${field.relationFromFields.map((name) => columnOf(model, name)).join(", ")}) -> ${tableOf(target)}(${(field.relationToFields ?? []).map((name) => columnOf(target, name)).join(", ")})`,
          );
        }
        continue;
      }
      const defaultName = (field.default as { name?: string } | undefined)?.name;
      const hasDbDefault = field.hasDefaultValue && !(defaultName && clientSideDefaults.has(defaultName));
      // Prisma creates scalar list columns without NOT NULL.
      const nullable = field.isList || !field.isRequired;
      columns[`${tableOf(model)}.${field.dbName ?? field.name}`] = describeColumn(postgresType(field), nullable, hasDbDefault);
    }
  }
  const predicates = partialIndexPredicates(text);
  const indexes = dmmf.datamodel.indexes.map((index) => {
    const model = models.get(index.model)!;
    const kind = index.type === "id" ? " primary" : index.type === "unique" ? " unique" : "";
    const predicate = predicates.get(`${index.model} ${index.type} ${index.fields.map((field) => field.name).join(",")}`);
    // A key column in descending order is written ` desc` on both sides (`measuredOn(sort: Desc)`).
    const keys = index.fields.map((field) => `${columnOf(model, field.name)}${field.sortOrder === "desc" ? " desc" : ""}`);
    return `${tableOf(model)}(${keys.join(", ")})${kind}${wherePart(predicate ?? null)}`;
  });
  const enums = Object.fromEntries(
    dmmf.datamodel.enums.map((item) => [item.dbName ?? item.name, item.values.map((value) => value.dbName ?? value.name)]),
  );
  return { columns, indexes: indexes.sort(), foreignKeys: foreignKeys.sort(), enums };
}

/**
 * ` where <predicate>` of a partial index, written the same whichever side it comes from: PostgreSQL
 * prints `(duplicate_of IS NULL)`, schema.prisma holds what its author wrote in `where: raw("…")`.
 */
export function wherePart(predicate: string | null): string {
  if (!predicate) return "";
  let text = predicate.replace(/"/g, "").replace(/\s+/g, " ").trim();
  while (/^\(.*\)$/.test(text) && balanced(text.slice(1, -1))) text = text.slice(1, -1).trim();
  return ` where ${text}`;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    depth += character === "(" ? 1 : character === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The DMMF leaves out the predicate of a partial index (preview feature `partialIndexes`:
 * `@@unique([a, b], where: raw("…"))`), so it is read from the schema text, keyed as the DMMF's
 * index is: `<model> <unique|normal> <field,field>`.
 */
function partialIndexPredicates(text: string): Map<string, string> {
  const predicates = new Map<string, string>();
  for (const [, modelName, body] of text.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm))
    for (const [, kind, fields, predicate] of body!.matchAll(/@@(unique|index)\(\[([^\]]*)\][^\n]*?where:\s*raw\("([^"]*)"\)/g))
      predicates.set(
        `${modelName} ${kind === "unique" ? "unique" : "normal"} ${fields!
          .split(",")
          .map((field) => field.trim().replace(/\(.*\)$/, ""))
          .join(",")}`,
        predicate!,
      );
  return predicates;
}

export function describeColumn(type: string, nullable: boolean, hasDefault: boolean): string {
  return `${type}${nullable ? " null" : ""}${hasDefault ? " default" : ""}`;
}

/**
 * The DMMF leaves out `Unsupported("type")` fields (Prisma Client cannot read them, which is why the
 * export's `change_xid xid8` columns are declared so), so they are read from the schema text.
 */
function addUnsupportedFields(dmmf: Dmmf, text: string): void {
  for (const [, modelName, body] of text.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const model = dmmf.datamodel.models.find((candidate) => candidate.name === modelName);
    if (!model) continue;
    for (const [, name, type, optional, attributes] of body!.matchAll(/^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      model.fields.push({
        name: name!,
        dbName: /@map\("([^"]+)"\)/.exec(attributes!)?.[1] ?? null,
        kind: "unsupported",
        type: type!,
        isList: false,
        isRequired: optional !== "?",
        isUpdatedAt: false,
        hasDefaultValue: attributes!.includes("@default("),
      });
    }
  }
}

function postgresType(field: DmmfField): string {
  if (field.kind === "unsupported") return field.type;
  const element = field.kind === "enum" ? `"${field.type}"` : scalarType(field);
  return field.isList ? `${element}[]` : element;
}

function scalarType(field: DmmfField): string {
  const [native, args = []] = field.nativeType ?? [];
  switch (native) {
    case "Uuid":
      return "uuid";
    case "Date":
      return "date";
    case "Timestamptz":
      return `timestamp(${args[0] ?? 6}) with time zone`;
    case "Timestamp":
      return `timestamp(${args[0] ?? 6}) without time zone`;
    case "Decimal":
      return `numeric(${args.join(",")})`;
    case "VarChar":
      return `character varying(${args[0]})`;
    case "JsonB":
      return "jsonb";
    case undefined:
      break;
    default:
      throw new Error(`schemaDrift does not know the native type @db.${native} yet: teach it in prismaSchemaShape.ts`);
  }
  const defaults: Record<string, string> = {
    String: "text",
    Boolean: "boolean",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Decimal: "numeric(65,30)",
    DateTime: "timestamp(3) without time zone",
    Json: "jsonb",
    Bytes: "bytea",
  };
  const type = defaults[field.type];
  if (!type) throw new Error(`schemaDrift does not know the Prisma type ${field.type}`);
  return type;
}
