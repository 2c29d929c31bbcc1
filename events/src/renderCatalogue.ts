import type { z } from "zod";
import { EVENT_CONTRACTS } from "./catalogue";
import type { EventContract } from "./contract";

/** `teamId`, and `until?` for a field that may be null or absent. */
function fieldList(contract: EventContract): string {
  return Object.entries(contract.shape)
    .map(([name, schema]) => ((schema as z.ZodType).safeParse(undefined).success ? `\`${name}?\`` : `\`${name}\``))
    .join(", ");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/**
 * The catalogue table of docs/events.md, one row per type and data version, from the contracts
 * (`npm run codegen` writes it; `scripts/events/eventDocs.test.ts` fails when the file differs).
 * Unformatted markdown: the writer formats it as prettier would.
 */
export function renderEventCatalogue(): string {
  const rows = EVENT_CONTRACTS.map((contract) =>
    [
      `\`${contract.type}\``,
      contract.source,
      contract.entity,
      String(contract.version),
      fieldList(contract),
      contract.changedFields === "data" ? "_data_" : contract.changedFields,
      contract.webhooks ? "yes" : "no",
    ]
      .map(cell)
      .join(" | "),
  );
  return [
    "| type | source | entity | data version | data (`?`: may be null or absent) | changed fields | webhooks |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}
