import DataLoader from "dataloader";

/**
 * A per-request loader of rows by id: all ids asked for in one tick become one `IN` query.
 * Missing ids resolve to null, in the order asked.
 */
export function loaderById<Row extends { id: string }>(load: (ids: string[]) => Promise<Row[]>): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** A per-request loader of the child rows of many parents in one query, grouped by the parent key. */
export function loaderGroupedBy<Row>(
  load: (keys: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (keys) => {
    const groups = new Map<string, Row[]>();
    for (const row of await load([...keys])) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
