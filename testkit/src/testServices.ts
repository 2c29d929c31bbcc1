/**
 * Where tests find the real PostgreSQL and Redis: the CI machine's by default, overridable.
 * Tests never mock either.
 */
export const testPostgresUrl = process.env["TEST_DATABASE_URL"] ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const testRedisUrl = process.env["TEST_REDIS_URL"] ?? "redis://127.0.0.1:6379";
/** Every test schema lives in this database, so a crashed run never litters `postgres`. */
export const TEST_DATABASE = "silta_test";

export function testDatabaseUrl(): string {
  const url = new URL(testPostgresUrl);
  url.pathname = `/${TEST_DATABASE}`;
  return url.toString();
}
