import type { IncomingMessage, ServerResponse } from "node:http";
import { RequestDeadline } from "../db/requestDeadline";
import { DEADLINE_HEADER, budgetFromHeader } from "./deadlineHeader";

/**
 * The deadline of one incoming HTTP request: the caller's announced budget (`x-silta-deadline-ms`)
 * within the service's own maximum, which the header can only shorten. A connection closed before
 * the answer was sent (the caller gave up and aborted its call) stops the work at once. Run the
 * request's work inside it with `runWithDeadline`: GraphQL requests and the consents service's
 * decision endpoint alike.
 */
export function requestDeadlineOf(request: IncomingMessage, response: ServerResponse, maxMs: number): RequestDeadline {
  const deadline = new RequestDeadline(budgetFromHeader(request.headers[DEADLINE_HEADER], maxMs));
  response.once("close", () => {
    if (!response.writableFinished) deadline.abort("disconnected");
    deadline.finish();
  });
  return deadline;
}
