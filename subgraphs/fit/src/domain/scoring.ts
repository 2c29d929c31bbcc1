import type { Instrument, Rater, ReliableChange } from "../data/prisma/enums";
import type { FitConfiguration } from "./fitConfiguration";
import { isOutcome } from "./instrumentKinds";

/** What scoring needs of one stored measurement of an episode. */
export interface ScoredInput {
  id: string;
  instrument: Instrument;
  rater: Rater;
  raterRelation: string | null;
  heldOn: string;
  /** Null when the measure was skipped. */
  total: number | null;
  /** The client's age on the session day, when the episode knows the birth date. */
  age: number | null;
  /** Tie-break of same-day measurements: the order they were recorded. */
  order: string;
}

/** The values the hub derives, with the configuration version that produced them. */
export interface Derived {
  id: string;
  /** Outcome measures: below the cutoff for the instrument and age (kliininen alue). */
  clinical: boolean | null;
  /** Outcome: the clinical cutoff applied; session ratings: the alert line. */
  cutoff: number | null;
  /** Outcome, after intake: total minus the intake total of the same rater and instrument. */
  changeFromIntake: number | null;
  reliableChange: ReliableChange | null;
  /** Session ratings: below the alert line, or a drop of the configured size from the previous session. */
  srsAlert: boolean | null;
  configVersion: number;
}

const tenths = (value: number) => Math.round(value * 10);

/** The clinical cutoff of an outcome instrument for a client of this age (unknown age: the instrument's own group). */
export function cutoffFor(instrument: Instrument, age: number | null, configuration: FitConfiguration): number {
  const { cutoffs } = configuration.settings;
  if (instrument === "CORS" || instrument === "YCORS") return cutoffs.child;
  if (age !== null && age < 18) return cutoffs.adolescent;
  return cutoffs.adult;
}

/**
 * Derives every value of one episode's measurements. Series are per rater and instrument (a mother's
 * CORS is compared with her own earlier CORS, never with the child's), in session order.
 * Comparisons run on tenths, so 24.9 < 25.0 is exact. A change of exactly the threshold is reliable.
 */
export function deriveEpisode(measurements: readonly ScoredInput[], configuration: FitConfiguration): Derived[] {
  const { settings, version } = configuration;
  const ordered = [...measurements].sort(
    (a, b) => a.heldOn.localeCompare(b.heldOn) || a.order.localeCompare(b.order) || a.id.localeCompare(b.id),
  );
  const intakeOf = new Map<string, number>();
  const previousOf = new Map<string, number>();
  const derived = new Map<string, Derived>();
  for (const measurement of ordered) {
    const empty: Derived = {
      id: measurement.id,
      clinical: null,
      cutoff: null,
      changeFromIntake: null,
      reliableChange: null,
      srsAlert: null,
      configVersion: version,
    };
    if (measurement.total === null) {
      derived.set(measurement.id, empty);
      continue;
    }
    const series = `${measurement.rater}|${measurement.raterRelation ?? ""}|${measurement.instrument}`;
    const total = tenths(measurement.total);
    if (isOutcome(measurement.instrument)) {
      const cutoff = cutoffFor(measurement.instrument, measurement.age, configuration);
      const intake = intakeOf.get(series);
      let changeFromIntake: number | null = null;
      let reliableChange: ReliableChange | null = null;
      if (intake === undefined) {
        intakeOf.set(series, total);
      } else {
        const change = total - intake;
        const threshold = tenths(settings.reliableChange[measurement.instrument as "ORS" | "CORS" | "YCORS"]);
        changeFromIntake = change / 10;
        reliableChange = change >= threshold ? "IMPROVED" : change <= -threshold ? "DETERIORATED" : "NO_RELIABLE_CHANGE";
      }
      derived.set(measurement.id, {
        ...empty,
        clinical: total < tenths(cutoff),
        cutoff,
        changeFromIntake,
        reliableChange,
      });
    } else {
      const previous = previousOf.get(series);
      const below = total < tenths(settings.srsAlert.below);
      const dropped = previous !== undefined && previous - total >= tenths(settings.srsAlert.drop);
      previousOf.set(series, total);
      derived.set(measurement.id, { ...empty, cutoff: settings.srsAlert.below, srsAlert: below || dropped });
    }
  }
  return measurements.map((measurement) => derived.get(measurement.id)!);
}
