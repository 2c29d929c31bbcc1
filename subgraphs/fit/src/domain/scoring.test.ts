import { defaultFitSettings, type FitConfiguration } from "./fitConfiguration";
import { cutoffFor, deriveEpisode, type ScoredInput } from "./scoring";

const configuration: FitConfiguration = { version: 1, settings: defaultFitSettings };
let sequence = 0;
const score = (
  instrument: ScoredInput["instrument"],
  heldOn: string,
  total: number | null,
  age: number | null = 30,
): ScoredInput => ({
  id: `m${(sequence += 1)}`,
  instrument,
  rater: "CLIENT",
  raterRelation: null,
  heldOn,
  total,
  age,
  order: String(sequence).padStart(4, "0"),
});

describe("deriving FIT values", () => {
  it.each([
    [24.9, true],
    [25.0, false],
    [25.1, false],
  ])("puts an adult ORS of %s against the cutoff 25 in the clinical range: %s", (total, clinical) => {
    const [derived] = deriveEpisode([score("ORS", "2026-01-01", total)], configuration);
    expect(derived).toMatchObject({ clinical, cutoff: 25, configVersion: 1, changeFromIntake: null, reliableChange: null });
  });

  it.each([
    [31.9, true],
    [32.0, false],
  ])("puts a CORS of %s against the children's cutoff 32 in the clinical range: %s", (total, clinical) => {
    expect(deriveEpisode([score("CORS", "2026-01-01", total, 9)], configuration)[0]?.clinical).toBe(clinical);
  });

  it("takes the adolescent cutoff for ORS under 18 and the adult one when the age is unknown", () => {
    const custom: FitConfiguration = {
      version: 2,
      settings: { ...defaultFitSettings, cutoffs: { adult: 25, adolescent: 28, child: 32 } },
    };
    expect(cutoffFor("ORS", 15, custom)).toBe(28);
    expect(cutoffFor("ORS", 18, custom)).toBe(25);
    expect(cutoffFor("ORS", null, custom)).toBe(25);
    expect(cutoffFor("YCORS", null, custom)).toBe(32);
  });

  it.each([
    [15.0, 20.0, "IMPROVED"],
    [15.0, 19.9, "NO_RELIABLE_CHANGE"],
    [20.0, 15.0, "DETERIORATED"],
    [20.0, 15.1, "NO_RELIABLE_CHANGE"],
  ])("counts an ORS change from %s to %s as %s (threshold 5, reached exactly is reliable)", (intake, latest, change) => {
    const derived = deriveEpisode([score("ORS", "2026-01-01", intake), score("ORS", "2026-02-01", latest)], configuration);
    expect(derived[1]?.reliableChange).toBe(change);
    expect(derived[1]?.changeFromIntake).toBeCloseTo(latest - intake, 5);
  });

  it("uses the CORS threshold of 10 for children", () => {
    const derived = deriveEpisode(
      [score("CORS", "2026-01-01", 20, 9), score("CORS", "2026-02-01", 29.9, 9), score("CORS", "2026-03-01", 30, 9)],
      configuration,
    );
    expect(derived.map((value) => value.reliableChange)).toEqual([null, "NO_RELIABLE_CHANGE", "IMPROVED"]);
  });

  it("compares with the intake whatever order the measurements arrive in, and keeps raters apart", () => {
    const later = score("ORS", "2026-02-01", 30);
    const intake = score("ORS", "2026-01-01", 20);
    const mother = { ...score("ORS", "2026-01-15", 10), rater: "PARENT" as const, raterRelation: "mother" };
    const derived = deriveEpisode([later, mother, intake], configuration);
    expect(derived.map((value) => value.changeFromIntake)).toEqual([10, null, null]);
  });

  it.each([
    [35.9, null, true],
    [36.0, null, false],
    [38.0, 39.0, true],
    [38.1, 39.0, false],
    [39.0, 38.0, false],
  ])("raises an SRS alert for %s after %s: %s (below 36, or a drop of 1 or more)", (total, previous, alert) => {
    const sessions = previous === null ? [] : [score("SRS", "2026-01-01", previous)];
    const derived = deriveEpisode([...sessions, score("SRS", "2026-02-01", total)], configuration);
    expect(derived.at(-1)?.srsAlert).toBe(alert);
  });

  it("derives nothing but the version for a skipped measure, and skips it as the previous session", () => {
    const derived = deriveEpisode(
      [score("SRS", "2026-01-01", 39), score("SRS", "2026-01-08", null), score("SRS", "2026-01-15", 38)],
      configuration,
    );
    expect(derived[1]).toEqual({
      id: derived[1]?.id,
      clinical: null,
      cutoff: null,
      changeFromIntake: null,
      reliableChange: null,
      srsAlert: null,
      configVersion: 1,
    });
    expect(derived[2]?.srsAlert).toBe(true);
  });
});
