import { notFound } from "../errors";

/** The part of {@link IdempotentMutationOptions} that says how a retry finds the result again. */
export interface Replay<Ctx, Result> {
  idsOf(result: Result): readonly string[];
  replay(ids: string[], ctx: Ctx): Promise<Result>;
}

/**
 * The replay of a mutation whose result is one record with an `id`, the usual case: the key stores
 * that id, and a retry loads the record again, checks that the viewer may still read it, as a query
 * for it would, and answers `whenGone` when it is gone: NOT_FOUND (naming `what`) by default, and for
 * a client's record the refusal a hidden one gets (`AccessGuard.refuseMissing`), so a replay tells
 * nothing a query would not (docs/access.md, "Records by id"). Defined once per record type, it
 * serves every mutation returning that type (add and remove, open and close).
 */
export function replayById<Ctx, Result extends { id: string }>(
  what: string,
  load: (id: string, ctx: Ctx) => Promise<Result | null | undefined>,
  assertMayRead: (record: NoInfer<Result>, ctx: Ctx) => Promise<unknown> | void = () => undefined,
  whenGone: (id: string, ctx: Ctx) => Promise<never> = (id) => Promise.reject(notFound(what, id)),
): Replay<Ctx, Result> {
  return {
    idsOf: (record) => [record.id],
    replay: async ([id], ctx) => {
      if (id === undefined) throw new Error(`A stored ${what} result has no id`);
      const record = await load(id, ctx);
      if (!record) return whenGone(id, ctx);
      await assertMayRead(record, ctx);
      return record;
    },
  };
}
