import { notFound } from "../errors";

/** The part of {@link IdempotentMutationOptions} that says how a retry finds the result again. */
export interface Replay<Ctx, Result> {
  idsOf(result: Result): readonly string[];
  replay(ids: string[], ctx: Ctx): Promise<Result>;
}

/**
 * The replay of a mutation whose result is one record with an `id`, the usual case: the key stores
 * that id, and a retry loads the record again, answers NOT_FOUND (naming `what`) when it is gone,
 * and checks that the viewer may still read it, as a query for it would. Defined once per record
 * type, it serves every mutation returning that type (add and remove, open and close).
 */
export function replayById<Ctx, Result extends { id: string }>(
  what: string,
  load: (id: string, ctx: Ctx) => Promise<Result | null | undefined>,
  assertMayRead: (record: NoInfer<Result>, ctx: Ctx) => Promise<unknown> | void = () => undefined,
): Replay<Ctx, Result> {
  return {
    idsOf: (record) => [record.id],
    replay: async ([id], ctx) => {
      if (id === undefined) throw new Error(`A stored ${what} result has no id`);
      const record = await load(id, ctx);
      if (!record) throw notFound(what, id);
      await assertMayRead(record, ctx);
      return record;
    },
  };
}
