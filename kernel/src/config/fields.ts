import { z } from "zod";

export { exportDestinationsField as exportDestinations } from "./exportDestinations";

/** Reusable pieces of configuration schemas, so every service reads a variable the same way. */
export const nodeEnv = z.enum(["development", "test", "production"]).default("development");
export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info");
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgres:// or postgresql:// URL");
export const redisUrl = z.string().refine((value) => /^rediss?:\/\//.test(value), "must be a redis:// or rediss:// URL");
export const httpUrl = z.string().refine((value) => /^https?:\/\//.test(value), "must be an http:// or https:// URL");
export const sqlIdentifier = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case SQL identifier");
/** HMAC secret for the gateway-signed viewer header: long enough that guessing is hopeless. */
export const signingSecret = z.string().min(32, "must be at least 32 characters");
export const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");
