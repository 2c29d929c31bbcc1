import { contract } from "../contract";
import { code, count, day, flag, id, ids, optionalCode, optionalDay, optionalId } from "../fields";

/** The training subgraph's events. */
export const courseCreated = contract({
  type: "course.created",
  source: "training",
  entity: "Course",
  shape: { courseId: id, kind: code, level: optionalCode, providerKind: code },
});
export const trainerQualified = contract({
  type: "trainer.qualified",
  source: "training",
  entity: "Trainer",
  shape: { professionalId: id, qualifiedSince: day, qualifiedUntil: optionalDay },
});
export const trainingEventCreated = contract({
  type: "training_event.created",
  source: "training",
  entity: "TrainingEvent",
  shape: { eventId: id, courseId: id, date: day, online: flag, capacity: count, trainerIds: ids },
});
export const enrolled = contract({
  type: "training.enrolled",
  source: "training",
  entity: "TrainingEvent",
  shape: { enrollmentId: id, eventId: id, professionalId: id },
});
export const completionRecorded = contract({
  type: "training.completion_recorded",
  source: "training",
  entity: "Professional",
  shape: {
    completionId: id,
    professionalId: id,
    courseId: id,
    eventId: optionalId,
    completedOn: day,
    attended: flag,
    completed: flag,
    level: optionalCode,
  },
});
export const rolloutUnitConfigured = contract({
  type: "rollout_unit.configured",
  source: "training",
  entity: "RolloutUnit",
  changedFields: "every field when new, else the updated ones of `service`, `region`, `isTarget`",
  shape: { unitId: id, service: code, region: code, isTarget: flag },
});

/** In catalogue order. */
export const trainingEvents = [
  courseCreated,
  trainerQualified,
  trainingEventCreated,
  enrolled,
  completionRecorded,
  rolloutUnitConfigured,
] as const;
