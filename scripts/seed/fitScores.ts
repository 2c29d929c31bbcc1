import type { Random } from "./random";

/**
 * Plausible FIT scores. Values are kept in tenths (integers) until written, so four items always
 * sum exactly to their total: items 0.0–10.0, totals 0.0–40.0, one decimal.
 */
export type OutcomeInstrument = "ORS" | "CORS" | "YCORS";
export type SessionInstrument = "SRS" | "CSRS" | "YCSRS";

/** The pair a client of this age fills in: child versions for 6–12, the picture versions under 6. */
export function instrumentsForAge(ageYears: number): { outcome: OutcomeInstrument; session: SessionInstrument } {
  if (ageYears < 6) return { outcome: "YCORS", session: "YCSRS" };
  if (ageYears < 13) return { outcome: "CORS", session: "CSRS" };
  return { outcome: "ORS", session: "SRS" };
}

/** Intake means sit below the clinical cutoffs (adults 25, CORS 32): most clients start in the clinical range. */
const intakeMean: Record<OutcomeInstrument, number> = { ORS: 19.5, CORS: 24, YCORS: 26 };

/**
 * One client's outcome scores over sessions: an intake score, then a gain that levels off, with
 * noise. Most improve, some stay flat, a few deteriorate.
 */
export function outcomeTrajectory(random: Random, instrument: OutcomeInstrument): (session: number) => number {
  const intake = clamp(random.normal(intakeMean[instrument], 6.5), 2, 38);
  const gain = random.normal(6, 5.5);
  return (session) => toTenths(clamp(intake + gain * (1 - 0.7 ** session) + random.normal(0, 2.2), 0, 40));
}

/** One client's session ratings: high, as SRS scores are, with about a fifth under the alert line of 36. */
export function sessionRatings(random: Random): (session: number) => number {
  const base = random.normal(37, 2);
  return (session) => toTenths(clamp(base + 0.15 * session + random.normal(0, 1.2), 8, 40));
}

/** Four items of 0–100 tenths that sum to `total` (0–400 tenths), each near a quarter of it. */
export function splitIntoItems(random: Random, total: number): [number, number, number, number] {
  const items = [0, 1, 2, 3].map(() => Math.round(clamp(total / 4 + random.normal(0, 6), 0, 100)));
  let difference = total - items.reduce((sum, item) => sum + item, 0);
  for (let i = 0; difference !== 0; i = (i + 1) % 4) {
    const step = Math.sign(difference);
    const next = (items[i] as number) + step;
    if (next >= 0 && next <= 100) {
      items[i] = next;
      difference -= step;
    }
  }
  return items as [number, number, number, number];
}

/** `183` → `"18.3"`. */
export function decimal(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** The PostgreSQL array literal of items, e.g. `{4.1,5.0,4.3,5.0}`. */
export function itemsLiteral(items: readonly number[]): string {
  return `{${items.map(decimal).join(",")}}`;
}

function toTenths(score: number): number {
  return Math.round(score * 10);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
