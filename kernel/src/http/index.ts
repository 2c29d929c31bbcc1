/**
 * `@silta/kernel/http`: the kernel's HTTP front and what other fronts build on: the router (one
 * table of exact paths and prefixes per front), body reading and JSON answers, the request id and
 * the deadline header. Used by the gateway, by consents' internal endpoints and by the export's route.
 */
export { createHttpService, type HttpService, type ReadinessCheck } from "./createHttpService";
export { createRouter, pathOf, type HttpRoute, type RouteHandler, type Router } from "./router";
export { readBody, sendJson, tooLarge } from "./httpIo";
export { REQUEST_ID_HEADER, requestIdFrom } from "./requestId";
export { DEADLINE_HEADER, deadlineForCall } from "./deadlineHeader";
export { requestDeadlineOf } from "./requestDeadlineOf";
export { internalOnly, metricsRoute, type InternalAccess } from "./internalAccess";
