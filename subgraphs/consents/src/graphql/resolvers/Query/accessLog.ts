import { decodeCursor, encodeCursor } from "@silta/kernel";
import { readAccessLog } from "../../../access/accessLogQuery";
import type { QueryResolvers } from "./../../types.generated";

export const accessLog: NonNullable<QueryResolvers["accessLog"]> = async (_parent, args, ctx) => {
  // A position in the log ([which log, entry, item]; the old log's is its global sequence number,
  // which would tell how many entries of other clients were written in between) reaches the caller
  // only sealed, for this viewer and client.
  const scope = `accessLog:${args.clientId}`;
  const seal = (cursor: string) => ctx.cursors.seal(scope, decodeCursor("after", cursor, 3));
  const page = await readAccessLog(
    { prisma: ctx.prisma, access: ctx.access },
    {
      clientId: args.clientId,
      from: args.from ? new Date(args.from as unknown as string) : null,
      to: args.to ? new Date(args.to as unknown as string) : null,
      first: args.first,
      after: args.after ? encodeCursor(ctx.cursors.open("after", scope, args.after, 3)) : null,
    },
  );
  const edges = page.edges.map((edge) => ({ ...edge, cursor: seal(edge.cursor) }));
  return { edges, pageInfo: { hasNextPage: page.pageInfo.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
};
