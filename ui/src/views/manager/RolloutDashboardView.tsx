import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { RolloutDashboardDocument } from "../../graphql/operations.generated";
import { useOperationQuery } from "../../graphql/useOperation";
import { FigureWithTable } from "./FigureWithTable";
import { ManagerNavigation } from "./ManagerNavigation";
import { monthlyUsers, monthsOf, targetCoverage, unitFigures, type UnitFigures } from "./rolloutFigures";
import { hiddenChartProps, readableTooltipItemStyle, seriesColours } from "../../components/chartStyle";

const LINE_COLOURS = ["#0b5394", "#a61c00", "#38761d", "#7f6000", "#674ea7", "#134f5c"];

/**
 * The FIT rollout dashboard (tiedolla johtaminen): per unit the trained staff, in-house trainers,
 * coverage and those trained who have not measured lately; OpenFIT users per unit and month; the
 * share of target units reached. Counts only: the view asks for no client and names no professional.
 */
export default function RolloutDashboardView() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const variables = { fromMonth: `${year}-01`, toMonth: `${year}-12`, from: `${year}-01-01`, to: `${year}-12-31` };
  const query = useOperationQuery(RolloutDashboardDocument, variables, { purpose: "FIT rollout reporting" });
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });

  const header = (
    <>
      <h1>{t("manager.rollout.title")}</h1>
      <ManagerNavigation />
      <p>
        <label htmlFor="rollout-year">{t("manager.year")}</label>{" "}
        <select id="rollout-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {[0, 1, 2, 3].map((back) => {
            const option = new Date().getFullYear() - back;
            return (
              <option key={option} value={option}>
                {option}
              </option>
            );
          })}
        </select>
      </p>
    </>
  );
  if (query.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (query.isError)
    return (
      <>
        {header}
        <ErrorNotice code={query.error.code} />
      </>
    );
  const { data } = query.data;
  const names = new Map(data.organizations.map((organization) => [organization.id, organization.name]));
  const units = unitFigures(
    data.trainingRollout.targetUnitCoverage,
    data.trainers,
    data.trainingRollout.trainedWithoutRecentMeasurements,
  );
  const coverage = targetCoverage(units);
  const users = monthlyUsers(data.fitUsers, monthsOf(year));
  const unitName = (unitId: string | null) => (unitId === null ? t("manager.unitNotRecorded") : (names.get(unitId) ?? unitId));
  const userRows: Record<string, string | number>[] = users.months.map((month, index) => ({
    month,
    ...Object.fromEntries(users.series.map((series) => [unitName(series.unitId), series.users[index] ?? 0])),
  }));

  return (
    <>
      {header}
      <p className="key-figure">{t("manager.rollout.coverage", { covered: coverage.covered, total: coverage.total })}</p>

      <FigureWithTable<UnitFigures>
        id="trained-per-unit"
        title={t("manager.rollout.trainedPerUnit")}
        rows={units}
        rowKey={(unit) => unit.unitId}
        chart={
          <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 600, height: 260 }}>
            <BarChart {...hiddenChartProps} data={units} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} />
              <Tooltip itemStyle={readableTooltipItemStyle} />
              <Legend />
              <Bar dataKey="activeStaff" name={t("manager.rollout.activeStaff")} fill={seriesColours.orange} />
              <Bar dataKey="trained" name={t("manager.rollout.trained")} fill={seriesColours.blue} />
              <Bar dataKey="trainers" name={t("manager.rollout.trainers")} fill={seriesColours.green} />
            </BarChart>
          </ResponsiveContainer>
        }
        columns={[
          { header: t("manager.unit"), cell: (unit) => unit.name },
          { header: t("manager.rollout.region"), cell: (unit) => unit.region },
          { header: t("manager.rollout.activeStaff"), cell: (unit) => unit.activeStaff, numeric: true },
          { header: t("manager.rollout.trained"), cell: (unit) => unit.trained, numeric: true },
          { header: t("manager.rollout.share"), cell: (unit) => percent.format(unit.share), numeric: true },
          { header: t("manager.rollout.trainers"), cell: (unit) => unit.trainers, numeric: true },
          { header: t("manager.rollout.notMeasuring"), cell: (unit) => unit.trainedNotMeasuring, numeric: true },
        ]}
      />

      <FigureWithTable
        id="users-per-month"
        title={t("manager.rollout.usersPerMonth")}
        rows={users.series.length === 0 ? [] : userRows}
        rowKey={(row) => String(row["month"])}
        chart={
          <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 600, height: 260 }}>
            <LineChart {...hiddenChartProps} data={userRows} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis allowDecimals={false} />
              <Tooltip itemStyle={readableTooltipItemStyle} />
              <Legend />
              {users.series.map((series, index) => (
                <Line
                  key={series.unitId ?? "none"}
                  dataKey={unitName(series.unitId)}
                  stroke={LINE_COLOURS[index % LINE_COLOURS.length]}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        }
        columns={[
          { header: t("manager.month"), cell: (row: Record<string, string | number>) => row["month"] },
          ...users.series.map((series) => ({
            header: unitName(series.unitId),
            cell: (row: Record<string, string | number>) => row[unitName(series.unitId)] ?? 0,
            numeric: true,
          })),
        ]}
      />

      <section aria-labelledby="trainers-by-region">
        <h2 id="trainers-by-region">{t("manager.rollout.trainersByRegion")}</h2>
        <ul>
          {data.trainingRollout.inHouseTrainersByRegion.map((region) => (
            <li key={region.region}>
              {region.region}: {region.count}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
