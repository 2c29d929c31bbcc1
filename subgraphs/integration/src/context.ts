import { assertPermitted, type RequestScope } from "@silta/kernel";
import type { WebhookSettings } from "./config";
import type { PrismaClient } from "./data/db";
import { WEBHOOKS_SCOPE } from "./domain/eventTypes";

export interface IntegrationContext extends RequestScope {
  prisma: PrismaClient;
  settings: WebhookSettings;
}

export function createIntegrationContext(
  scope: RequestScope,
  prisma: PrismaClient,
  settings: WebhookSettings,
): IntegrationContext {
  return { ...scope, prisma, settings };
}

/** Webhooks are for registered systems only: a system viewer with `webhooks:manage`. Returns its id. */
export function assertWebhookManager(ctx: IntegrationContext): string {
  assertPermitted(ctx.viewer, { scope: WEBHOOKS_SCOPE }, `Webhooks need a system client with the scope ${WEBHOOKS_SCOPE}.`);
  return ctx.viewer.id;
}
