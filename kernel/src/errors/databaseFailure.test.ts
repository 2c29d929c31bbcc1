import { GraphQLError } from "graphql";
import { deadlineMessages } from "../db/requestDeadline";
import { databaseFailureOf, stoppedForItsRequest } from "./databaseFailure";
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
    // A socket error of another realm, which graphql-js wraps as NonErrorThrown rather than as its originalError.
    const refusedElsewhere = { errno: -111, code: "ECONNREFUSED", syscall: "connect", address: "127.0.0.1", port: 5499 };
    const wrapped = new GraphQLError("Unexpected error value", {
      originalError: Object.assign(new Error("Unexpected error value"), {
        name: "NonErrorThrown",
        thrownValue: refusedElsewhere,
      }),
    });
    expect(databaseFailureOf(wrapped)?.extensions).toMatchObject({ reason: "database_unavailable" });
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

describe("stoppedForItsRequest", () => {
  const stoppedByPrisma = {
    code: "P2010",
    meta: {
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: { originalCode: "57014", originalMessage: deadlineMessages.deadline, kind: "postgres" },
      },
    },
  };

  it("knows a statement its request's deadline stopped, from pg or through Prisma's wrappers", () => {
    expect(stoppedForItsRequest(Object.assign(new Error(deadlineMessages.deadline), { code: "57014" }))).toBe(true);
    expect(stoppedForItsRequest(stoppedByPrisma)).toBe(true);
    expect(stoppedForItsRequest(new Error("wrapped", { cause: new Error(deadlineMessages.disconnected) }))).toBe(true);
  });

  it("does not take the statement timeout or a database that is down for it (same SQLSTATE, another cause)", () => {
    expect(stoppedForItsRequest(prismaTimeout)).toBe(false);
    expect(stoppedForItsRequest(prismaUnreachable)).toBe(false);
    expect(stoppedForItsRequest(poolRefused)).toBe(false);
  });
});
