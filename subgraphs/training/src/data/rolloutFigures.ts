import type { PrismaClient } from "./db";
import { Prisma, type RolloutUnit } from "./prisma/client";

/**
 * The rollout figures, aggregated in SQL (never by loading rows into Node). "Trained" means a
 * completed basic, advanced or trainer training. A professional counts in their current unit, as the
 * staff projection knows it: the unit teams tells, or else their organisation.
 */

const trainedLevels = Prisma.sql`('BASIC', 'ADVANCED', 'TRAINER')`;

export interface TrainedInMonthRow {
  month: string;
  unitId: string | null;
  service: string | null;
  cumulative: number;
  newlyTrained: number;
}

/** Months `from`..`to` as first days (`YYYY-MM-01`); `byUnit` false sums the units of each service. */
export function trainedByMonth(prisma: PrismaClient, from: string, to: string, byUnit: boolean): Promise<TrainedInMonthRow[]> {
  return prisma.$queryRaw<TrainedInMonthRow[]>`
    WITH trained AS (
       SELECT c.professional_id, min(c.completed_on) AS trained_on
         FROM training_completion c JOIN course k ON k.id = c.course_id
        WHERE c.completed AND k.level IN ${trainedLevels}
        GROUP BY c.professional_id
     ), placed AS (
       SELECT t.trained_on, coalesce(s.unit_id, s.organization_id) AS unit_id
         FROM trained t LEFT JOIN staff_member s ON s.professional_id = t.professional_id
     ), months AS (
       SELECT generate_series(${from}::date, ${to}::date, interval '1 month')::date AS month
     )
     SELECT to_char(m.month, 'YYYY-MM') AS month,
            CASE WHEN ${byUnit}::boolean THEN p.unit_id::text END AS "unitId",
            u.service AS service,
            (count(*) FILTER (WHERE p.trained_on < m.month + interval '1 month'))::int AS cumulative,
            (count(*) FILTER (WHERE p.trained_on >= m.month AND p.trained_on < m.month + interval '1 month'))::int AS "newlyTrained"
       FROM months m CROSS JOIN placed p LEFT JOIN rollout_unit u ON u.unit_id = p.unit_id
      GROUP BY 1, 2, 3
     HAVING count(*) FILTER (WHERE p.trained_on < m.month + interval '1 month') > 0
      ORDER BY 1, 3 NULLS LAST, 2 NULLS LAST`;
}

export interface CoverageRow {
  unit: RolloutUnit;
  activeStaff: number;
  trained: number;
}

/** Each target unit's active staff, and how many of them completed basic training or more by `on`. */
export async function targetUnitCoverage(prisma: PrismaClient, on: string): Promise<CoverageRow[]> {
  const rows = await prisma.$queryRaw<(RolloutUnit & { activeStaff: number; trained: number })[]>`
    WITH trained AS (
       SELECT DISTINCT c.professional_id
         FROM training_completion c JOIN course k ON k.id = c.course_id
        WHERE c.completed AND k.level IN ${trainedLevels} AND c.completed_on <= ${on}::date
     )
     SELECT u.unit_id::text AS "unitId", u.service, u.region, u.is_target AS "isTarget",
            count(s.professional_id)::int AS "activeStaff",
            count(t.professional_id)::int AS trained
       FROM rollout_unit u
       LEFT JOIN staff_member s ON coalesce(s.unit_id, s.organization_id) = u.unit_id AND s.active
       LEFT JOIN trained t ON t.professional_id = s.professional_id
      WHERE u.is_target
      GROUP BY u.unit_id, u.service, u.region, u.is_target
      ORDER BY u.service, u.unit_id`;
  return rows.map(({ activeStaff, trained, ...unit }) => ({ unit, activeStaff, trained }));
}

export interface UnitCountRow {
  unitId: string | null;
  count: number;
}

/** Professionals who completed the management briefing by `on`, per unit. */
export function managersBriefed(prisma: PrismaClient, on: string): Promise<UnitCountRow[]> {
  return prisma.$queryRaw<UnitCountRow[]>`
    SELECT coalesce(s.unit_id, s.organization_id)::text AS "unitId", count(DISTINCT c.professional_id)::int AS count
       FROM training_completion c JOIN course k ON k.id = c.course_id
       LEFT JOIN staff_member s ON s.professional_id = c.professional_id
      WHERE c.completed AND k.level = 'MANAGEMENT_BRIEFING' AND c.completed_on <= ${on}::date
      GROUP BY 1 ORDER BY 1 NULLS LAST`;
}

export interface RegionCountRow {
  region: string;
  count: number;
}

/** Trainers qualified on `on`, per region of their unit; `unassigned` when the unit has no configuration. */
export function inHouseTrainersByRegion(prisma: PrismaClient, on: string): Promise<RegionCountRow[]> {
  return prisma.$queryRaw<RegionCountRow[]>`
    SELECT coalesce(u.region, 'unassigned') AS region, count(*)::int AS count
       FROM trainer t
       LEFT JOIN staff_member s ON s.professional_id = t.professional_id
       LEFT JOIN rollout_unit u ON u.unit_id = coalesce(s.unit_id, s.organization_id)
      WHERE t.qualified_since <= ${on}::date AND (t.qualified_until IS NULL OR t.qualified_until >= ${on}::date)
      GROUP BY 1 ORDER BY 1`;
}

/**
 * Trained professionals, not known to have left (inactive in the staff projection), with no FIT
 * measurement in the `days` days ending on `on` (both ends included).
 */
export async function trainedWithoutRecentMeasurements(prisma: PrismaClient, on: string, days: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT c.professional_id::text AS id
       FROM training_completion c JOIN course k ON k.id = c.course_id
       LEFT JOIN staff_member s ON s.professional_id = c.professional_id
      WHERE c.completed AND k.level IN ${trainedLevels} AND c.completed_on <= ${on}::date AND coalesce(s.active, true)
        AND NOT EXISTS (
          SELECT 1 FROM fit_activity a
           WHERE a.professional_id = c.professional_id AND a.measured_on > ${on}::date - ${days}::int AND a.measured_on <= ${on}::date)
      ORDER BY 1`;
  return rows.map((row) => row.id);
}

/** Professionals who recorded FIT measurements in the `days` days ending on `on` without basic training by then. */
export async function measuringWithoutTraining(prisma: PrismaClient, on: string, days: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT a.professional_id::text AS id
       FROM fit_activity a
      WHERE a.measured_on > ${on}::date - ${days}::int AND a.measured_on <= ${on}::date
        AND NOT EXISTS (
          SELECT 1 FROM training_completion c JOIN course k ON k.id = c.course_id
           WHERE c.professional_id = a.professional_id AND c.completed AND k.level IN ${trainedLevels}
             AND c.completed_on <= ${on}::date)
      ORDER BY 1`;
  return rows.map((row) => row.id);
}
