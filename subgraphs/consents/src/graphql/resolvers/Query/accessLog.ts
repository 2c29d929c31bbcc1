import { readAccessLog } from "../../../access/accessLogQuery";
import type { QueryResolvers } from "./../../types.generated";

export const accessLog: NonNullable<QueryResolvers["accessLog"]> = async (_parent, args, ctx) =>
  readAccessLog(
    { sql: ctx.sql, service: ctx.accessService, timeZone: ctx.timeZone },
    ctx.viewer,
    {
      clientId: args.clientId,
      from: args.from ? new Date(args.from as unknown as string) : null,
      to: args.to ? new Date(args.to as unknown as string) : null,
      first: args.first,
      after: args.after,
    },
    { requestId: ctx.requestId, source: "consents" },
  );
