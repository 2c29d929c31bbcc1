/** A row another row points at by foreign key: its absence is a defect, not a caller's mistake. */
export function present<Row>(row: Row | null | undefined, what: string): Row {
  if (row === null || row === undefined) throw new Error(`missing ${what}`);
  return row;
}
