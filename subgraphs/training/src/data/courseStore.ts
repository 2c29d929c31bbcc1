import { randomUUID } from "node:crypto";
import { recordEvent } from "@silta/kernel";
import { retryOnceOnUniqueViolation, sameOrConflict } from "@silta/kernel/idempotency";
import { levelOf } from "../domain/courseKind";
import type { ValidCourse } from "../domain/validateInputs";
import type { PrismaClient } from "./db";
import type { Course } from "./prisma/client";

/** Creates a course, or returns the one created before with the same id. */
export async function createCourse(prisma: PrismaClient, actorId: string, input: ValidCourse): Promise<Course> {
  const id = input.id ?? randomUUID();
  const row = { name: input.name, level: levelOf(input.kind), provider: input.provider, providerKind: input.providerKind };
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      const existing = await tx.course.findUnique({ where: { id } });
      if (existing) {
        return sameOrConflict("Course", id, existing, existing, row);
      }
      const course = await tx.course.create({ data: { id, ...row } });
      await recordEvent(tx, {
        type: "course.created",
        aggregateType: "Course",
        aggregateId: id,
        actorId,
        data: { courseId: id, kind: input.kind, level: row.level, providerKind: row.providerKind },
      });
      return course;
    }),
  );
}
