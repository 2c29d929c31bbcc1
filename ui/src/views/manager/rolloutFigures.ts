/**
 * The rollout dashboard's figures, shaped from the API's answers: per unit (trained staff, in-house
 * trainers, coverage, trained but not measuring) and per month (OpenFIT users). Pure; only counts
 * and unit names go in or out, never a person.
 */

export interface CoverageRow {
  unit: { unitId: string; service: string; region: string; organization: { id: string; name: string } | null };
  activeStaff: number;
  trained: number;
  share: number;
}

export interface UnitFigures {
  unitId: string;
  name: string;
  region: string;
  activeStaff: number;
  trained: number;
  /** 0-1 */
  share: number;
  trainers: number;
  trainedNotMeasuring: number;
}

/** One row per target unit, named by its organisation, with the professionals counted by their organisation. */
export function unitFigures(
  coverage: readonly CoverageRow[],
  trainers: readonly { professional: { organization: { id: string } } }[],
  trainedNotMeasuring: readonly { organization: { id: string } }[],
): UnitFigures[] {
  const count = (ids: string[]) =>
    ids.reduce((counts, id) => counts.set(id, (counts.get(id) ?? 0) + 1), new Map<string, number>());
  const trainersByUnit = count(trainers.map((trainer) => trainer.professional.organization.id));
  const idleByUnit = count(trainedNotMeasuring.map((professional) => professional.organization.id));
  return coverage
    .map((row) => ({
      unitId: row.unit.unitId,
      name: row.unit.organization?.name ?? row.unit.service,
      region: row.unit.region,
      activeStaff: row.activeStaff,
      trained: row.trained,
      share: row.share,
      trainers: trainersByUnit.get(row.unit.unitId) ?? 0,
      trainedNotMeasuring: idleByUnit.get(row.unit.unitId) ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Target units with at least one trained professional, of all target units. */
export function targetCoverage(units: readonly UnitFigures[]): { covered: number; total: number } {
  return { covered: units.filter((unit) => unit.trained > 0).length, total: units.length };
}

export interface MonthlyUsers {
  months: string[];
  /** Per unit (`null`: measurements without a unit), users per month in `months` order. */
  series: { unitId: string | null; users: number[] }[];
}

/** OpenFIT users as a month × unit grid, every month of the period present (a month without users is 0). */
export function monthlyUsers(
  rows: readonly { unitId: string | null; month: string; users: number }[],
  months: readonly string[],
): MonthlyUsers {
  const units = [...new Set(rows.map((row) => row.unitId))];
  return {
    months: [...months],
    series: units.map((unitId) => ({
      unitId,
      users: months.map((month) => rows.find((row) => row.unitId === unitId && row.month === month)?.users ?? 0),
    })),
  };
}

/** The months of a year, `2026-01` … `2026-12`. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, "0")}`);
}

export interface OutcomeRow {
  groupKey: string | null;
  suppressed: boolean;
  clientsMeasured: number | null;
  sessions: number | null;
  sessionsWithoutMeasures: number | null;
  averageIntakeOrs: number | null;
  averageLatestOrs: number | null;
}

/**
 * How a report group is named: a suppressed group (fewer than five clients) is not named at all,
 * because a small team's name can itself point at a family; a group without a key is "not recorded".
 */
export function groupLabel(
  row: Pick<OutcomeRow, "groupKey" | "suppressed">,
  names: ReadonlyMap<string, string>,
): { kind: "suppressed" } | { kind: "unrecorded" } | { kind: "named"; name: string } {
  if (row.suppressed) return { kind: "suppressed" };
  if (row.groupKey === null) return { kind: "unrecorded" };
  return { kind: "named", name: names.get(row.groupKey) ?? row.groupKey };
}
