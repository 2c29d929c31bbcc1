import { randomUUID } from "node:crypto";
import { badUserInput, conflict, recordEvent, LocalDate } from "@silta/kernel";
import { retryOnceOnUniqueViolation, sameOrConflict } from "@silta/kernel/idempotency";
import type { ValidCompletion } from "../domain/validateInputs";
import type { PrismaClient } from "./db";
import type { CompletionWithCourse } from "./loaders";

export interface RecordedCompletion {
  completion: CompletionWithCourse;
  /** False when the same record was already there (a retried request, a re-imported row). */
  created: boolean;
}

/**
 * Records a training: of an event the professional enrolled in, or of a course taken elsewhere.
 * The same record again (same id, or same professional, course and day) changes nothing; a
 * different record under the same id or for the same professional, course and day is a CONFLICT.
 */
export async function recordCompletion(
  prisma: PrismaClient,
  actorId: string,
  input: ValidCompletion,
  today: string,
): Promise<RecordedCompletion> {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      let courseId = input.courseId;
      let completedOn = input.completedOn;
      if (input.eventId) {
        const event = await tx.trainingEvent.findUnique({ where: { id: input.eventId } });
        if (!event) throw badUserInput("input.eventId", "not_found", `Training event ${input.eventId} does not exist.`);
        if (courseId && courseId !== event.courseId)
          throw badUserInput("input.courseId", "event_course", "courseId must be the event's course, or be left out.");
        courseId = event.courseId;
        const eventDate = LocalDate.fromDb(event.date);
        completedOn ??= eventDate;
        if (completedOn < eventDate)
          throw badUserInput(
            "input.completedOn",
            "before_event",
            `completedOn must not be before the event's date ${eventDate}.`,
          );
        if (completedOn > today) throw badUserInput("input.completedOn", "future", "completedOn must not be after today.");
        const enrollment = await tx.enrollment.findUnique({
          where: { eventId_professionalId: { eventId: input.eventId, professionalId: input.professionalId } },
        });
        if (!enrollment)
          throw badUserInput(
            "input.eventId",
            "not_enrolled",
            "The professional is not enrolled in this event; enroll them first.",
          );
      } else {
        const course = courseId && (await tx.course.findUnique({ where: { id: courseId } }));
        if (!course) throw badUserInput("input.courseId", "not_found", `Course ${courseId} does not exist; create it first.`);
      }
      if (!courseId || !completedOn) throw new Error("validateCompletion lets no record through without a course and a day");
      const record = {
        professionalId: input.professionalId,
        courseId,
        completedOn,
        eventId: input.eventId,
        attended: input.attended,
        completed: input.completed,
        certificate: input.certificate,
      };
      const sameKey = await tx.trainingCompletion.findUnique({
        where: {
          professionalId_courseId_completedOn: {
            professionalId: input.professionalId,
            courseId,
            completedOn: LocalDate.toDb(completedOn),
          },
        },
        include: { course: true },
      });
      const sameId = input.id
        ? await tx.trainingCompletion.findUnique({ where: { id: input.id }, include: { course: true } })
        : null;
      const existing = sameId ?? sameKey;
      if (existing) {
        sameOrConflict("Training record", existing.id, existing, existing, record);
        if (sameId && sameKey && sameId.id !== sameKey.id)
          throw conflict("Another training record has this professional, course and day.");
        if (!sameId && input.id && sameKey)
          throw conflict(`This professional's record of this course on ${completedOn} exists as ${sameKey.id}; use that id.`, {
            field: "input.id",
            rule: "duplicate_record",
          });
        return { completion: existing, created: false };
      }
      const id = input.id ?? randomUUID();
      const completion = await tx.trainingCompletion.create({
        data: { id, ...record, completedOn: LocalDate.toDb(completedOn) },
        include: { course: true },
      });
      await recordEvent(tx, {
        type: "training.completion_recorded",
        aggregateType: "Professional",
        aggregateId: input.professionalId,
        actorId,
        data: {
          completionId: id,
          professionalId: input.professionalId,
          courseId,
          eventId: input.eventId,
          completedOn,
          attended: input.attended,
          completed: input.completed,
          level: completion.course.level,
        },
      });
      return { completion, created: true };
    }),
  );
}
