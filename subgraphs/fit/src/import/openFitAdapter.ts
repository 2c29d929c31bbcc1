import { LocalDate } from "@silta/kernel";
import type { EpisodeClosure, EpisodeKind, Instrument, Rater, SessionMode } from "../data/prisma/enums";
import { outcomeInstruments, sessionRatingInstruments } from "../domain/instrumentKinds";
import type { EpisodeRecord, ImportedValues, MeasurementRecord, SessionRecord, Violation } from "../domain/records";
import { validateEpisode, validateSession } from "../domain/validateRecords";
import type { AdaptedRow, ImportAdapter, RawRow } from "./importRow";
import { stableId } from "./stableId";

/**
 * The OpenFIT-style format of docs/fit-import.md: one row per session and rater, with a skip flag,
 * four items and a total for each of the two measures (outcome at the start, rating at the end).
 * Everything specific to the format is in this file.
 */
const SOURCE = "openfit";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const modes: Record<string, SessionMode> = {
  face_to_face: "FACE_TO_FACE",
  phone: "PHONE",
  video: "VIDEO",
  home_visit: "HOME_VISIT",
};
const raters: Record<string, Rater> = {
  client: "CLIENT",
  parent: "PARENT",
  guardian: "GUARDIAN",
  other_professional: "OTHER_PROFESSIONAL",
};
const kinds: Record<string, EpisodeKind> = { individual: "INDIVIDUAL", couple: "COUPLE", family: "FAMILY", group: "GROUP" };
const closures: Record<string, EpisodeClosure> = { planned: "PLANNED", unplanned: "UNPLANNED", dropout: "UNPLANNED" };

/** Reads typed fields off a raw row, collecting a violation per bad field instead of stopping at the first. */
class FieldReader {
  readonly violations: Violation[] = [];
  constructor(private readonly fields: Record<string, unknown>) {}

  text(name: string): string | null {
    const value = this.fields[name];
    if (value === undefined || value === null) return null;
    const text = String(value).trim();
    return text === "" ? null : text;
  }

  required(name: string): string {
    const text = this.text(name);
    if (text === null) this.fail(name, "required", `${name} is required.`);
    return text ?? "";
  }

  uuid(name: string, required = true): string | null {
    const text = required ? this.required(name) : this.text(name);
    if (text === null || text === "") return null;
    if (!uuidPattern.test(text)) this.fail(name, "uuid", `${name} must be a UUID.`);
    return text.toLowerCase();
  }

  date(name: string, required = true): string | null {
    const text = required ? this.required(name) : this.text(name);
    if (text === null || text === "") return null;
    if (LocalDate.parse(text) === null) this.fail(name, "date", `${name} must be a date YYYY-MM-DD that exists.`);
    return text;
  }

  number(name: string): number | null {
    const text = this.text(name);
    if (text === null) return null;
    const value = Number(text.replace(",", "."));
    if (!Number.isFinite(value)) {
      this.fail(name, "number", `${name} must be a number such as 7.5.`);
      return null;
    }
    return value;
  }

  flag(name: string): boolean {
    const text = this.text(name)?.toLowerCase() ?? "";
    if (["", "0", "false", "no"].includes(text)) return false;
    if (["1", "true", "yes"].includes(text)) return true;
    this.fail(name, "flag", `${name} must be true or false.`);
    return false;
  }

  /** One of the listed values; an empty field is the fallback (null: nothing, e.g. an open episode's closure). */
  oneOf<T>(name: string, values: Record<string, T>, fallback: T | null): T | null {
    const text = this.text(name)?.toLowerCase() ?? null;
    if (text === null) return fallback;
    const value = values[text];
    if (value === undefined) this.fail(name, "enum", `${name} must be one of ${Object.keys(values).join(", ")}.`);
    return value ?? fallback;
  }

  fail(field: string, rule: string, message: string): void {
    this.violations.push({ field, rule, message });
  }
}

type Measure = "outcome" | "rating";

function readMeasure(
  reader: FieldReader,
  measure: Measure,
  allowed: readonly Instrument[],
  sessionKey: string,
  rater: Rater,
  relation: string | null,
  imported: ImportedValues | null,
): MeasurementRecord | null {
  const instrumentText = reader.text(`${measure}_instrument`)?.toUpperCase() ?? null;
  const skipped = reader.flag(`${measure}_skipped`);
  const items = [1, 2, 3, 4].map((n) => reader.number(`${measure}_item${n}`));
  const total = reader.number(`${measure}_total`);
  const given = items.filter((item) => item !== null) as number[];
  if (instrumentText === null) {
    if (skipped || given.length > 0 || total !== null)
      reader.fail(
        `${measure}_instrument`,
        "required",
        `${measure}_instrument is required when the measure has scores or a skip.`,
      );
    return null;
  }
  if (!allowed.includes(instrumentText as Instrument)) {
    reader.fail(`${measure}_instrument`, "enum", `${measure}_instrument must be one of ${allowed.join(", ")}.`);
    return null;
  }
  const instrument = instrumentText as Instrument;
  if (given.length > 0 && given.length < 4) {
    const missing = items.findIndex((item) => item === null) + 1;
    reader.fail(
      `${measure}_item${missing}`,
      "four_items",
      "Give all four item scores or none (only the total); partial items are refused.",
    );
    return null;
  }
  // A skipped measure keeps the skip's reason; the default says the app flagged it without one.
  const skipReason = skipped ? (reader.text(`${measure}_skip_reason`) ?? "skipped in the FIT app") : null;
  return {
    id: stableId(`${SOURCE}:measurement:${sessionKey}:${instrument}:${rater}:${relation ?? ""}`),
    instrument,
    rater,
    raterRelation: relation,
    // All four, or none: the rater gave only the total.
    items: given.length === 0 ? null : given,
    total,
    skipReason,
    instrumentReason: reader.text(`${measure}_instrument_reason`),
    imported: measure === "outcome" ? imported : imported && { ...imported, etrTarget: null, etrStatus: null },
  };
}

/** Validator paths (`session.measurements.0.items.1`) back to the file's column names (`outcome_item2`). */
function columnOf(path: string, measures: Measure[]): string {
  const parts = path.split(".");
  if (parts[0] === "episode") {
    const names: Record<string, string> = {
      startedOn: "episode_start",
      endedOn: "episode_end",
      closure: "episode_closure",
      clientBirthDate: "client_birth_date",
    };
    return names[parts[1] ?? ""] ?? path;
  }
  if (parts[1] === "heldOn") return "session_date";
  if (parts[1] === "measurements") {
    const measure = measures[Number(parts[2])] ?? "outcome";
    const field = parts[3];
    if (field === "items" && parts[4] !== undefined) return `${measure}_item${Number(parts[4]) + 1}`;
    if (field === "items") return `${measure}_item1`;
    if (field === "total") return `${measure}_total`;
    if (field === "skipReason") return `${measure}_skip_reason`;
    if (field === "instrument") return `${measure}_instrument`;
    if (field === "raterRelation") return "rater_relation";
  }
  return path;
}

export const openFitAdapter: ImportAdapter = {
  source: SOURCE,
  adapt(row: RawRow, today: string): AdaptedRow {
    const reader = new FieldReader(row.fields);
    const episodeKey = reader.required("episode_id");
    const sessionKey = reader.required("session_id");
    const episode: EpisodeRecord = {
      id: stableId(`${SOURCE}:episode:${episodeKey}`),
      clientId: reader.uuid("client_id") ?? "",
      clientBirthDate: reader.date("client_birth_date", false),
      kind: reader.oneOf("episode_kind", kinds, "INDIVIDUAL")!,
      ownerProfessionalId: reader.uuid("owner_professional_id") ?? "",
      teamId: reader.uuid("team_id", false),
      unitId: reader.uuid("unit_id", false),
      organizationId: reader.uuid("organization_id", false),
      service: reader.text("service"),
      startedOn: reader.date("episode_start") ?? "",
      endedOn: reader.date("episode_end", false),
      closure: reader.oneOf("episode_closure", closures, null as EpisodeClosure | null) ?? null,
      importSource: SOURCE,
    };
    const rater = reader.oneOf("rater", raters, "CLIENT")!;
    const relation = reader.text("rater_relation");
    const hasImported = ["etr_target", "etr_status", "effect_size"].some((name) => reader.text(name) !== null);
    const imported: ImportedValues | null = hasImported
      ? {
          etrTarget: reader.number("etr_target"),
          etrStatus: reader.text("etr_status"),
          effectSize: reader.number("effect_size"),
          source: SOURCE,
          sourceVersion: reader.text("app_version"),
        }
      : null;
    const measures: Measure[] = [];
    const measurements: MeasurementRecord[] = [];
    for (const [measure, allowed] of [
      ["outcome", outcomeInstruments],
      ["rating", sessionRatingInstruments],
    ] as const) {
      const read = readMeasure(reader, measure, allowed, sessionKey, rater, relation, imported);
      if (read) {
        measures.push(measure);
        measurements.push(read);
      }
    }
    const session: SessionRecord = {
      id: stableId(`${SOURCE}:session:${sessionKey}`),
      episodeId: episode.id,
      heldOn: reader.date("session_date") ?? "",
      mode: reader.oneOf("session_mode", modes, "FACE_TO_FACE")!,
      professionalId: reader.uuid("professional_id") ?? "",
      measurements,
    };
    if (reader.violations.length > 0) return { ok: false, line: row.line, violations: reader.violations };
    if (measurements.length === 0)
      return {
        ok: false,
        line: row.line,
        violations: [
          { field: "outcome_instrument", rule: "no_measures", message: "A row carries at least one measure (or its skip)." },
        ],
      };
    const violations = [
      ...validateEpisode(episode, "episode", today),
      ...validateSession(session, episode, "session", today),
    ].map((violation) => ({ ...violation, field: columnOf(violation.field, measures) }));
    return violations.length > 0 ? { ok: false, line: row.line, violations } : { ok: true, line: row.line, episode, session };
  },
};
