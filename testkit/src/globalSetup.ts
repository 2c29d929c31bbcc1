import pg from "pg";
import Redis from "ioredis";
import { TEST_DATABASE, testPostgresUrl, testRedisUrl } from "./testServices";

/**
 * Before any test: PostgreSQL and Redis must answer, or the run fails here with a message that
 * says which one and where, rather than as a hundred timeouts. Nothing is skipped.
 */
export default async function globalSetup(): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [TEST_DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${TEST_DATABASE}`).catch(ignoreDuplicateDatabase);
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${redact(testPostgresUrl)} (set TEST_DATABASE_URL): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(testRedisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 5_000,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis is not reachable at ${redact(testRedisUrl)} (set TEST_REDIS_URL): ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}

function ignoreDuplicateDatabase(error: { code?: string }): void {
  // Two runs creating it at once: the other one won, which is fine.
  if (error.code !== "42P04" && error.code !== "23505") throw error;
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
