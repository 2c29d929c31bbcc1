import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { OutcomeReportDocument, type FitReportDimension } from "../../graphql/operations.generated";
import { useOperationQuery } from "../../graphql/useOperation";
import { FigureWithTable } from "./FigureWithTable";
import { ManagerNavigation } from "./ManagerNavigation";
import { groupLabel } from "./rolloutFigures";
import { hiddenChartProps, readableTooltipItemStyle, seriesColours } from "../../components/chartStyle";

const DIMENSIONS: readonly FitReportDimension[] = ["TEAM", "UNIT", "ORGANIZATION", "SERVICE"];

/**
 * FIT outcome report by team, unit, organisation or service for a period: clients measured,
 * sessions, the mean intake and latest ORS. A group of fewer than five clients is suppressed by the
 * hub (every figure null); the view says so and does not name it.
 */
export default function OutcomeReportView() {
  const { t, i18n } = useTranslation();
  const year = new Date().getFullYear();
  const [dimension, setDimension] = useState<FitReportDimension>("TEAM");
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const query = useOperationQuery(OutcomeReportDocument, { dimension, from, to }, { purpose: "FIT outcome reporting" });
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  const form = (
    <form className="report-filters" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="report-dimension">{t("manager.outcomes.groupBy")}</label>{" "}
      <select
        id="report-dimension"
        value={dimension}
        onChange={(event) => setDimension(event.target.value as FitReportDimension)}
      >
        {DIMENSIONS.map((option) => (
          <option key={option} value={option}>
            {t(`manager.outcomes.dimension.${option}`)}
          </option>
        ))}
      </select>{" "}
      <label htmlFor="report-from">{t("manager.outcomes.from")}</label>{" "}
      <input id="report-from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />{" "}
      <label htmlFor="report-to">{t("manager.outcomes.to")}</label>{" "}
      <input id="report-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
    </form>
  );
  const header = (
    <>
      <h1>{t("manager.outcomes.title")}</h1>
      <ManagerNavigation />
      {form}
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
  const names = new Map([...data.teams, ...data.organizations].map((entry) => [entry.id, entry.name]));
  const rows = data.fitOutcomeReport.map((row, index) => {
    const label = groupLabel(row, names);
    return {
      ...row,
      key: `${row.groupKey ?? "none"}-${index}`,
      name:
        label.kind === "named"
          ? dimension === "SERVICE"
            ? t(`manager.service.${label.name}`, { defaultValue: label.name })
            : label.name
          : t(`manager.outcomes.${label.kind}`),
    };
  });
  const shown = rows.filter((row) => !row.suppressed);
  const figure = (value: number | null, format: (value: number) => string = String) =>
    value === null ? <span className="withheld">{t("manager.outcomes.hidden")}</span> : format(value);

  return (
    <>
      {header}
      <p>{t("manager.outcomes.suppressionNote")}</p>
      <FigureWithTable
        id="outcomes"
        title={t("manager.outcomes.chartTitle")}
        rows={rows}
        rowKey={(row) => row.key}
        chart={
          <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 600, height: 260 }}>
            <BarChart {...hiddenChartProps} data={shown} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis domain={[0, 40]} />
              <Tooltip itemStyle={readableTooltipItemStyle} />
              <Legend />
              <Bar
                dataKey="averageIntakeOrs"
                name={t("manager.outcomes.intake")}
                fill={seriesColours.orange}
                isAnimationActive={false}
              />
              <Bar
                dataKey="averageLatestOrs"
                name={t("manager.outcomes.latest")}
                fill={seriesColours.blue}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        }
        columns={[
          { header: t(`manager.outcomes.dimension.${dimension}`), cell: (row) => row.name },
          { header: t("manager.outcomes.clients"), cell: (row) => figure(row.clientsMeasured), numeric: true },
          { header: t("manager.outcomes.sessions"), cell: (row) => figure(row.sessions), numeric: true },
          { header: t("manager.outcomes.unmeasured"), cell: (row) => figure(row.sessionsWithoutMeasures), numeric: true },
          { header: t("manager.outcomes.intake"), cell: (row) => figure(row.averageIntakeOrs, decimal.format), numeric: true },
          { header: t("manager.outcomes.latest"), cell: (row) => figure(row.averageLatestOrs, decimal.format), numeric: true },
        ]}
      />
    </>
  );
}
