import { randomUUID } from "node:crypto";
import { badUserInput, conflict, recordEvent, LocalDate } from "@silta/kernel";
import { retryOnceOnUniqueViolation, sameOrConflict } from "@silta/kernel/idempotency";
import { isQualifiedOn } from "../domain/trainerQualification";
import type { ValidEnroll, ValidTrainingEvent } from "../domain/validateInputs";
import type { PrismaClient } from "./db";
import type { Enrollment, TrainingEvent } from "./prisma/client";

/**
 * Creates a training event. Its course must exist; every trainer must be a qualified in-house
 * trainer on the event's date; an in-house course needs at least one trainer.
 */
export async function createTrainingEvent(
  prisma: PrismaClient,
  actorId: string,
  input: ValidTrainingEvent,
): Promise<TrainingEvent> {
  const id = input.id ?? randomUUID();
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      const existing = await tx.trainingEvent.findUnique({ where: { id }, include: { trainers: true } });
      if (existing) {
        return sameOrConflict(
          "Training event",
          id,
          existing,
          {
            ...existing,
            date: LocalDate.fromDb(existing.date),
            trainerIds: existing.trainers.map((trainer) => trainer.professionalId).sort(),
          },
          {
            courseId: input.courseId,
            date: input.date,
            place: input.place,
            online: input.online,
            capacity: input.capacity,
            trainerIds: [...input.trainerIds].sort(),
          },
        );
      }
      const course = await tx.course.findUnique({ where: { id: input.courseId } });
      if (!course) throw badUserInput("input.courseId", "not_found", `Course ${input.courseId} does not exist; create it first.`);
      if (course.providerKind === "IN_HOUSE" && input.trainerIds.length === 0)
        throw badUserInput(
          "input.trainerIds",
          "trainer_required",
          "An in-house course's event needs at least one in-house trainer.",
        );
      const trainers = await tx.trainer.findMany({ where: { professionalId: { in: input.trainerIds } } });
      const byId = new Map(trainers.map((trainer) => [trainer.professionalId, trainer]));
      input.trainerIds.forEach((trainerId, index) => {
        const trainer = byId.get(trainerId);
        const qualification = trainer && {
          qualifiedSince: LocalDate.fromDb(trainer.qualifiedSince),
          qualifiedUntil: LocalDate.fromDb(trainer.qualifiedUntil),
        };
        if (!isQualifiedOn(qualification, input.date))
          throw badUserInput(
            `input.trainerIds.${index}`,
            "trainer_not_qualified",
            `Professional ${trainerId} is not a qualified in-house FIT trainer on ${input.date}.`,
          );
      });
      const event = await tx.trainingEvent.create({
        data: {
          id,
          courseId: input.courseId,
          date: LocalDate.toDb(input.date),
          place: input.place,
          online: input.online,
          capacity: input.capacity,
          trainers: { create: input.trainerIds.map((professionalId) => ({ professionalId })) },
        },
      });
      await recordEvent(tx, {
        type: "training_event.created",
        aggregateType: "TrainingEvent",
        aggregateId: id,
        actorId,
        data: {
          eventId: id,
          courseId: input.courseId,
          date: input.date,
          online: input.online,
          capacity: input.capacity,
          trainerIds: input.trainerIds,
        },
      });
      return event;
    }),
  );
}

/**
 * Enrols a professional in an event within its capacity. The event row is locked for the
 * transaction (SELECT … FOR UPDATE), so concurrent enrolments queue and the count they see is final.
 * Enrolling the same professional again returns the enrolment they have.
 */
export async function enroll(prisma: PrismaClient, actorId: string, input: ValidEnroll): Promise<Enrollment> {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      const [event] = await tx.$queryRaw<
        { capacity: number }[]
      >`SELECT capacity FROM training_event WHERE id = ${input.eventId}::uuid FOR UPDATE`;
      if (!event) throw badUserInput("input.eventId", "not_found", `Training event ${input.eventId} does not exist.`);
      const already = await tx.enrollment.findUnique({
        where: { eventId_professionalId: { eventId: input.eventId, professionalId: input.professionalId } },
      });
      if (input.id) {
        const sameId = await tx.enrollment.findUnique({ where: { id: input.id } });
        if (sameId) {
          return sameOrConflict("Enrollment", input.id, sameId, sameId, {
            eventId: input.eventId,
            professionalId: input.professionalId,
          });
        }
        if (already)
          throw conflict(`Professional ${input.professionalId} is already enrolled in this event as enrollment ${already.id}.`, {
            field: "input.professionalId",
            rule: "already_enrolled",
          });
      }
      if (already) return already;
      const enrolled = await tx.enrollment.count({ where: { eventId: input.eventId } });
      if (enrolled >= event.capacity)
        throw conflict(`Training event ${input.eventId} is full (capacity ${event.capacity}).`, {
          field: "input.eventId",
          rule: "capacity",
        });
      const id = input.id ?? randomUUID();
      const enrollment = await tx.enrollment.create({
        data: { id, eventId: input.eventId, professionalId: input.professionalId },
      });
      await recordEvent(tx, {
        type: "training.enrolled",
        aggregateType: "TrainingEvent",
        aggregateId: input.eventId,
        actorId,
        data: { enrollmentId: id, eventId: input.eventId, professionalId: input.professionalId },
      });
      return enrollment;
    }),
  );
}
