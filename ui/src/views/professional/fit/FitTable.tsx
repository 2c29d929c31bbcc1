import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../../i18n/formatDate";
import { TableScroll } from "../../../components/TableScroll";
import type { FitChartModel } from "./fitChartModel";

const score = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1));

/** The graph's figures as a table: one row per session, alerts in words. */
export function FitTable({ model }: { model: FitChartModel }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <TableScroll captionId="fit-table-caption">
      <table>
        <caption id="fit-table-caption">
          {t("fit.tableCaption", {
            cutoff: model.cutoff ?? "–",
            low: model.reliableChangeBand?.low.toFixed(1) ?? "–",
            high: model.reliableChangeBand?.high.toFixed(1) ?? "–",
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("fit.date")}</th>
            <th scope="col">{model.instrument ?? "ORS"}</th>
            <th scope="col">{t("fit.changeFromIntake")}</th>
            <th scope="col">{t("fit.reliableChange")}</th>
            <th scope="col">{t("fit.sessionRating")}</th>
            <th scope="col">{t("fit.alerts")}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.sessionId}>
              <th scope="row">{formatDate(row.date)}</th>
              <td>{score(row.outcome)}</td>
              <td>
                {row.changeFromIntake === null || row.changeFromIntake === undefined ? "–" : row.changeFromIntake.toFixed(1)}
              </td>
              <td>{row.reliableChange ? t(`enums.ReliableChange.${row.reliableChange}`) : "–"}</td>
              <td>{score(row.sessionRating)}</td>
              <td>
                {[
                  row.outcomeAlert ? t("fit.deteriorationAlert") : undefined,
                  row.sessionRatingAlert ? t("fit.srsAlert") : undefined,
                ]
                  .filter(Boolean)
                  .join(", ") || "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
