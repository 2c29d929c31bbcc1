import { z } from "zod";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./domain/retry";

export interface WebhookSettings {
  retry: RetryPolicy;
  dispatchIntervalMs: number;
  timeoutMs: number;
  /** Plain http to loopback addresses is allowed outside production (tests, local receivers). */
  allowInsecureLoopback: boolean;
}

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** From the environment (see .env.example, "integration"); every variable has a default. */
export function webhookSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookSettings {
  const parsed = z
    .object({
      WEBHOOK_MAX_ATTEMPTS: positive(DEFAULT_RETRY_POLICY.maxAttempts),
      WEBHOOK_RETRY_BASE_MS: positive(DEFAULT_RETRY_POLICY.baseDelayMs),
      WEBHOOK_RETRY_MAX_MS: positive(DEFAULT_RETRY_POLICY.maxDelayMs),
      WEBHOOK_DISPATCH_INTERVAL_MS: positive(1_000),
      WEBHOOK_TIMEOUT_MS: positive(5_000),
      NODE_ENV: z.string().optional(),
    })
    .parse(env);
  return {
    retry: {
      maxAttempts: parsed.WEBHOOK_MAX_ATTEMPTS,
      baseDelayMs: parsed.WEBHOOK_RETRY_BASE_MS,
      maxDelayMs: parsed.WEBHOOK_RETRY_MAX_MS,
    },
    dispatchIntervalMs: parsed.WEBHOOK_DISPATCH_INTERVAL_MS,
    timeoutMs: parsed.WEBHOOK_TIMEOUT_MS,
    allowInsecureLoopback: parsed.NODE_ENV !== "production",
  };
}
