import { randomUUID } from "node:crypto";
import { LocalDate, todayIn } from "@silta/kernel";
import {
  clientViewer,
  createTestDatabase,
  professional,
  startSubgraph,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { trainingSubgraph } from "../src";
import { errorOf, trainingApi } from "./trainingApi";

describe("training register rules", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  let api: ReturnType<typeof trainingApi>;
  const county = randomUUID();
  const coordinator = professional(county, { id: randomUUID(), roles: ["training_admin"] });
  const socialWorker = professional(county, { id: randomUUID(), roles: ["social_worker"] });
  const trainer = randomUUID();
  const basicCourse = randomUUID();
  const boughtCourse = randomUUID();
  const today = todayIn("Europe/Helsinki");
  const outbox = (type: string) => prisma.outboxEvent.count({ where: { type } });

  beforeAll(async () => {
    testDb = await createTestDatabase("training_rules", trainingSubgraph.migrationsDir);
    harness = await startSubgraph(trainingSubgraph, testDb.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
    api = trainingApi(harness, coordinator);
    await api.createCourse({
      id: basicCourse,
      name: "FIT basic",
      kind: "BASIC",
      provider: "County FIT trainers",
      providerKind: "IN_HOUSE",
    });
    await api.createCourse({
      id: boughtCourse,
      name: "FIT advanced",
      kind: "ADVANCED",
      provider: "Bought Oy",
      providerKind: "PURCHASED",
    });
    await api.qualifyTrainer({ professionalId: trainer, qualifiedSince: "2026-03-01", qualifiedUntil: "2026-09-30" });
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  describe("courses", () => {
    it("creates a course once for the same id, and records one event", async () => {
      const id = randomUUID();
      const input = { id, name: "FIT booster", kind: "BOOSTER", provider: "County FIT trainers", providerKind: "IN_HOUSE" };
      const before = await outbox("course.created");
      const first = await api.createCourse(input);
      const again = await api.createCourse(input);
      expect(first.errors).toBeUndefined();
      expect(again.data?.createCourse).toEqual(first.data?.createCourse);
      expect(first.data?.createCourse).toMatchObject({ kind: "BOOSTER", level: null });
      expect(await outbox("course.created")).toBe(before + 1);
    });

    it("answers CONFLICT when the same id comes with a different course", async () => {
      const id = randomUUID();
      await api.createCourse({ id, name: "FIT basic B", kind: "BASIC", provider: "County", providerKind: "IN_HOUSE" });
      const response = await api.createCourse({
        id,
        name: "FIT basic C",
        kind: "BASIC",
        provider: "County",
        providerKind: "IN_HOUSE",
      });
      expect(errorOf(response)).toEqual({ code: "CONFLICT" });
      expect((await prisma.course.findUnique({ where: { id } }))?.name).toBe("FIT basic B");
    });

    it("names the field and rule of a bad input and writes nothing", async () => {
      const id = randomUUID();
      const response = await api.createCourse({ id, name: "  ", kind: "BASIC", provider: "County", providerKind: "IN_HOUSE" });
      expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field: "input.name", rule: "required" });
      expect(await prisma.course.findUnique({ where: { id } })).toBeNull();
      const badId = await api.createCourse({
        id: "course-1",
        name: "X",
        kind: "BASIC",
        provider: "County",
        providerKind: "IN_HOUSE",
      });
      expect(errorOf(badId)).toEqual({ code: "BAD_USER_INPUT", field: "input.id", rule: "uuid" });
    });

    it("lets only training coordinators, managers and systems with the scope change the register", async () => {
      const input = { name: "FIT basic", kind: "BASIC", provider: "County", providerKind: "IN_HOUSE" };
      expect(errorOf(await api.createCourse(input, socialWorker))?.code).toBe("FORBIDDEN");
      expect(errorOf(await api.createCourse(input, clientViewer(randomUUID())))?.code).toBe("FORBIDDEN");
      const system = { id: "hr-system", kind: "system" as const, roles: [], scopes: ["training:write"] };
      expect((await api.createCourse(input, system)).errors).toBeUndefined();
      const manager = professional(county, { roles: ["manager"] });
      expect((await api.createCourse(input, manager)).errors).toBeUndefined();
    });
  });

  describe("trainers of an event", () => {
    it("accepts a trainer on the first and the last day of their qualification", async () => {
      for (const date of ["2026-03-01", "2026-09-30"]) {
        const response = await api.createEvent({
          courseId: basicCourse,
          date,
          place: "Kuopio",
          capacity: 10,
          trainerIds: [trainer],
        });
        expect(response.errors).toBeUndefined();
        expect(response.data?.createTrainingEvent.trainers).toEqual([{ id: trainer }]);
      }
    });

    it("refuses a trainer who is not qualified on the event's date, naming which, and writes nothing", async () => {
      const id = randomUUID();
      for (const date of ["2026-02-28", "2026-10-01"]) {
        const response = await api.createEvent({
          id,
          courseId: basicCourse,
          date,
          online: true,
          capacity: 10,
          trainerIds: [trainer],
        });
        expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field: "input.trainerIds.0", rule: "trainer_not_qualified" });
      }
      const stranger = await api.createEvent({
        id,
        courseId: basicCourse,
        date: "2026-05-01",
        online: true,
        capacity: 10,
        trainerIds: [trainer, randomUUID()],
      });
      expect(errorOf(stranger)).toEqual({ code: "BAD_USER_INPUT", field: "input.trainerIds.1", rule: "trainer_not_qualified" });
      expect(await prisma.trainingEvent.findUnique({ where: { id } })).toBeNull();
      expect(await prisma.trainingEventTrainer.count({ where: { eventId: id } })).toBe(0);
    });

    it("returns the same event for the same id and trainers in any order, and CONFLICT when it differs", async () => {
      const second = randomUUID();
      await api.qualifyTrainer({ professionalId: second, qualifiedSince: "2026-01-01" });
      const id = randomUUID();
      const input = { id, courseId: basicCourse, date: "2026-05-05", online: true, capacity: 10, trainerIds: [trainer, second] };
      const first = await api.createEvent(input);
      const again = await api.createEvent({ ...input, trainerIds: [second, trainer] });
      expect(again.errors).toBeUndefined();
      expect(again.data?.createTrainingEvent.id).toBe(first.data?.createTrainingEvent.id);
      const bigger = await api.createEvent({ ...input, capacity: 11 });
      expect(errorOf(bigger)?.code).toBe("CONFLICT");
      expect(await prisma.outboxEvent.count({ where: { type: "training_event.created", aggregateId: id } })).toBe(1);
    });

    it("needs an in-house trainer for an in-house course but not for a bought one", async () => {
      const inHouse = await api.createEvent({ courseId: basicCourse, date: "2026-05-01", online: true, capacity: 10 });
      expect(errorOf(inHouse)).toEqual({ code: "BAD_USER_INPUT", field: "input.trainerIds", rule: "trainer_required" });
      const bought = await api.createEvent({ courseId: boughtCourse, date: "2026-05-01", online: true, capacity: 10 });
      expect(bought.errors).toBeUndefined();
    });

    it("needs a place or online, and a course that exists", async () => {
      const nowhere = await api.createEvent({ courseId: boughtCourse, date: "2026-05-01", capacity: 10 });
      expect(errorOf(nowhere)).toEqual({ code: "BAD_USER_INPUT", field: "input.place", rule: "place_or_online" });
      const noCourse = await api.createEvent({ courseId: randomUUID(), date: "2026-05-01", online: true, capacity: 10 });
      expect(errorOf(noCourse)).toEqual({ code: "BAD_USER_INPUT", field: "input.courseId", rule: "not_found" });
    });

    it("refuses to narrow a qualification so that one of the trainer's events falls outside it", async () => {
      const professionalId = randomUUID();
      await api.qualifyTrainer({ professionalId, qualifiedSince: "2026-01-01" });
      await api.createEvent({
        courseId: basicCourse,
        date: "2026-06-15",
        online: true,
        capacity: 5,
        trainerIds: [professionalId],
      });
      const ended = await api.qualifyTrainer({ professionalId, qualifiedSince: "2026-01-01", qualifiedUntil: "2026-06-14" });
      expect(errorOf(ended)).toEqual({ code: "BAD_USER_INPUT", field: "input.qualifiedUntil", rule: "trainer_has_events" });
      const later = await api.qualifyTrainer({ professionalId, qualifiedSince: "2026-06-16" });
      expect(errorOf(later)).toEqual({ code: "BAD_USER_INPUT", field: "input.qualifiedSince", rule: "trainer_has_events" });
      const stillCovering = await api.qualifyTrainer({
        professionalId,
        qualifiedSince: "2026-01-01",
        qualifiedUntil: "2026-06-15",
      });
      expect(stillCovering.data?.qualifyTrainer).toMatchObject({ qualifiedUntil: "2026-06-15" });
    });

    it("tells whether a professional is a trainer today", async () => {
      const current = randomUUID();
      await api.qualifyTrainer({ professionalId: current, qualifiedSince: LocalDate.addDays(today, -1) });
      const response = await api.professionals([current, trainer, randomUUID()]);
      expect(response.data?._entities.map((entity) => entity.isFitTrainer)).toEqual([true, false, false]);
    });
  });

  describe("capacity", () => {
    it("never enrols more than the capacity, however many enrol at once", async () => {
      const event = await api.createEvent({ courseId: boughtCourse, date: "2026-06-01", online: true, capacity: 3 });
      const eventId = event.data!.createTrainingEvent.id;
      const responses = await Promise.all(Array.from({ length: 8 }, () => api.enroll({ eventId, professionalId: randomUUID() })));
      const succeeded = responses.filter((response) => !response.errors);
      const refused = responses.filter((response) => response.errors);
      expect(succeeded).toHaveLength(3);
      expect(refused.map(errorOf)).toEqual(Array(5).fill({ code: "CONFLICT", field: "input.eventId", rule: "capacity" }));
      expect(await prisma.enrollment.count({ where: { eventId } })).toBe(3);
      expect(await prisma.outboxEvent.count({ where: { type: "training.enrolled", aggregateId: eventId } })).toBe(3);
    });

    it("returns the same enrolment when a professional enrols again, even when the event is full", async () => {
      const event = await api.createEvent({ courseId: boughtCourse, date: "2026-06-02", online: true, capacity: 1 });
      const eventId = event.data!.createTrainingEvent.id;
      const professionalId = randomUUID();
      const first = await api.enroll({ eventId, professionalId });
      const again = await api.enroll({ eventId, professionalId });
      expect(again.data?.enroll.id).toBe(first.data?.enroll.id);
      expect(again.data?.enroll.event.enrolledCount).toBe(1);
    });

    it("refuses an enrolment in an event that does not exist", async () => {
      const response = await api.enroll({ eventId: randomUUID(), professionalId: randomUUID() });
      expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field: "input.eventId", rule: "not_found" });
    });
  });

  describe("completions", () => {
    let eventId: string;
    const attendee = randomUUID();

    beforeAll(async () => {
      const event = await api.createEvent({
        courseId: basicCourse,
        date: "2026-04-15",
        place: "Joensuu",
        capacity: 5,
        trainerIds: [trainer],
      });
      eventId = event.data!.createTrainingEvent.id;
      await api.enroll({ eventId, professionalId: attendee });
    });

    it("refuses a completion without attendance and writes nothing", async () => {
      const id = randomUUID();
      const response = await api.recordCompletion({ id, professionalId: attendee, eventId, attended: false, completed: true });
      expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field: "input.completed", rule: "attendance_required" });
      expect(await prisma.trainingCompletion.findUnique({ where: { id } })).toBeNull();
    });

    it("refuses a completion of an event the professional did not enrol in", async () => {
      const response = await api.recordCompletion({ professionalId: randomUUID(), eventId, attended: true, completed: true });
      expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field: "input.eventId", rule: "not_enrolled" });
    });

    it("records a completion on the event's date, raises the level, and is idempotent", async () => {
      const id = randomUUID();
      const input = { id, professionalId: attendee, eventId, attended: true, completed: true, certificate: "FIT-2026-001" };
      const first = await api.recordCompletion(input);
      expect(first.errors).toBeUndefined();
      expect(first.data?.recordCompletion).toMatchObject({
        completedOn: "2026-04-15",
        course: { id: basicCourse },
        event: { id: eventId },
      });
      const again = await api.recordCompletion(input);
      expect(again.data?.recordCompletion.id).toBe(id);
      const different = await api.recordCompletion({ ...input, certificate: "FIT-2026-002" });
      expect(errorOf(different)?.code).toBe("CONFLICT");
      const withoutId = await api.recordCompletion({ ...input, id: undefined });
      expect(withoutId.data?.recordCompletion.id).toBe(id);
      expect(await prisma.trainingCompletion.count({ where: { professionalId: attendee } })).toBe(1);
      const profile = await api.professionals([attendee]);
      expect(profile.data?._entities[0]).toMatchObject({
        fitTrainingLevel: "BASIC",
        trainings: [{ completedOn: "2026-04-15", course: { name: "FIT basic" } }],
      });
    });

    it("keeps attendance without completion out of the trainings and the level", async () => {
      const professionalId = randomUUID();
      await api.enroll({ eventId, professionalId });
      const response = await api.recordCompletion({ professionalId, eventId, attended: true, completed: false });
      expect(response.errors).toBeUndefined();
      const profile = await api.professionals([professionalId]);
      expect(profile.data?._entities[0]).toMatchObject({ fitTrainingLevel: null, trainings: [] });
    });

    it("refuses a course of another event, a day before the event, and a day in the future", async () => {
      const wrongCourse = await api.recordCompletion({
        professionalId: attendee,
        eventId,
        courseId: boughtCourse,
        attended: true,
        completed: true,
      });
      expect(errorOf(wrongCourse)).toEqual({ code: "BAD_USER_INPUT", field: "input.courseId", rule: "event_course" });
      const early = await api.recordCompletion({
        professionalId: attendee,
        eventId,
        completedOn: "2026-04-14",
        attended: true,
        completed: true,
      });
      expect(errorOf(early)).toEqual({ code: "BAD_USER_INPUT", field: "input.completedOn", rule: "before_event" });
      const future = await api.recordCompletion({
        professionalId: attendee,
        courseId: boughtCourse,
        completedOn: LocalDate.addDays(today, 1),
        attended: true,
        completed: true,
      });
      expect(errorOf(future)).toEqual({ code: "BAD_USER_INPUT", field: "input.completedOn", rule: "future" });
    });

    it("answers identical creates sent at once with one record", async () => {
      const professionalId = randomUUID();
      const input = { professionalId, courseId: boughtCourse, completedOn: "2025-02-02", attended: true, completed: true };
      const responses = await Promise.all(Array.from({ length: 5 }, () => api.recordCompletion(input)));
      expect(responses.map((response) => response.errors)).toEqual(Array(5).fill(undefined));
      expect(new Set(responses.map((response) => response.data?.recordCompletion.id)).size).toBe(1);
      expect(await prisma.trainingCompletion.count({ where: { professionalId } })).toBe(1);
      const courseId = randomUUID();
      const course = { id: courseId, name: "FIT basic D", kind: "BASIC", provider: "County", providerKind: "IN_HOUSE" };
      const courses = await Promise.all(Array.from({ length: 5 }, () => api.createCourse(course)));
      expect(courses.map((response) => response.errors)).toEqual(Array(5).fill(undefined));
      expect(await prisma.outboxEvent.count({ where: { type: "course.created", aggregateId: courseId } })).toBe(1);
    });

    it("records a course taken elsewhere with its date", async () => {
      const professionalId = randomUUID();
      const response = await api.recordCompletion({
        professionalId,
        courseId: boughtCourse,
        completedOn: "2025-01-20",
        attended: true,
        completed: true,
      });
      expect(response.data?.recordCompletion).toMatchObject({ completedOn: "2025-01-20", event: null });
      expect((await api.professionals([professionalId])).data?._entities[0]?.fitTrainingLevel).toBe("ADVANCED");
    });
  });
});
