import type { z } from "zod";
import { EVENT_CONTRACTS } from "./catalogue";
import type { EventContract, EventSource } from "./contract";

/** `teamId`, and `until?` for a field that may be null or absent. */
function fieldList(contract: EventContract): string {
  return Object.entries(contract.shape)
    .map(([name, schema]) => ((schema as z.ZodType).safeParse(undefined).success ? `\`${name}?\`` : `\`${name}\``))
    .join(", ");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The catalogue's columns, each with how a contract fills it. */
const columns: Record<string, (contract: EventContract) => string> = {
  type: (contract) => `\`${contract.type}\``,
  source: (contract) => contract.source,
  entity: (contract) => contract.entity,
  "data version": (contract) => String(contract.version),
  "data (`?`: may be null or absent)": fieldList,
  "changed fields": (contract) => (contract.changedFields === "data" ? "_data_" : contract.changedFields),
  webhooks: (contract) => (contract.webhooks ? "yes" : "no"),
};

function table(contracts: readonly EventContract[], names: readonly string[]): string {
  const rows = contracts.map((contract) => names.map((name) => cell(columns[name]!(contract))).join(" | "));
  return [`| ${names.join(" | ")} |`, `| ${names.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row} |`)].join("\n");
}

/**
 * The catalogue table of docs/events.md, one row per type and data version, from the contracts
 * (`npm run codegen` writes it; `scripts/events/eventDocs.test.ts` fails when the file differs).
 * Unformatted markdown: the writer formats it as prettier would.
 */
export function renderEventCatalogue(): string {
  return table(EVENT_CONTRACTS, Object.keys(columns));
}

/**
 * The events one subgraph publishes, for its README: the catalogue's rows of that source, without the
 * source and webhook columns (`npm run codegen` writes it between the README's markers).
 */
export function renderSourceEvents(source: EventSource): string {
  return table(
    EVENT_CONTRACTS.filter((contract) => contract.source === source),
    ["type", "entity", "data version", "data (`?`: may be null or absent)", "changed fields"],
  );
}
