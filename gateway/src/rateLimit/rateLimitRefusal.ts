import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

/** The code of a request refused because its client used up its rate limit. */
export const RATE_LIMITED = "RATE_LIMITED";

/** HTTP 429 with `Retry-After`, so a well-behaved client knows when to come back. */
export function rateLimited(retryAfterSeconds: number, requestId: string): GraphQLError {
  return new GraphQLError(`Too many requests from this client. Try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds,
      requestId,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) },
    },
  });
}

/** HTTP 429 for a client with too many requests in flight: it may send the next once one is answered. */
export function tooManyInFlight(max: number, requestId: string): GraphQLError {
  return new GraphQLError(
    `This client already has ${max} requests in flight; wait for one to be answered before sending another.`,
    {
      extensions: {
        code: RATE_LIMITED,
        reason: "in_flight",
        retryAfterSeconds: 1,
        requestId,
        http: { status: 429, headers: new HeaderMap([["retry-after", "1"]]) },
      },
    },
  );
}
