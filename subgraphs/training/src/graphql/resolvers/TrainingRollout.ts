import { badUserInput } from "@silta/kernel";
import * as figures from "../../data/rolloutFigures";
import { isIsoMonth } from "../../domain/months";
import type { TrainingRolloutResolvers } from "./../types.generated";

/** Longest month range one query may ask for: ten years. */
const MAX_MONTHS = 120;

function monthIndex(month: string): number {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return year * 12 + number - 1;
}

function windowDays(days: number | null | undefined): number {
  const value = days ?? 60;
  if (!Number.isInteger(value) || value < 1 || value > 3660) throw badUserInput("days", "range", "days must be from 1 to 3660.");
  return value;
}

/** Each figure is one SQL aggregate (data/rolloutFigures.ts); `on` defaults to today in the county. */
export const TrainingRollout: TrainingRolloutResolvers = {
  trainedByMonth: (_parent, { from, to, groupBy }, ctx) => {
    for (const [field, value] of [
      ["from", from],
      ["to", to],
    ] as const)
      if (!isIsoMonth(value)) throw badUserInput(field, "month", `${field} must be a month as YYYY-MM.`);
    const span = monthIndex(to) - monthIndex(from);
    if (span < 0) throw badUserInput("to", "order", "to must not be before from.");
    if (span >= MAX_MONTHS) throw badUserInput("to", "range", `Ask for at most ${MAX_MONTHS} months at a time.`);
    return figures.trainedByMonth(ctx.prisma, `${from}-01`, `${to}-01`, groupBy !== "SERVICE");
  },
  targetUnitCoverage: (_parent, { on }, ctx) => figures.targetUnitCoverage(ctx.prisma, on ? on : ctx.today()),
  managersBriefed: (_parent, { on }, ctx) => figures.managersBriefed(ctx.prisma, on ? on : ctx.today()),
  inHouseTrainersByRegion: (_parent, { on }, ctx) => figures.inHouseTrainersByRegion(ctx.prisma, on ? on : ctx.today()),
  trainedWithoutRecentMeasurements: async (_parent, { on, days }, ctx) =>
    (await figures.trainedWithoutRecentMeasurements(ctx.prisma, on ? on : ctx.today(), windowDays(days))).map((id) => ({
      id,
    })),
  measuringWithoutTraining: async (_parent, { on, days }, ctx) =>
    (await figures.measuringWithoutTraining(ctx.prisma, on ? on : ctx.today(), windowDays(days))).map((id) => ({
      id,
    })),
};
