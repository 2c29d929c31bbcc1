import type { Sql } from "@silta/kernel";
import { fitSettingsSchema, type FitConfiguration } from "../domain/fitConfiguration";

/** The configuration in force: the highest version (the migration inserts version 1). */
export async function currentConfiguration(sql: Sql): Promise<FitConfiguration> {
  const [row] = await sql.query<{ version: number; settings: unknown }>(
    `SELECT version, settings FROM fit_configuration ORDER BY version DESC LIMIT 1`,
  );
  if (!row) throw new Error("fit_configuration is empty: the migrations insert version 1, so the database is not migrated.");
  return { version: row.version, settings: fitSettingsSchema.parse(row.settings) };
}

/** Adds a configuration version; the derived values of episodes are recomputed with it when they next change. */
export async function publishConfiguration(sql: Sql, settings: unknown, createdBy: string): Promise<FitConfiguration> {
  const parsed = fitSettingsSchema.parse(settings);
  const [row] = await sql.query<{ version: number }>(
    `INSERT INTO fit_configuration (version, settings, created_by)
     SELECT coalesce(max(version), 0) + 1, $1::jsonb, $2 FROM fit_configuration RETURNING version`,
    [JSON.stringify(parsed), createdBy],
  );
  return { version: row!.version, settings: parsed };
}

/** One published version, or undefined (a retried publish returns the version it made). */
export async function configurationVersion(sql: Sql, version: number): Promise<FitConfiguration | undefined> {
  const [row] = await sql.query<{ version: number; settings: unknown }>(
    `SELECT version, settings FROM fit_configuration WHERE version = $1`,
    [version],
  );
  return row && { version: row.version, settings: fitSettingsSchema.parse(row.settings) };
}
