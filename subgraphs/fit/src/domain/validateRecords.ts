import { ageOn, instrumentFitsAge } from "./instrumentKinds";
import type { EpisodeRecord, MeasurementRecord, SessionRecord, Violation } from "./records";

/** Scores are read off a 10 cm line in millimetres: at most one decimal. */
function hasOneDecimal(value: number): boolean {
  return Number.isFinite(value) && Math.abs(Math.round(value * 10) - value * 10) < 1e-6;
}

export function tenths(value: number): number {
  return Math.round(value * 10);
}

/** Rules of one measurement; `path` prefixes the fields (e.g. `input.measurements.0`). */
export function validateMeasurement(measurement: MeasurementRecord, path: string, clientAge: number | null): Violation[] {
  const violations: Violation[] = [];
  const at = (field: string) => `${path}.${field}`;
  const { items, total, skipReason } = measurement;
  if (measurement.rater !== "CLIENT" && !measurement.raterRelation?.trim())
    violations.push({
      field: at("raterRelation"),
      rule: "relation_required",
      message: 'A collateral rater (rinnakkaisarvioija) needs their relation to the client, e.g. "mother".',
    });
  if (skipReason !== null) {
    if (!skipReason.trim())
      violations.push({ field: at("skipReason"), rule: "skip_reason_required", message: "A skipped measure needs a reason." });
    if (items !== null || total !== null)
      violations.push({
        field: at("skipReason"),
        rule: "skipped_with_scores",
        message: "A skipped measure carries no scores: give either a skip reason or the scores.",
      });
    return violations;
  }
  if (items === null && total === null) {
    violations.push({
      field: at("total"),
      rule: "scores_required",
      message: "Give all four item scores, or only the total, or a skip reason.",
    });
    return violations;
  }
  if (items !== null) {
    if (items.length !== 4) {
      violations.push({
        field: at("items"),
        rule: "four_items",
        message: `Give all four item scores or none (only the total); ${items.length} were given.`,
      });
    }
    items.forEach((item, index) => {
      if (!hasOneDecimal(item) || item < 0 || item > 10)
        violations.push({
          field: at(`items.${index}`),
          rule: "item_range",
          message: "Each item score is 0.0-10.0 with at most one decimal.",
        });
    });
  }
  if (total !== null && (!hasOneDecimal(total) || total < 0 || total > 40))
    violations.push({ field: at("total"), rule: "total_range", message: "A total is 0.0-40.0 with at most one decimal." });
  if (violations.length === 0 && items !== null && total !== null) {
    const sum = items.reduce((acc, item) => acc + tenths(item), 0);
    if (sum !== tenths(total))
      violations.push({
        field: at("total"),
        rule: "total_mismatch",
        message: `The total ${total} is not the sum of the items (${sum / 10}); give the items, or only the total.`,
      });
  }
  if (!instrumentFitsAge(measurement.instrument, clientAge) && !measurement.instrumentReason?.trim())
    violations.push({
      field: at("instrument"),
      rule: "instrument_age",
      message: `${measurement.instrument} is not made for a client aged ${clientAge} (CORS/CSRS 6-12, ORS/SRS from 13, YCORS/YCSRS under 6); give instrumentReason to use it anyway.`,
    });
  return violations;
}

/** Rules of an episode on its own. */
export function validateEpisode(episode: EpisodeRecord, path: string, today: string): Violation[] {
  const violations: Violation[] = [];
  if (episode.startedOn > today)
    violations.push({ field: `${path}.startedOn`, rule: "future", message: "An episode cannot start in the future." });
  if (episode.clientBirthDate !== null && episode.clientBirthDate > episode.startedOn)
    violations.push({
      field: `${path}.clientBirthDate`,
      rule: "born_after_start",
      message: "The client's birth date is after the episode's start.",
    });
  if (episode.endedOn !== null && episode.endedOn < episode.startedOn)
    violations.push({ field: `${path}.endedOn`, rule: "before_start", message: "An episode cannot end before it starts." });
  if ((episode.endedOn === null) !== (episode.closure === null))
    violations.push({
      field: `${path}.closure`,
      rule: "closure_with_end",
      message: "A closed episode has both an end date and a closure (PLANNED or UNPLANNED); an open one has neither.",
    });
  return violations;
}

/** Rules of a session against its episode, and of each of its measurements. */
export function validateSession(session: SessionRecord, episode: EpisodeRecord, path: string, today: string): Violation[] {
  const violations: Violation[] = [];
  if (session.heldOn > today)
    violations.push({ field: `${path}.heldOn`, rule: "future", message: "A session cannot be recorded for a future day." });
  if (session.heldOn < episode.startedOn)
    violations.push({
      field: `${path}.heldOn`,
      rule: "before_episode",
      message: `The session (${session.heldOn}) is before its episode started (${episode.startedOn}).`,
    });
  if (episode.endedOn !== null && session.heldOn > episode.endedOn)
    violations.push({
      field: `${path}.heldOn`,
      rule: "after_episode",
      message: `The session (${session.heldOn}) is after its episode ended (${episode.endedOn}).`,
    });
  const age = ageOn(episode.clientBirthDate, session.heldOn);
  const seen = new Set<string>();
  session.measurements.forEach((measurement, index) => {
    const key = `${measurement.instrument}|${measurement.rater}|${measurement.raterRelation ?? ""}`;
    if (seen.has(key))
      violations.push({
        field: `${path}.measurements.${index}.instrument`,
        rule: "duplicate_measure",
        message: "The same rater gave this instrument twice in one session.",
      });
    seen.add(key);
    violations.push(...validateMeasurement(measurement, `${path}.measurements.${index}`, age));
  });
  return violations;
}
