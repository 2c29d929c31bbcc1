import { conflict } from "../errors";

/** One row of a subgraph's `idempotency_key` table (model IdempotencyKey in every schema.prisma). */
export interface IdempotencyKeyRow {
  viewerId: string;
  field: string;
  key: string;
  inputHash: string;
  resultIds: string[];
}

type KeyWhere = { viewerId_field_key: { viewerId: string; field: string; key: string } };

/**
 * The part of a subgraph's Prisma Client (or transaction client) the mechanism needs; every
 * subgraph's generated `idempotencyKey` delegate fits it, as `outboxEvent` fits OutboxWriter.
 */
export interface IdempotencyWriter {
  idempotencyKey: {
    findUnique(args: { where: KeyWhere }): PromiseLike<IdempotencyKeyRow | null>;
    createMany(args: { data: IdempotencyKeyRow[]; skipDuplicates: boolean }): PromiseLike<{ count: number }>;
    update(args: { where: KeyWhere; data: { resultIds: string[] } }): PromiseLike<unknown>;
  };
}

/** Thrown inside the store's transaction when a concurrent twin claimed the key first: the change rolls back. */
export class IdempotencyRaceLost extends Error {
  constructor() {
    super("A concurrent request with the same idempotency key committed first.");
  }
}

/**
 * One mutation call's idempotency key, handed by `idempotentMutation` to the store, which claims it
 * inside the transaction that makes the change: key and change commit together or not at all.
 */
export class IdempotencyClaim {
  #claimed = false;

  constructor(
    readonly viewerId: string,
    readonly field: string,
    readonly key: string,
    readonly inputHash: string,
  ) {}

  get claimed(): boolean {
    return this.#claimed;
  }

  get where(): KeyWhere {
    return { viewerId_field_key: { viewerId: this.viewerId, field: this.field, key: this.key } };
  }

  /**
   * Records the key first in the transaction, so a concurrent twin waits on the key's unique index
   * until this one commits, and then finds it taken (ON CONFLICT DO NOTHING) and replays.
   */
  async begin(tx: IdempotencyWriter): Promise<void> {
    const { count } = await tx.idempotencyKey.createMany({
      data: [{ viewerId: this.viewerId, field: this.field, key: this.key, inputHash: this.inputHash, resultIds: [] }],
      skipDuplicates: true,
    });
    if (count === 0) throw new IdempotencyRaceLost();
    this.#claimed = true;
  }

  /** Stores the ids of what the change produced, for a retry to load and return. */
  async finish(tx: IdempotencyWriter, resultIds: readonly string[]): Promise<void> {
    await tx.idempotencyKey.update({ where: this.where, data: { resultIds: [...resultIds] } });
  }
}

/**
 * Runs a store's write inside its transaction under the claim (or as is without one): claims the
 * key, does the work, records the result's ids.
 */
export async function withIdempotency<T>(
  tx: IdempotencyWriter,
  claim: IdempotencyClaim | undefined,
  work: () => Promise<T>,
  idsOf: (result: T) => readonly string[],
): Promise<T> {
  if (!claim) return work();
  await claim.begin(tx);
  const result = await work();
  await claim.finish(tx, idsOf(result));
  return result;
}

/** CONFLICT for a key reused with other arguments: names the header, never echoes the input. */
export function keyReusedConflict(field: string): Error {
  return conflict(`This Idempotency-Key was already used for a different ${field} input; use a new key for a new write.`, {
    field: "Idempotency-Key",
    rule: "same_input",
  });
}
