import type { EpisodeRecord, MeasurementRecord, SessionRecord } from "./records";
import { validateEpisode, validateMeasurement, validateSession } from "./validateRecords";

const measurement = (overrides: Partial<MeasurementRecord> = {}): MeasurementRecord => ({
  id: "m",
  instrument: "ORS",
  rater: "CLIENT",
  raterRelation: null,
  items: [5, 5, 5, 5],
  total: 20,
  skipReason: null,
  instrumentReason: null,
  imported: null,
  ...overrides,
});
const rules = (value: MeasurementRecord, age: number | null = 30) =>
  validateMeasurement(value, "m", age).map((v) => `${v.field}:${v.rule}`);

describe("validating a measurement", () => {
  it("accepts four items with their total, four items alone, a total alone and a skip with a reason", () => {
    expect(rules(measurement())).toEqual([]);
    expect(rules(measurement({ total: null }))).toEqual([]);
    expect(rules(measurement({ items: null, total: 0 }))).toEqual([]);
    expect(rules(measurement({ items: null, total: 40 }))).toEqual([]);
    expect(rules(measurement({ items: null, total: null, skipReason: "client in a hurry" }))).toEqual([]);
  });

  it("refuses items outside 0.0-10.0 or with two decimals, naming the item", () => {
    expect(rules(measurement({ items: [10.1, 5, 5, 5], total: null }))).toEqual(["m.items.0:item_range"]);
    expect(rules(measurement({ items: [5, -0.1, 5, 5], total: null }))).toEqual(["m.items.1:item_range"]);
    expect(rules(measurement({ items: [5, 5, 5.25, 5], total: null }))).toEqual(["m.items.2:item_range"]);
  });

  it("refuses a total outside 0-40, partial items, and items that disagree with the total", () => {
    expect(rules(measurement({ items: null, total: 40.1 }))).toEqual(["m.total:total_range"]);
    expect(rules(measurement({ items: null, total: -1 }))).toEqual(["m.total:total_range"]);
    expect(rules(measurement({ items: [5, 5, 5], total: null }))).toEqual(["m.items:four_items"]);
    expect(rules(measurement({ items: [5.1, 5, 5, 5], total: 20 }))).toEqual(["m.total:total_mismatch"]);
    expect(rules(measurement({ items: [0.1, 0.2, 0.3, 0.4], total: 1 }))).toEqual([]);
  });

  it("refuses a measure with no scores, a skip with scores or without a reason, and a collateral rater without relation", () => {
    expect(rules(measurement({ items: null, total: null }))).toEqual(["m.total:scores_required"]);
    expect(rules(measurement({ skipReason: "no time" }))).toEqual(["m.skipReason:skipped_with_scores"]);
    expect(rules(measurement({ items: null, total: null, skipReason: " " }))).toEqual(["m.skipReason:skip_reason_required"]);
    expect(rules(measurement({ rater: "PARENT" }))).toEqual(["m.raterRelation:relation_required"]);
  });

  it("refuses an instrument that does not fit the age unless a reason is given", () => {
    expect(rules(measurement({ instrument: "ORS" }), 12)).toEqual(["m.instrument:instrument_age"]);
    expect(rules(measurement({ instrument: "ORS" }), 13)).toEqual([]);
    expect(rules(measurement({ instrument: "CORS" }), 13)).toEqual(["m.instrument:instrument_age"]);
    expect(rules(measurement({ instrument: "CORS" }), 6)).toEqual([]);
    expect(rules(measurement({ instrument: "CORS" }), 5)).toEqual(["m.instrument:instrument_age"]);
    expect(rules(measurement({ instrument: "ORS", instrumentReason: "reads well" }), 12)).toEqual([]);
    expect(rules(measurement({ instrument: "ORS" }), null)).toEqual([]);
  });
});

describe("validating sessions and episodes", () => {
  const episode: EpisodeRecord = {
    id: "e",
    clientId: "c",
    clientBirthDate: "2000-05-01",
    kind: "INDIVIDUAL",
    ownerProfessionalId: "p",
    teamId: null,
    unitId: null,
    organizationId: null,
    service: null,
    startedOn: "2026-01-10",
    endedOn: null,
    closure: null,
    importSource: null,
  };
  const session = (heldOn: string): SessionRecord => ({
    id: "s",
    episodeId: "e",
    heldOn,
    mode: "PHONE",
    professionalId: "p",
    measurements: [],
  });

  it("refuses a session in the future or before its episode, and accepts today and the first day", () => {
    expect(validateSession(session("2026-03-02"), episode, "s", "2026-03-01").map((v) => v.rule)).toEqual(["future"]);
    expect(validateSession(session("2026-01-09"), episode, "s", "2026-03-01").map((v) => v.rule)).toEqual(["before_episode"]);
    expect(validateSession(session("2026-03-01"), episode, "s", "2026-03-01")).toEqual([]);
    expect(validateSession(session("2026-01-10"), episode, "s", "2026-03-01")).toEqual([]);
  });

  it("refuses the same rater giving the same instrument twice in a session", () => {
    const twice = { ...session("2026-02-01"), measurements: [measurement({ id: "a" }), measurement({ id: "b" })] };
    expect(validateSession(twice, episode, "s", "2026-03-01").map((v) => `${v.field}:${v.rule}`)).toEqual([
      "s.measurements.1.instrument:duplicate_measure",
    ]);
  });

  it("needs an end date and a closure together", () => {
    expect(validateEpisode({ ...episode, endedOn: "2026-02-01" }, "e", "2026-03-01").map((v) => v.rule)).toEqual([
      "closure_with_end",
    ]);
    expect(validateEpisode({ ...episode, endedOn: "2026-02-01", closure: "UNPLANNED" }, "e", "2026-03-01")).toEqual([]);
    expect(
      validateEpisode({ ...episode, endedOn: "2026-01-01", closure: "PLANNED" }, "e", "2026-03-01").map((v) => v.rule),
    ).toEqual(["before_start"]);
  });
});
