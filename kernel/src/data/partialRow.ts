/**
 * Rows read with some of their columns only (a caseload's names, its latest totals), handed on as
 * the whole row's type because their reader checked that the request asks nothing more of them
 * (`selectsOnly`). A column not read is not filled with an empty value: touching it throws, naming
 * the model and the column, so a resolver that reads beyond what was checked fails loudly in a test
 * instead of answering "none" as if that were stored.
 *
 * `columns` are every column of the row; `read` those the statement reads. The columns not read are
 * getters of one prototype shared by every row of the shape, so making a row costs its read columns'
 * assignments only (about 0.14 µs a row: ADR 0015, "Rows read in part"). Anything else (`then`, `toJSON`, a GraphQL `__typename` set later) is an ordinary
 * property, and a row spreads and serialises as its read columns.
 */
export function partialRowShape<Row extends object, Read extends keyof Row & string>(
  model: string,
  columns: readonly (keyof Row & string)[],
  read: readonly Read[],
): (values: Pick<Row, Read>) => Row {
  const readColumns = new Set<string>(read);
  const unknown = read.filter((column) => !columns.includes(column));
  if (unknown.length > 0) throw new Error(`${model} has no column ${unknown.join(", ")} to read`);
  // Object.prototype's members (hasOwnProperty, toString, …) stay where every object has them.
  const shape = {};
  for (const column of columns) {
    if (readColumns.has(column)) continue;
    Object.defineProperty(shape, column, {
      get() {
        throw new Error(`${model}.${column} was not read: this row holds ${read.join(", ")} only (partialRowShape)`);
      },
      // A column written after the read (a resolver's own value) becomes the row's own.
      set(this: object, value: unknown) {
        Object.defineProperty(this, column, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  return (values) => {
    const row = Object.create(shape) as Record<string, unknown>;
    for (const column of read) row[column] = values[column];
    return row as Row;
  };
}
