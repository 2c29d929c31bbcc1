type Data = Record<string, unknown>;

const SKIPPED = 0;
const OBJECT = 1;
const ARRAY = 2;
const OTHER = 3;

/** An entity's answer read once for merging into each of its copies: its own names, values and their kinds. */
export interface CopyMerge {
  readonly names: readonly string[];
  readonly values: readonly unknown[];
  readonly kinds: readonly number[];
}

/**
 * Reads `source` for {@link mergeIntoCopy}. The source must not change while it is merged: an
 * `_entities` answer does not (merging writes only into the copies and what they held before).
 */
export function copyMerge(source: Data): CopyMerge {
  const names = Object.keys(source);
  const values = new Array<unknown>(names.length);
  const kinds = new Array<number>(names.length);
  for (let index = 0; index < names.length; index++) {
    const value = source[names[index]!];
    values[index] = value;
    kinds[index] = value === undefined ? SKIPPED : Array.isArray(value) ? ARRAY : isObject(value) ? OBJECT : OTHER;
  }
  return { names, values, kinds };
}

/**
 * Apollo's `deepMerge(target, source)` (@apollo/gateway's utilities/deepMerge, as its executor
 * merges entities) for the source `merge` was read from, without listing the source's names and
 * testing its values again for every copy (one answer is merged into up to 96 copies here): a name
 * the target lacks, even one it inherits such as `constructor` or `__proto__`, becomes its own with
 * the answer's value; an object the target already holds gets the answer's object merged into it,
 * a list of the same length element by element; anything else is replaced.
 *
 * One difference in work, none in outcome: a value the target already holds (`===`) is left as it
 * is, where deepMerge would walk it to write each of its values onto itself. So an object that is
 * several copies at once (copies share what earlier answers added) can be given the answer again
 * at the cost of a look at its names, and needs no set of the objects merged so far.
 */
export function mergeIntoCopy(target: Data, merge: CopyMerge): void {
  const { names, values, kinds } = merge;
  for (let index = 0; index < names.length; index++) {
    const kind = kinds[index];
    if (kind === SKIPPED) continue;
    const name = names[index]!;
    const value = values[index];
    if (!Object.prototype.hasOwnProperty.call(target, name)) {
      setOwn(target, name, value);
      continue;
    }
    const existing = target[name];
    if (existing === value) continue;
    if (kind === OBJECT && existing) mergeObject(existing as Data, value as Data);
    else if (kind === ARRAY && Array.isArray(existing) && existing.length === (value as unknown[]).length)
      mergeList(existing, value as unknown[]);
    else target[name] = value;
  }
}

/** deepMerge below the top level, leaving values the target already holds as they are. */
function mergeObject(target: Data, source: Data): void {
  for (const name of Object.keys(source)) {
    const value = source[name];
    if (value === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(target, name)) {
      setOwn(target, name, value);
      continue;
    }
    const existing = target[name];
    if (existing === value) continue;
    if (existing && isObject(value)) mergeObject(existing as Data, value as Data);
    else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) mergeList(existing, value);
    else target[name] = value;
  }
}

function mergeList(target: unknown[], source: unknown[]): void {
  for (let index = 0; index < source.length; index++) {
    const existing = target[index];
    const value = source[index];
    if (existing === value) continue;
    if (isObject(existing) && isObject(value)) mergeObject(existing as Data, value as Data);
    else target[index] = value;
  }
}

/** A name the target does not have as its own: deepMerge's `defineOwn` (an inherited name becomes own), then the value. */
function setOwn(target: Data, name: string, value: unknown): void {
  if (name in target)
    Object.defineProperty(target, name, { configurable: true, enumerable: true, value: undefined, writable: true });
  target[name] = value;
}

/** Apollo's `isObject`: an object that is not a list. */
function isObject(value: unknown): boolean {
  return value !== undefined && value !== null && typeof value === "object" && !Array.isArray(value);
}
