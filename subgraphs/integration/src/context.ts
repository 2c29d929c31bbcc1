import { assertPermitted, type RequestScope, type Sql } from "@silta/kernel";
import type { WebhookSettings } from "./config";
import { WEBHOOKS_SCOPE } from "./domain/eventTypes";

export interface IntegrationContext extends RequestScope {
  sql: Sql;
  settings: WebhookSettings;
}

export function createIntegrationContext(scope: RequestScope, sql: Sql, settings: WebhookSettings): IntegrationContext {
  return { ...scope, sql, settings };
}

/** Webhooks are for registered systems only: a system viewer with `webhooks:manage`. Returns its id. */
export function assertWebhookManager(ctx: IntegrationContext): string {
  assertPermitted(ctx.viewer, { scope: WEBHOOKS_SCOPE }, `Webhooks need a system client with the scope ${WEBHOOKS_SCOPE}.`);
  return ctx.viewer.id;
}
