import type { GraphQLResolveInfo } from "graphql";
import type { Logger } from "../log";
import type { Viewer } from "../viewer";
import { IdempotencyClaim, IdempotencyRaceLost, keyReusedConflict, type IdempotencyWriter } from "./IdempotencyClaim";
import { inputFingerprint } from "./idempotencyKey";

/**
 * What an idempotent mutation's context must offer: of the request scope every subgraph's context
 * starts from (`RequestScope`), the viewer, the request's key and its log; and the subgraph's Prisma
 * Client. Declared here rather than imported, so idempotency does not depend on the subgraph server.
 */
export interface IdempotentContext {
  viewer: Pick<Viewer, "id">;
  /** The request's Idempotency-Key header (`parseIdempotencyKey`). */
  idempotencyKey?: string;
  log: Logger;
  prisma: IdempotencyWriter;
}

// Results are awaited: generated resolver types return `T | Promise<T>`.
type Resolver<Parent, Args, Ctx, Result> = (
  parent: Parent,
  args: Args,
  ctx: Ctx,
  info: GraphQLResolveInfo,
) => Promise<Awaited<Result>>;

export interface IdempotentMutationOptions<Ctx, Result> {
  /** The mutation field, part of the key's identity (one key may serve one field only). */
  field: string;
  /** The result's ids, stored with the key. */
  idsOf(result: Awaited<Result>): readonly string[];
  /** Loads the result again from its stored ids, for a retry; checks access as the resolver does. */
  replay(ids: string[], ctx: Ctx): Promise<Awaited<Result>>;
}

/**
 * Wraps a mutation resolver so that a call carrying an Idempotency-Key is done once per viewer,
 * field and key: a retry with the same arguments returns the stored result's current state
 * without changing anything; other arguments are CONFLICT. The resolver passes `ctx.idempotency`
 * to its store, which claims the key inside the transaction of the change (`withIdempotency`).
 * A call without a key runs as before. A resolver that changes nothing (a no-op retry of its own)
 * still records the key, so a later reuse with other arguments is caught.
 */
export function idempotentMutation<Parent, Args, Ctx extends IdempotentContext, Result>(
  options: IdempotentMutationOptions<Ctx, Result>,
  resolve: Resolver<Parent, Args, Ctx & { idempotency?: IdempotencyClaim }, Result>,
): Resolver<Parent, Args, Ctx, Result> {
  return async (parent, args, ctx, info): Promise<Awaited<Result>> => {
    const key = ctx.idempotencyKey;
    if (!key) return resolve(parent, args, ctx, info);
    const claim = new IdempotencyClaim(ctx.viewer.id, options.field, key, inputFingerprint(args));
    const replayed = await replayStored(ctx, claim, options);
    if (replayed.found) return replayed.result;
    try {
      const result = await resolve(parent, args, { ...ctx, idempotency: claim }, info);
      if (!claim.claimed) {
        // Nothing was written (the store found nothing to change): remember the key all the same.
        await ctx.prisma.idempotencyKey.createMany({
          data: [{ ...claim.where.viewerId_field_key, inputHash: claim.inputHash, resultIds: [...options.idsOf(result)] }],
          skipDuplicates: true,
        });
      }
      return result;
    } catch (error) {
      if (!(error instanceof IdempotencyRaceLost)) throw error;
      const again = await replayStored(ctx, claim, options);
      if (again.found) return again.result;
      throw error;
    }
  };
}

async function replayStored<Ctx extends IdempotentContext, Result>(
  ctx: Ctx,
  claim: IdempotencyClaim,
  options: IdempotentMutationOptions<Ctx, Result>,
): Promise<{ found: true; result: Awaited<Result> } | { found: false }> {
  const stored = await ctx.prisma.idempotencyKey.findUnique({ where: claim.where });
  if (!stored) return { found: false };
  if (stored.inputHash !== claim.inputHash) throw keyReusedConflict(options.field);
  ctx.log.info({ field: options.field }, "idempotent retry answered from the stored result");
  return { found: true, result: await options.replay(stored.resultIds, ctx) };
}
