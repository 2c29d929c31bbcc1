import type { Instrument } from "../data/prisma/enums";

/** Outcome measures (ORS and its child versions), rated at the start of a session: how life is going. */
export const outcomeInstruments: readonly Instrument[] = ["ORS", "CORS", "YCORS"];

/** Session ratings (SRS, its child versions and the group version), rated at the end: how the session went. */
export const sessionRatingInstruments: readonly Instrument[] = ["SRS", "CSRS", "YCSRS", "GSRS"];

export const instruments: readonly Instrument[] = [...outcomeInstruments, ...sessionRatingInstruments];

export function isOutcome(instrument: Instrument): boolean {
  return outcomeInstruments.includes(instrument);
}

/** Ages (whole years, inclusive) an instrument is made for; GSRS is for groups of any age. */
const ageRanges: Record<Instrument, [number, number]> = {
  YCORS: [0, 5],
  YCSRS: [0, 5],
  CORS: [6, 12],
  CSRS: [6, 12],
  ORS: [13, 200],
  SRS: [13, 200],
  GSRS: [0, 200],
};

/** Whether the instrument suits a client of this age; unknown age suits anything (nothing to check against). */
export function instrumentFitsAge(instrument: Instrument, age: number | null): boolean {
  if (age === null) return true;
  const [from, to] = ageRanges[instrument];
  return age >= from && age <= to;
}

/** Whole years between a birth date and a day (both YYYY-MM-DD): the age on that day. */
export function ageOn(birthDate: string | null, day: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
