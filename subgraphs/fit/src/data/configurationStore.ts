import { fitSettingsSchema, type FitConfiguration } from "../domain/fitConfiguration";
import type { FitDb } from "./db";

/** The configuration in force: the highest version (the migration inserts version 1). */
export async function currentConfiguration(db: FitDb): Promise<FitConfiguration> {
  const row = await db.fitConfiguration.findFirst({ select: { version: true, settings: true }, orderBy: { version: "desc" } });
  if (!row) throw new Error("fit_configuration is empty: the migrations insert version 1, so the database is not migrated.");
  return { version: row.version, settings: fitSettingsSchema.parse(row.settings) };
}

/** Adds a configuration version; the derived values of episodes are recomputed with it when they next change. */
export async function publishConfiguration(db: FitDb, settings: unknown, createdBy: string): Promise<FitConfiguration> {
  const parsed = fitSettingsSchema.parse(settings);
  // The next version is taken in the INSERT itself (one statement), as before; the model API would need a read first.
  const [row] = await db.$queryRaw<{ version: number }[]>`INSERT INTO fit_configuration (version, settings, created_by)
     SELECT coalesce(max(version), 0) + 1, ${JSON.stringify(parsed)}::jsonb, ${createdBy} FROM fit_configuration RETURNING version`;
  return { version: row!.version, settings: parsed };
}

/** One published version, or undefined (a retried publish returns the version it made). */
export async function configurationVersion(db: FitDb, version: number): Promise<FitConfiguration | undefined> {
  const row = await db.fitConfiguration.findUnique({ select: { version: true, settings: true }, where: { version } });
  return row ? { version: row.version, settings: fitSettingsSchema.parse(row.settings) } : undefined;
}
