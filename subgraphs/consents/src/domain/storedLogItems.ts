import type { LogItem } from "./accessLogHash";

/**
 * An entry's items as `access_log.items` stores them since 2026-12-06 (the third format): one array
 * per run of items that differ only in their category, `[categories, action, outcome, basis,
 * consentId, teamId, relationshipId, statutoryBasisId, serviceTask]`, trailing nulls left out.
 *
 * Why: a list's page logs one entry per client with every category the request reads of it (the
 * list's own and its follow-up reads, ADR 0019), nearly always under one decision. As objects, a
 * caseload entry's three items were 484 bytes of jsonb, most of them key names written three times;
 * this is about a fifth of that, and the entry's write-ahead log, which the request waits to flush,
 * shrinks with it (docs/benchmarks-access.md, "Items in runs"). The hash is over the items as
 * `canonicalItems` lists them, whatever the stored form, so entries of every format verify alike;
 * `access_log_entries` shows every entry's items as objects, for SQL readers.
 */
export type StoredItems = StoredItemRun[];

type StoredItemRun = [categories: string[], action: string, outcome: string, basis: string, ...ids: (string | null)[]];

/** The fields after the category, in stored order. */
const FIELDS_AFTER_CATEGORY = [
  "action",
  "outcome",
  "basis",
  "consentId",
  "teamId",
  "relationshipId",
  "statutoryBasisId",
  "serviceTask",
] as const;

/** The items in their stored form: consecutive items equal but for their category share one run, in order. */
export function storedItems(items: readonly LogItem[]): StoredItems {
  const runs: StoredItems = [];
  let previous: LogItem | undefined;
  for (const item of items) {
    if (previous && sameButCategory(previous, item)) {
      runs[runs.length - 1]![0].push(item.category);
    } else {
      const run: StoredItemRun = [[item.category], item.action, item.outcome, item.basis];
      const ids = [item.consentId, item.teamId, item.relationshipId, item.statutoryBasisId, item.serviceTask];
      let last = ids.length;
      while (last > 0 && ids[last - 1] === null) last -= 1;
      run.push(...ids.slice(0, last));
      runs.push(run);
    }
    previous = item;
  }
  return runs;
}

/**
 * The items of a stored entry, in the order they were decided, from any of the formats: runs (this
 * module's), or one object per item (entries written before), fields without a value left out.
 */
export function itemsOfStored(stored: readonly unknown[]): LogItem[] {
  return stored.flatMap((element): LogItem[] => {
    // An element that is not a run is an item as an object (as `access_log_items` shows it too).
    if (!Array.isArray(element) || !Array.isArray(element[0])) return [itemOfObject(element)];
    const [categories, ...rest] = element as [unknown[], ...unknown[]];
    const fields = Object.fromEntries(FIELDS_AFTER_CATEGORY.map((field, index) => [field, rest[index] ?? undefined]));
    return categories.map((category) => itemOfObject({ ...fields, category }));
  });
}

function itemOfObject(stored: unknown): LogItem {
  const item = (typeof stored === "object" && stored !== null ? stored : {}) as Partial<LogItem>;
  return {
    category: item.category ?? "",
    action: item.action ?? "",
    outcome: item.outcome ?? "denied",
    basis: item.basis ?? "",
    consentId: item.consentId ?? null,
    teamId: item.teamId ?? null,
    relationshipId: item.relationshipId ?? null,
    statutoryBasisId: item.statutoryBasisId ?? null,
    serviceTask: item.serviceTask ?? null,
  };
}

function sameButCategory(a: LogItem, b: LogItem): boolean {
  return FIELDS_AFTER_CATEGORY.every((field) => a[field] === b[field]);
}
