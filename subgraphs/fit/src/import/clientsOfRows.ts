import type { ImportAdapter, RawRow } from "./importRow";

/** The clients the good rows of a batch name, each once, in the order they first appear. */
export async function clientsOfRows(rows: AsyncIterable<RawRow>, adapter: ImportAdapter, today: string): Promise<string[]> {
  const clients = new Set<string>();
  for await (const row of rows) {
    if (row.fields["__error"]) continue;
    const adapted = adapter.adapt(row, today);
    if (adapted.ok) clients.add(adapted.episode.clientId);
  }
  return [...clients];
}
