export * from "./DomainEvent";
export * from "./EventBus";
export * from "./InProcessEventBus";
export * from "./RedisEventBus";
export * from "./OutboxRelay";
