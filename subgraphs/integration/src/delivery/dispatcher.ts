import type { Logger } from "@silta/kernel";
import type { PrismaClient } from "../data/db";
import { claimNextDeliveries, markDelivered, markFailed, releaseLease, type LeasedDelivery } from "../data/deliveryStore";
import { afterFailure, type RetryPolicy } from "../domain/retry";
import { legacyHeaders, webhookHeaders } from "../domain/signature";

export interface DispatcherOptions {
  prisma: PrismaClient;
  log: Logger;
  retry: RetryPolicy;
  /** How often due deliveries are looked for when nothing wakes the dispatcher, in ms. */
  intervalMs: number;
  /** A receiver that has not answered after this long has failed the attempt, in ms. */
  timeoutMs: number;
  /** Requests this replica has in flight at most (one per subscription), default 100. */
  maxInFlight?: number;
  /**
   * How long `stop` lets the requests in flight end before aborting them, in ms; default the
   * request timeout, at most {@link MAX_DRAIN_MS}.
   */
  drainMs?: number;
}

/** Within the 30 s a platform gives a stopping pod, beside the rest of the service's shutdown. */
const MAX_DRAIN_MS = 5_000;

/**
 * Sends deliveries, each subscription on its own: an HTTP POST of the event JSON, signed with the
 * subscription's secret in the Standard Webhooks format. A 2xx answer delivers it; anything else is a failed attempt, retried with
 * exponential back-off and dead-lettered after the policy's last attempt.
 *
 * Every subscription is a queue with one delivery in flight (`claimNextDeliveries`). The dispatcher
 * never waits for a batch: each attempt runs on its own, and when one ends, or when the consumer
 * queues new deliveries, it looks again at once. So a receiver that hangs holds one slot and its own
 * queue until the timeout, and every other subscription's deliveries go out meanwhile.
 */
export class Dispatcher {
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<number> | undefined;
  private pollAgain = false;
  private running = false;
  /** Set by `stop`: no more claims, while the requests in flight end. */
  private stopping = false;
  private readonly inFlight = new Set<Promise<void>>();
  private shutdown = new AbortController();

  constructor(private readonly options: DispatcherOptions) {}

  start(): void {
    if (this.shutdown.signal.aborted) this.shutdown = new AbortController();
    this.stopping = false;
    this.running = true;
    this.schedule(0);
  }

  /** Looks for due deliveries now rather than at the next interval (new deliveries were queued). */
  wake(): void {
    if (!this.running) return;
    if (this.polling) this.pollAgain = true;
    else this.schedule(0);
  }

  /**
   * Stops claiming, and lets the requests in flight end within the drain: a delivery whose receiver
   * has taken it is then recorded as delivered. Aborting it instead would give it back, and the
   * replica that claims it next would send it again (a rolling restart would repeat one delivery
   * per subscription in flight). A request still open when the drain ends is aborted, and its
   * delivery is due again, uncounted, for whoever runs next.
   */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    clearTimeout(this.timer);
    await this.polling?.catch(() => undefined);
    const drainMs = this.options.drainMs ?? Math.min(this.options.timeoutMs, MAX_DRAIN_MS);
    const drained = setTimeout(() => this.shutdown.abort(), drainMs);
    await Promise.allSettled([...this.inFlight]);
    clearTimeout(drained);
    this.shutdown.abort();
  }

  /**
   * Claims what is due now and starts sending it, without waiting for the answers; returns how
   * many attempts were started. Safe to call concurrently (one claim at a time).
   */
  runOnce(): Promise<number> {
    this.polling ??= this.claimAndSend().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), delayMs);
  }

  private async poll(): Promise<void> {
    this.pollAgain = false;
    await this.runOnce().catch((error: unknown) => this.options.log.warn({ err: error }, "webhook dispatch failed"));
    if (this.running) this.schedule(this.pollAgain ? 0 : this.options.intervalMs);
  }

  private async claimAndSend(): Promise<number> {
    if (this.stopping || this.shutdown.signal.aborted) return 0;
    const { prisma, timeoutMs } = this.options;
    // The lease outlasts the request and the writing of its outcome, so no other replica takes the
    // subscription meanwhile; if this process dies, the lease runs out and another one does.
    const claimed = await claimNextDeliveries(
      prisma,
      (this.options.maxInFlight ?? 100) - this.inFlight.size,
      timeoutMs * 2 + 1_000,
    );
    for (const delivery of claimed) {
      const attempt: Promise<void> = this.attempt(delivery)
        .catch((error: unknown) => this.options.log.warn({ err: error, deliveryId: delivery.id }, "webhook attempt not recorded"))
        .finally(() => {
          this.inFlight.delete(attempt);
          // The subscription's next delivery may be waiting for this one.
          this.wake();
        });
      this.inFlight.add(attempt);
    }
    return claimed.length;
  }

  private async attempt(delivery: LeasedDelivery): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let failure: string | null;
    try {
      const response = await fetch(delivery.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          // webhook-id is the delivery: the same on every retry, so receivers de-duplicate on it.
          ...webhookHeaders(delivery.secret, delivery.id, timestamp, body),
          ...legacyHeaders(delivery.secret, delivery, timestamp, body),
        },
        body,
        redirect: "manual",
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.shutdown.signal]),
      });
      await response.body?.cancel().catch(() => undefined);
      failure = response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      // Shutting down is not the receiver's failure: give the delivery back uncounted.
      if (this.shutdown.signal.aborted) return releaseLease(this.options.prisma, delivery);
      failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    if (failure === null) {
      await markDelivered(this.options.prisma, delivery);
      return;
    }
    const next = afterFailure(this.options.retry, delivery.attempts + 1);
    if (next.dead) this.options.log.warn({ deliveryId: delivery.id, error: failure }, "webhook delivery dead-lettered");
    await markFailed(this.options.prisma, delivery, failure, next.dead ? null : next.delayMs);
  }
}
