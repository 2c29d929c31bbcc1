export * from "./DomainEvent";
export * from "./EventBus";
export * from "./changedFields";
export * from "./eventSql";
export * from "./InProcessEventBus";
export * from "./RedisEventBus";
export * from "./OutboxRelay";
export * from "./processOnce";
