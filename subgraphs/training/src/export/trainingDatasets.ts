import { column, defineDataset } from "@silta/export";

const professional = { pseudonym: "professional" } as const;

/** Koulutukset: courses, not personal data. */
export const courses = defineDataset({
  name: "courses",
  subgraph: "training",
  description: "FIT courses (koulutus).",
  table: "course",
  alias: "c",
  orderBy: "c.id",
  category: null,
  columns: [
    column("course_id", "text", "Course id.", "c.id"),
    column("name", "text", "Course name.", "c.name"),
    column("level", "text", "MANAGEMENT_BRIEFING, BASIC, ADVANCED or TRAINER.", "c.level"),
    column("provider", "text", "Who gives it.", "c.provider"),
    column("provider_kind", "text", "IN_HOUSE or PURCHASED.", "c.provider_kind"),
  ],
});

/** Suoritukset: who completed which course, pseudonymised; the certificate reference is left out. */
export const completions = defineDataset({
  name: "training_completions",
  subgraph: "training",
  description: "Training completions (suoritus) of professionals.",
  table: "training_completion",
  alias: "t",
  orderBy: "t.id",
  category: null,
  columns: [
    column("completion_id", "text", "Completion id.", "t.id"),
    column("professional_pseudonym", professional, "The professional's pseudonym at this destination.", "t.professional_id"),
    column("course_id", "text", "Course id.", "t.course_id"),
    column("event_id", "text", "Training event id, when given at one.", "t.event_id"),
    column("completed_on", "date", "Day of completion.", "t.completed_on"),
    column("attended", "boolean", "Attended.", "t.attended"),
    column("completed", "boolean", "Completed.", "t.completed"),
  ],
});

/** The training subgraph's data lake datasets, in documentation order. */
export const trainingDatasets = [courses, completions];
