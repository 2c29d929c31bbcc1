import { messages, type PGlite, type Transaction } from "@electric-sql/pglite";
import { QUERY_CANCELED, currentDeadline, deadlineMessages } from "./requestDeadline";

/**
 * Embedded mode's share of the request deadline. PGlite runs PostgreSQL in this process's thread:
 * a statement blocks the event loop until it ends, and PostgreSQL's statement_timeout never fires
 * in it (no timer signals in WebAssembly), so a statement that has started cannot be stopped. What
 * can be done is not to start more: every statement waits for its turn here (PGlite runs one at a
 * time anyway) and is refused, as PostgreSQL refuses a cancelled one, if its request's deadline has
 * passed or its caller hung up meanwhile. The turn is checked against the clock, since the
 * deadline's timer cannot fire while the statement before it held the thread.
 */
export function pgliteWithDeadlines(pglite: PGlite): PGlite {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = tail.then(() => {
      refuseExpired();
      return work();
    });
    tail = turn.catch(() => undefined);
    return turn;
  };
  const query: PGlite["query"] = (text, params, options) => inTurn(() => pglite.query(text, params, options));
  const exec: PGlite["exec"] = (script, options) => inTurn(() => pglite.exec(script, options));
  const transaction: PGlite["transaction"] = (work) =>
    inTurn(() => pglite.transaction((tx) => work(transactionWithDeadlines(tx))));
  const replaced: Record<PropertyKey, unknown> = { query, exec, transaction };
  return new Proxy(pglite, {
    get(target, property) {
      if (property in replaced) return replaced[property];
      // PGlite's methods use private fields: they must run on the instance, not on the proxy.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Statements inside a transaction already hold the turn; each is still refused once its request has expired. */
function transactionWithDeadlines(tx: Transaction): Transaction {
  return {
    ...tx,
    query: (text, params, options) => {
      refuseExpired();
      return tx.query(text, params, options);
    },
    exec: (script, options) => {
      refuseExpired();
      return tx.exec(script, options);
    },
    rollback: () => tx.rollback(),
    get closed() {
      return tx.closed;
    },
  } as Transaction;
}

/** Refuses as PostgreSQL refuses a cancelled statement, in PGlite's own error class, which its Prisma adapter passes on. */
function refuseExpired(): void {
  const expired = currentDeadline()?.expired();
  if (!expired) return;
  const error = new messages.DatabaseError(deadlineMessages[expired], 0, "error");
  error.code = QUERY_CANCELED;
  error.severity = "ERROR";
  throw error;
}
