import { Prisma } from "./prisma/client";
import type { Rows } from "./db";

/**
 * The parents of the lists of clients, as the loaders and the lists' windows read them: every column
 * of the model's row under the name its model API gives it (`recordRows.int.test.ts` compares them,
 * and fails on a column added to the model and not here). One text each, so that a professional or
 * team read with its first window (`clientWindowLoader`) is the row its loader would have read.
 */
export const professionalColumns = Prisma.sql`id, first_name AS "firstName", last_name AS "lastName", profession,
  organization_id AS "organizationId", active, unit, work_phone AS "workPhone", work_email AS "workEmail"`;

export const teamColumns = Prisma.sql`id, name, kind::text AS kind`;

/** A list's parent row: the professional's for a professional's lists, the team's for a team's. */
export type ParentRow = Rows.ProfessionalModel | Rows.TeamModel;
