/**
 * The names of the fields of `changes` whose value differs from `before`: what an update event
 * lists in `changedFields`. Undefined means "not given" and is no change; values are compared as
 * JSON, so equal dates, arrays and nulls are the same.
 */
export function changedFieldNames(before: object, changes: object): string[] {
  const old = before as Record<string, unknown>;
  return Object.entries(changes)
    .filter(([field, value]) => value !== undefined && JSON.stringify(old[field] ?? null) !== JSON.stringify(value ?? null))
    .map(([field]) => field);
}
