import { GraphQLError } from "graphql";
import { databaseFailureOf } from "./databaseFailure";
import { maskError } from "./maskError";

/** The shapes pg and Prisma's pg adapter give these failures (seen from pg 8 and Prisma 7). */
const prismaTimeout = Object.assign(new Error("Raw query failed. Code: `57014`."), {
  code: "P2010",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "57014", kind: "postgres" } } },
});
const prismaUnreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5499"), {
  code: "P2010",
  meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5499 } } },
});
const poolRefused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5499"), { code: "ECONNREFUSED" });

describe("databaseFailureOf", () => {
  it("tells a statement cancelled at the timeout from a database that is down", () => {
    expect(databaseFailureOf(prismaTimeout)?.extensions).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      reason: "statement_timeout",
    });
    expect(databaseFailureOf(prismaUnreachable)?.extensions).toMatchObject({ reason: "database_unavailable" });
    expect(databaseFailureOf(poolRefused)?.extensions).toMatchObject({ reason: "database_unavailable" });
  });

  it("leaves every other failure to be masked as internal", () => {
    expect(databaseFailureOf(new Error('relation "client" does not exist'))).toBeUndefined();
    expect(databaseFailureOf(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBeUndefined();
  });

  it("is how maskError answers such a failure, without its internals", () => {
    const formatted = maskError(
      { message: prismaUnreachable.message, path: ["clients"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      new GraphQLError(prismaUnreachable.message, { originalError: prismaUnreachable }),
      { requestId: "r1" },
    );
    expect(formatted).toEqual({
      message: expect.stringContaining("Try again in a moment"),
      path: ["clients"],
      extensions: { code: "SERVICE_UNAVAILABLE", reason: "database_unavailable", requestId: "r1" },
    });
  });
});
