import { createHash } from "node:crypto";
import type { ListRow } from "../access/visibleClients";

export interface VisiblePage<Row> {
  /** Up to `limit` visible rows, in list order. */
  rows: Row[];
  /** True only when a further visible row exists (one more was found, not shown, not logged). */
  hasNextPage: boolean;
  /** True when a full window held too few visible rows to fill the page and one more: narrow the search. */
  truncated: boolean;
}

/** What `filteredPage` needs to know about one list of clients' rows. */
export interface FilteredPageSource<Row, Position> {
  /** How many visible rows the caller asked for (`first`). */
  limit: number;
  /**
   * How many rows one request reads (one statement) and narrows (one call): when they hold fewer
   * visible rows than the page and one more, and the list goes on, the page ends there and says so
   * (`truncated`). Always the whole window, whatever it holds: reading less first and the rest only
   * when rows were hidden would let the count of calls and statements tell hidden rows are there.
   */
  window: number;
  /** Up to `size` rows in list order after `after` (null: from the start); only what ordering needs. */
  fetch(after: Position | null, size: number): Promise<Row[]>;
  /** A row's position in the list (its sort key): what a cursor carries, sealed. */
  positionOf(row: Row): Position;
  /**
   * Whose data a row is, as the access rules decide it (one client: `{ clientIds: [id] }`; a family's
   * record: each member, with its service task); null for a row nobody in this request may see, which
   * is then not asked about.
   */
  clientsOf(row: Row): ListRow | null;
  /**
   * Asked about instead of the rows when the window has none to ask about, so that a list matching
   * nobody costs the same work as one matching only hidden clients (an id nobody has).
   */
  standInId: string;
  /**
   * Which of the rows the viewer may read (one flag per row), the first `logFirst` visible ones
   * logged as shown: the access guard's `visibleAmong`.
   */
  visibleAmong(rows: ListRow[], logFirst: number): Promise<boolean[]>;
}

/**
 * Filter, then page, with a fixed amount of work (docs/decisions/0013): one window of the list is
 * read and decided in one call, which logs only the rows of the page.
 * Hidden rows never count, never move a cursor and never show in `hasNextPage`; and however many of
 * them the window holds, the page costs the same statement, call and log entries as the same page
 * among none, or as a list where nothing matched.
 */
export async function filteredPage<Row, Position>(
  source: FilteredPageSource<Row, Position>,
  after: Position | null,
): Promise<VisiblePage<Row>> {
  const rows = await source.fetch(after, source.window);
  const candidates = await narrowed(source, rows, source.limit);
  return {
    rows: candidates.slice(0, source.limit),
    hasNextPage: candidates.length > source.limit,
    truncated: candidates.length <= source.limit && rows.length === source.window,
  };
}

/** The rows the viewer may see, the first `logFirst` logged; a window with none to ask about asks about the stand-in id instead. */
async function narrowed<Row, Position>(source: FilteredPageSource<Row, Position>, rows: Row[], logFirst: number): Promise<Row[]> {
  const asked = rows.flatMap((row) => {
    const clients = source.clientsOf(row);
    return clients ? [{ row, clients }] : [];
  });
  const logged = Math.max(0, logFirst);
  if (asked.length === 0) {
    await source.visibleAmong([{ clientIds: [source.standInId] }], logged);
    return [];
  }
  const visible = await source.visibleAmong(
    asked.map((one) => one.clients),
    logged,
  );
  return asked.filter((_, index) => visible[index]).map((one) => one.row);
}

/**
 * A UUID no client has, derived from `seed` (the list and its parent), asked about when a list's window
 * holds nothing to ask about, so that it costs what a window of hidden clients does.
 */
export function standInId(seed: string): string {
  const hex = createHash("sha256").update(`empty-list:${seed}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
