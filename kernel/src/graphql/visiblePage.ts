/** What `visiblePage` needs to know about one list. */
export interface VisiblePageSource<Row, Position> {
  /** How many visible rows the caller asked for (`first`). */
  limit: number;
  /**
   * At most how many rows one request may examine (fetch and have decided) while filling the page.
   * When it is reached first, the page ends there and says so (`truncated`).
   */
  maxExamined: number;
  /** Up to `size` rows in list order after `after` (null: from the start). */
  fetch(after: Position | null, size: number): Promise<Row[]>;
  /** A row's position in the list (its sort key): what a cursor carries, sealed. */
  positionOf(row: Row): Position;
  /**
   * Whether to look for one visible row beyond the page, for `hasNextPage`. Default true; a plain
   * list without page info has no use for it, and then decides nothing beyond the page.
   */
  lookahead?: boolean;
  /** Which of `rows` the viewer may see: the access guard's `filterAllowed`, decided and logged as one batch. */
  visible(rows: Row[]): Promise<Row[]>;
}

export interface VisiblePage<Row> {
  /** Up to `limit` visible rows, in list order. */
  rows: Row[];
  /** True only when a further visible row exists (one more was found and decided, not shown). */
  hasNextPage: boolean;
  /** True when `maxExamined` rows were examined before the page was full: narrow the search. */
  truncated: boolean;
}

/**
 * Filter, then page: reads the list in windows after `after`, has each window decided by the
 * access guard, and stops as soon as `limit` visible rows and one more (for `hasNextPage`) are
 * known, the list ends, or `maxExamined` rows were examined. Hidden rows never count, never move a
 * cursor and never show in `hasNextPage`. The first window is exactly what is needed; later ones
 * double while rows keep being hidden, so the decisions (and their log entries) stay within twice
 * what filling the page required.
 */
export async function visiblePage<Row, Position>(
  source: VisiblePageSource<Row, Position>,
  after: Position | null,
): Promise<VisiblePage<Row>> {
  const wanted = source.limit + (source.lookahead === false ? 0 : 1);
  const found: Row[] = [];
  let position = after;
  let examined = 0;
  let window = wanted;
  for (;;) {
    const size = Math.min(Math.max(window, wanted - found.length), source.maxExamined - examined);
    if (size <= 0) return { rows: found.slice(0, source.limit), hasNextPage: false, truncated: true };
    const rows = await source.fetch(position, size);
    examined += rows.length;
    if (rows.length) found.push(...(await source.visible(rows)));
    if (found.length >= wanted)
      return { rows: found.slice(0, source.limit), hasNextPage: found.length > source.limit, truncated: false };
    if (rows.length < size) return { rows: found, hasNextPage: false, truncated: false };
    position = source.positionOf(rows[rows.length - 1]!);
    window = examined;
  }
}
