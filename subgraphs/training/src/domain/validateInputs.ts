import { LocalDate } from "@silta/kernel";
import type { ProviderKind } from "../data/prisma/enums";
import type { CourseKind } from "./courseKind";
import { Problems } from "./problems";

/**
 * Pure checks of each write's input: everything that can be told without the database. The stores
 * check the rest (the course exists, the trainer is qualified, the event has room) in their transaction.
 */

export interface CourseInput {
  id?: string | null;
  name: string;
  kind: CourseKind;
  provider: string;
  providerKind: ProviderKind;
}
export interface ValidCourse {
  id: string | null;
  name: string;
  kind: CourseKind;
  provider: string;
  providerKind: ProviderKind;
}

export function validateCourse(input: CourseInput, problems: Problems): ValidCourse | null {
  const id = problems.uuid("id", input.id);
  const name = problems.text("name", input.name, 200, true);
  const provider = problems.text("provider", input.provider, 200, true);
  if (!problems.ok || name === null || provider === null) return null;
  return { id, name, kind: input.kind, provider, providerKind: input.providerKind };
}

export interface TrainerInput {
  professionalId: string;
  qualifiedSince: string;
  qualifiedUntil?: string | null;
}
export interface ValidTrainer {
  professionalId: string;
  qualifiedSince: LocalDate;
  qualifiedUntil: LocalDate | null;
}

export function validateTrainer(input: TrainerInput, problems: Problems): ValidTrainer | null {
  const professionalId = problems.uuid("professionalId", input.professionalId);
  const qualifiedSince = problems.date("qualifiedSince", input.qualifiedSince);
  const qualifiedUntil = problems.date("qualifiedUntil", input.qualifiedUntil);
  if (qualifiedSince && qualifiedUntil && qualifiedUntil < qualifiedSince)
    problems.add("qualifiedUntil", "order", "{field} must not be before qualifiedSince.");
  if (!problems.ok || !professionalId || !qualifiedSince) return null;
  return { professionalId, qualifiedSince, qualifiedUntil };
}

/** Largest event the county runs; a typo such as 2000 is caught rather than stored. */
export const MAX_CAPACITY = 500;

export interface TrainingEventInput {
  id?: string | null;
  courseId: string;
  date: string;
  place?: string | null;
  online?: boolean | null;
  capacity: number;
  trainerIds?: readonly string[] | null;
}
export interface ValidTrainingEvent {
  id: string | null;
  courseId: string;
  date: LocalDate;
  place: string | null;
  online: boolean;
  capacity: number;
  trainerIds: string[];
}

export function validateTrainingEvent(input: TrainingEventInput, problems: Problems): ValidTrainingEvent | null {
  const id = problems.uuid("id", input.id);
  const courseId = problems.uuid("courseId", input.courseId);
  const date = problems.date("date", input.date);
  const place = problems.text("place", input.place, 200, false);
  const online = input.online ?? false;
  if (!place && !online) problems.add("place", "place_or_online", "Give {field}, or set online: true.");
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY)
    problems.add("capacity", "range", `{field} must be a whole number from 1 to ${MAX_CAPACITY}.`);
  const trainerIds: string[] = [];
  (input.trainerIds ?? []).forEach((trainerId, index) => {
    const valid = problems.uuid(`trainerIds.${index}`, trainerId);
    if (valid && trainerIds.includes(valid))
      problems.add(`trainerIds.${index}`, "duplicate", "{field} names the same trainer twice.");
    else if (valid) trainerIds.push(valid);
  });
  if (!problems.ok || !courseId || !date) return null;
  return { id, courseId, date, place, online, capacity: input.capacity, trainerIds };
}

export interface EnrollInput {
  id?: string | null;
  eventId: string;
  professionalId: string;
}
export interface ValidEnroll {
  id: string | null;
  eventId: string;
  professionalId: string;
}

export function validateEnroll(input: EnrollInput, problems: Problems): ValidEnroll | null {
  const id = problems.uuid("id", input.id);
  const eventId = problems.uuid("eventId", input.eventId);
  const professionalId = problems.uuid("professionalId", input.professionalId);
  if (!problems.ok || !eventId || !professionalId) return null;
  return { id, eventId, professionalId };
}

export interface CompletionInput {
  id?: string | null;
  professionalId: string;
  eventId?: string | null;
  courseId?: string | null;
  completedOn?: string | null;
  attended: boolean;
  completed: boolean;
  certificate?: string | null;
}
export interface ValidCompletion {
  id: string | null;
  professionalId: string;
  eventId: string | null;
  courseId: string | null;
  completedOn: LocalDate | null;
  attended: boolean;
  completed: boolean;
  certificate: string | null;
}

/** `today` keeps records out of the future: a training is recorded after it happened. */
export function validateCompletion(input: CompletionInput, today: string, problems: Problems): ValidCompletion | null {
  const id = problems.uuid("id", input.id);
  const professionalId = problems.uuid("professionalId", input.professionalId);
  const eventId = problems.uuid("eventId", input.eventId);
  const courseId = problems.uuid("courseId", input.courseId);
  const completedOn = problems.date("completedOn", input.completedOn);
  const certificate = problems.text("certificate", input.certificate, 100, false);
  if (input.eventId == null && input.courseId == null)
    problems.add(
      "courseId",
      "required",
      "Give {field} (and completedOn) for a course taken elsewhere, or eventId for a training event.",
    );
  if (input.eventId == null && input.completedOn == null)
    problems.add("completedOn", "required", "{field} is needed when the training was not one of the county's events.");
  if (completedOn && completedOn > today) problems.add("completedOn", "future", "{field} must not be after today.");
  if (input.completed && !input.attended)
    problems.add(
      "completed",
      "attendance_required",
      "A training cannot be completed without attending it: set attended to true, or completed to false.",
    );
  if (certificate && !input.completed)
    problems.add(
      "certificate",
      "completion_required",
      "A certificate is given for a completed training only: set completed to true, or leave {field} out.",
    );
  if (!problems.ok || !professionalId) return null;
  return {
    id,
    professionalId,
    eventId,
    courseId,
    completedOn,
    attended: input.attended,
    completed: input.completed,
    certificate,
  };
}

export interface RolloutUnitInput {
  unitId: string;
  service: string;
  region: string;
  isTarget: boolean;
}

const codePattern = /^[a-z][a-z0-9_]{0,62}$/;

export function validateRolloutUnit(input: RolloutUnitInput, problems: Problems): RolloutUnitInput | null {
  const unitId = problems.uuid("unitId", input.unitId);
  for (const field of ["service", "region"] as const) {
    if (!codePattern.test(input[field]))
      problems.add(field, "code", "{field} must be a code of lowercase letters, digits and underscores, e.g. child_protection.");
  }
  if (!problems.ok || !unitId) return null;
  return { ...input, unitId };
}
