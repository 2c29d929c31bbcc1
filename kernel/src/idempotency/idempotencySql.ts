import type { Sql } from "../db";
import type { IdempotencyKeyRow, IdempotencyWriter } from "./IdempotencyClaim";

/**
 * The idempotency table over a raw SQL transaction, for stores that write with `Sql` rather than
 * Prisma (fit's): the key must be claimed in the same transaction as the change, as the outbox row is.
 * The same statements Prisma's `idempotencyKey` delegate would run.
 */
export function idempotencySql(tx: Sql): IdempotencyWriter {
  return {
    idempotencyKey: {
      async findUnique({ where: { viewerId_field_key: id } }) {
        const [row] = await tx.query<IdempotencyKeyRow>(
          `SELECT viewer_id AS "viewerId", field, key, input_hash AS "inputHash", result_ids::text[] AS "resultIds"
             FROM idempotency_key WHERE viewer_id = $1 AND field = $2 AND key = $3`,
          [id.viewerId, id.field, id.key],
        );
        return row ?? null;
      },
      async createMany({ data, skipDuplicates }) {
        let count = 0;
        for (const row of data) {
          const inserted = await tx.query<{ key: string }>(
            `INSERT INTO idempotency_key (viewer_id, field, key, input_hash, result_ids) VALUES ($1, $2, $3, $4, $5::text[])
             ${skipDuplicates ? "ON CONFLICT DO NOTHING" : ""} RETURNING key`,
            [row.viewerId, row.field, row.key, row.inputHash, row.resultIds],
          );
          count += inserted.length;
        }
        return { count };
      },
      async update({ where: { viewerId_field_key: id }, data }) {
        await tx.query(
          `UPDATE idempotency_key SET result_ids = $4::text[] WHERE viewer_id = $1 AND field = $2 AND key = $3 RETURNING key`,
          [id.viewerId, id.field, id.key, data.resultIds],
        );
      },
    },
  };
}
