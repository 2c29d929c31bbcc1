import { Counter, Gauge, Registry } from "prom-client";
import type { Seal, StoredLogEntry } from "../domain/accessLogHash";

/** Sources are the subgraphs' names (from their signed service tokens): past this many, the rest count as `other`. */
const MAX_SOURCE_LABELS = 20;
const SOURCE_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** How one turn of the sealer ended: a seal written, nothing to seal (or another replica sealing), or a failure. */
export type SealOutcome = "sealed" | "idle" | "failed";

/**
 * What the consents service decides, logs and seals, as Prometheus metrics in the process's registry
 * (`/metrics`, beside the kernel's `silta_access_decision_call_seconds` of every subgraph). An operator
 * reads from them whether decisions run on kept facts (cheap) or read the facts, how many reads each
 * subgraph had allowed and denied (a climb in denials is a caller probing, or a broken projection),
 * and whether the sealer keeps up. Counted only once the entries are committed. No label names a
 * viewer or a client.
 */
export class AccessMetrics {
  readonly #sources = new Set<string>();
  readonly #batches: Counter<"facts">;
  readonly #items: Counter<"source" | "outcome">;
  readonly #seals: Counter<"outcome">;
  readonly #sealedEntries: Counter;
  readonly #lastSeal: Gauge;

  constructor(registry: Registry) {
    const registers = [registry];
    this.#batches = new Counter({
      name: "silta_access_decision_batches_total",
      help: "Decision batches logged, by how their facts were had: kept (a professional's kept facts, their version checked where the entries are written) or read.",
      labelNames: ["facts"],
      registers,
    });
    this.#items = new Counter({
      name: "silta_access_log_items_total",
      help: "Reads written to the access log (one per client, category and action), by the subgraph that asked and outcome (allowed, denied).",
      labelNames: ["source", "outcome"],
      registers,
    });
    this.#seals = new Counter({
      name: "silta_access_log_seals_total",
      help: "Turns of this replica's access log sealer, by outcome: sealed, idle (nothing new, or another replica sealing), failed.",
      labelNames: ["outcome"],
      registers,
    });
    this.#sealedEntries = new Counter({
      name: "silta_access_log_sealed_entries_total",
      help: "Access log entries this replica chained into seals.",
      registers,
    });
    this.#lastSeal = new Gauge({
      name: "silta_access_log_last_seal_timestamp_seconds",
      help: "When this replica last wrote a seal (Unix time); 0 before its first.",
      registers,
    });
  }

  /** A batch's entries, committed: `facts` says whether it was decided on kept facts. */
  logged(facts: "kept" | "read", entries: readonly StoredLogEntry[]): void {
    this.#batches.inc({ facts });
    this.entriesLogged(entries);
  }

  /** Entries committed outside a decision batch (the access log's own reads). */
  entriesLogged(entries: readonly StoredLogEntry[]): void {
    for (const entry of entries) {
      const source = this.sourceLabel(entry.source);
      let allowed = 0;
      for (const item of entry.items) if (item.outcome === "allowed") allowed += 1;
      if (allowed > 0) this.#items.inc({ source, outcome: "allowed" }, allowed);
      if (entry.items.length > allowed) this.#items.inc({ source, outcome: "denied" }, entry.items.length - allowed);
    }
  }

  sealTurn(outcome: SealOutcome, seal?: Seal | null): void {
    this.#seals.inc({ outcome });
    if (outcome !== "sealed" || !seal) return;
    this.#sealedEntries.inc(seal.entries);
    this.#lastSeal.set(Date.now() / 1000);
  }

  private sourceLabel(source: string): string {
    if (this.#sources.has(source)) return source;
    if (this.#sources.size >= MAX_SOURCE_LABELS || !SOURCE_NAME.test(source)) return "other";
    this.#sources.add(source);
    return source;
  }
}
