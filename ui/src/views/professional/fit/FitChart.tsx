import { useTranslation } from "react-i18next";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { useFormatDate } from "../../../i18n/formatDate";
import type { FitChartModel, FitChartRow } from "./fitChartModel";
import { hiddenChartProps } from "../../../components/chartStyle";

const colours = { outcome: "#0b4f8a", sessionRating: "#1d6b34", cutoff: "#a4161a", band: "#8a94a3", alert: "#a4161a" };

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: FitChartRow;
}

/** A session's point; an alert is drawn larger, as a red diamond, so it does not rely on colour alone. */
function pointDot(alertOf: (row: FitChartRow) => boolean, colour: string, testId: string) {
  return function Dot({ cx, cy, payload }: DotProps) {
    if (cx === undefined || cy === undefined || !payload) return <g />;
    if (alertOf(payload)) {
      return (
        <path
          data-testid={`${testId}-alert`}
          d={`M${cx},${cy - 8} L${cx + 8},${cy} L${cx},${cy + 8} L${cx - 8},${cy} Z`}
          fill={colours.alert}
          stroke="#ffffff"
        />
      );
    }
    return <circle data-testid={`${testId}-point`} cx={cx} cy={cy} r={5} fill={colour} stroke="#ffffff" />;
  };
}

/**
 * The client's FIT graph (OpenFIT's session-by-session view): the outcome and session-rating scores
 * across sessions, the clinical cutoff as a line, the band of no reliable change around the intake
 * score, alerts marked. A table with the same figures stands beside it (FitTable) for screen readers
 * and for anyone who reads numbers better than lines. `width` fixes the size (tests); otherwise it
 * fills its container.
 */
export function FitChart({ model, width, height = 320 }: { model: FitChartModel; width?: number; height?: number }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const chart = (
    <ComposedChart
      {...hiddenChartProps}
      data={model.rows}
      margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
      {...(width ? { width, height } : {})}
    >
      <CartesianGrid stroke="#d5dae1" strokeDasharray="3 3" />
      <XAxis dataKey="date" tickFormatter={formatDate} stroke="#4a5360" />
      <YAxis domain={[0, 40]} ticks={[0, 10, 20, 30, 40]} stroke="#4a5360" width={36} />
      {model.reliableChangeBand && (
        <ReferenceArea
          y1={model.reliableChangeBand.low}
          y2={model.reliableChangeBand.high}
          fill={colours.band}
          fillOpacity={0.2}
          ifOverflow="extendDomain"
          className="fit-reliable-change-band"
        />
      )}
      {model.cutoff !== undefined && (
        <ReferenceLine
          y={model.cutoff}
          stroke={colours.cutoff}
          strokeDasharray="6 4"
          strokeWidth={2}
          className="fit-cutoff"
          label={{ value: t("fit.cutoffLabel", { value: model.cutoff }), position: "insideTopRight", fill: colours.cutoff }}
        />
      )}
      <Line
        type="linear"
        dataKey="outcome"
        name={model.instrument ?? "ORS"}
        stroke={colours.outcome}
        strokeWidth={2}
        connectNulls
        isAnimationActive={false}
        dot={pointDot((row) => row.outcomeAlert, colours.outcome, "outcome")}
      />
      <Line
        type="linear"
        dataKey="sessionRating"
        name={t("fit.sessionRating")}
        stroke={colours.sessionRating}
        strokeWidth={2}
        strokeDasharray="2 2"
        connectNulls
        isAnimationActive={false}
        dot={pointDot((row) => row.sessionRatingAlert, colours.sessionRating, "session-rating")}
      />
      <Legend />
    </ComposedChart>
  );
  return (
    <figure className="fit-chart" aria-describedby="fit-table-caption">
      {/* The drawing repeats the table below; the table is what assistive technology reads. */}
      <div aria-hidden="true">
        {width ? (
          chart
        ) : (
          <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
      <figcaption className="hint">{t("fit.chartCaption")}</figcaption>
    </figure>
  );
}
