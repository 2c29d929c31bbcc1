/**
 * @silta/events: the contract of every event type and data version (docs/events.md is generated from
 * it). Producers' data is checked by the kernel's `recordEvent`; consumers parse with `parseEvent`.
 */
export { readingOnly, type DataOf, type EventContract, type EventSource } from "./contract";
export { EVENT_CONTRACTS, currentContractOf, webhookEventTypesBySource } from "./catalogue";
export { EventContractError, checkEventData, parseEvent, type ParseOutcome, type ParsedEvent } from "./validate";
// Every contract by name (`teamMemberAdded`…), and each source's list (`teamsEvents`…).
export * from "./contracts/teams";
export * from "./contracts/clients";
export * from "./contracts/consents";
export * from "./contracts/fit";
export * from "./contracts/training";
export * from "./contracts/integration";
export { renderEventCatalogue, renderSourceEvents } from "./renderCatalogue";
