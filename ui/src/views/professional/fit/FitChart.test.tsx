import { render } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../../../i18n/i18n";
import { FitChart } from "./FitChart";
import { fitChartModel, type FitConfiguration, type FitSeriesPoint } from "./fitChartModel";

const configuration: FitConfiguration = {
  version: 1,
  adultCutoff: 25,
  adolescentCutoff: 28,
  childCutoff: 32,
  reliableChangeOrs: 5,
  reliableChangeCors: 6,
  reliableChangeYcors: 8,
  srsAlertBelow: 36,
};

const point = (session: number, instrument: string, total: number, extra: Partial<FitSeriesPoint> = {}): FitSeriesPoint => ({
  measurementId: `${instrument}-${session}`,
  sessionId: `s${session}`,
  episodeId: "e1",
  date: `2026-10-0${session}`,
  instrument: instrument as FitSeriesPoint["instrument"],
  rater: "CLIENT",
  total,
  cutoff: instrument === "ORS" ? 25 : 36,
  clinical: null,
  changeFromIntake: null,
  reliableChange: null,
  alert: null,
  ...extra,
});

// A known series: intake 18.4, then 23.9 (improved), then 12.0 (reliably worse); SRS 35.2 (alert), 37.5, 38.0.
const outcome = [
  point(1, "ORS", 18.4),
  point(2, "ORS", 23.9, { reliableChange: "IMPROVED" }),
  point(3, "ORS", 12.0, { reliableChange: "DETERIORATED" }),
];
const sessionRating = [
  point(1, "SRS", 35.2, { alert: true }),
  point(2, "SRS", 37.5, { alert: false }),
  point(3, "SRS", 38, { alert: false }),
];

function drawn() {
  const model = fitChartModel(outcome, sessionRating, configuration);
  const { container } = render(
    <I18nextProvider i18n={createI18n("en")}>
      <FitChart model={model} width={600} height={300} />
    </I18nextProvider>,
  );
  return container;
}

/** The vertical pixel of each drawn point, in session order. */
function pointYs(container: HTMLElement, series: string): number[] {
  return [...container.querySelectorAll(`[data-testid^="${series}-"]`)].map((element) =>
    element.tagName === "circle"
      ? Number(element.getAttribute("cy"))
      : Number(/M[\d.]+,([\d.]+)/.exec(element.getAttribute("d")!)![1]) + 8,
  );
}

describe("the FIT graph", () => {
  it("draws the cutoff and the points for a known series", () => {
    const container = drawn();
    const outcomeYs = pointYs(container, "outcome");
    const ratingYs = pointYs(container, "session-rating");
    expect(outcomeYs).toHaveLength(3);
    expect(ratingYs).toHaveLength(3);
    const cutoff = container.querySelector(".fit-cutoff line, line.fit-cutoff, .recharts-reference-line-line");
    expect(cutoff).not.toBeNull();
    const cutoffY = Number(cutoff!.getAttribute("y1"));
    expect(cutoff!.getAttribute("y2")).toBe(cutoff!.getAttribute("y1"));
    // SVG y grows downwards: the y-axis runs 0–40, so a score's pixel is linear in the score.
    const yOf = (score: number) => {
      const [first, second] = [outcomeYs[0]!, outcomeYs[1]!];
      return first + ((score - 18.4) * (second - first)) / (23.9 - 18.4);
    };
    expect(cutoffY).toBeCloseTo(yOf(25), 0);
    expect(outcomeYs[2]).toBeCloseTo(yOf(12.0), 0);
    expect(ratingYs[0]).toBeCloseTo(yOf(35.2), 0);
    expect(ratingYs[2]).toBeCloseTo(yOf(38), 0);
    expect(container.textContent).toContain("Clinical cutoff 25");
  });

  it("marks the alerts: the reliable deterioration and the low session rating", () => {
    const container = drawn();
    expect(container.querySelectorAll('[data-testid="outcome-alert"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-testid="session-rating-alert"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-testid="outcome-point"]')).toHaveLength(2);
  });

  it("shades the band of no reliable change around the intake score", () => {
    const container = drawn();
    const band = container.querySelector(".recharts-reference-area-rect");
    // Intake 18.4 with a reliable change index of 5: the band runs from 13.4 to 23.4.
    const top = Number(band!.getAttribute("y"));
    const bottom = top + Number(band!.getAttribute("height"));
    const [ors1, ors2] = pointYs(container, "outcome");
    const yOf = (score: number) => ors1! + ((score - 18.4) * (ors2! - ors1!)) / (23.9 - 18.4);
    expect(top).toBeCloseTo(yOf(23.4), 0);
    expect(bottom).toBeCloseTo(yOf(13.4), 0);
  });
});

describe("the FIT graph's model", () => {
  it("puts each session once, in date order, with the intake band and the cutoff", () => {
    const model = fitChartModel([...outcome].reverse(), sessionRating, configuration);
    expect(model.rows.map((row) => [row.date, row.outcome, row.sessionRating])).toEqual([
      ["2026-10-01", 18.4, 35.2],
      ["2026-10-02", 23.9, 37.5],
      ["2026-10-03", 12.0, 38],
    ]);
    expect(model.cutoff).toBe(25);
    expect(model.reliableChangeBand?.low).toBeCloseTo(13.4);
    expect(model.reliableChangeBand?.high).toBeCloseTo(23.4);
  });

  it("uses the instrument's own reliable change index, and nothing without outcome scores", () => {
    const cors = [point(1, "CORS", 20, { cutoff: 32 })];
    expect(fitChartModel(cors, [], configuration)).toMatchObject({ cutoff: 32, reliableChangeBand: { low: 14, high: 26 } });
    expect(fitChartModel([], sessionRating, configuration)).toEqual({ rows: expect.any(Array) });
  });
});
