import type { Logger, Sql } from "@silta/kernel";
import { leaseDueDeliveries, markDelivered, markFailed, type DueDelivery } from "../data/deliveryStore";
import { afterFailure, type RetryPolicy } from "../domain/retry";
import { SIGNATURE_HEADER, sign, TIMESTAMP_HEADER } from "../domain/signature";

export interface DispatcherOptions {
  sql: Sql;
  log: Logger;
  retry: RetryPolicy;
  /** How often due deliveries are looked for, in ms. */
  intervalMs: number;
  /** A receiver that has not answered after this long has failed the attempt, in ms. */
  timeoutMs: number;
  batchSize?: number;
}

/**
 * Sends due deliveries: an HTTP POST of the event JSON, signed with the subscription's secret.
 * A 2xx answer delivers it; anything else is a failed attempt, retried with exponential back-off
 * and dead-lettered after the policy's last attempt.
 */
export class Dispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly options: DispatcherOptions) {}

  start(): void {
    const tick = async () => {
      await this.runOnce().catch((error: unknown) => this.options.log.warn({ err: error }, "webhook dispatch failed"));
      if (this.timer !== undefined) this.timer = setTimeout(tick, this.options.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Sends what is due now; returns how many attempts were made. Safe to call concurrently. */
  runOnce(): Promise<number> {
    this.running ??= this.dispatch().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async dispatch(): Promise<number> {
    const { sql, timeoutMs } = this.options;
    // The lease outlasts the request, so no other replica picks the delivery up meanwhile.
    const due = await leaseDueDeliveries(sql, this.options.batchSize ?? 50, timeoutMs * 2 + 1_000);
    await Promise.all(due.map((delivery) => this.attempt(delivery)));
    return due.length;
  }

  private async attempt(delivery: DueDelivery): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let failure: string | null;
    try {
      const response = await fetch(delivery.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "silta-webhook-id": delivery.id,
          "silta-event-id": delivery.eventId,
          "silta-event-type": delivery.eventType,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: sign(delivery.secret, timestamp, body),
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      failure = response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    if (failure === null) return markDelivered(this.options.sql, delivery.id);
    const next = afterFailure(this.options.retry, delivery.attempts + 1);
    if (next.dead) this.options.log.warn({ deliveryId: delivery.id, error: failure }, "webhook delivery dead-lettered");
    await markFailed(this.options.sql, delivery.id, failure, next.dead ? null : next.delayMs);
  }
}
