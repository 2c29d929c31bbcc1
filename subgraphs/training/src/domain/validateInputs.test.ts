import { Problems } from "./problems";
import { validateCompletion, validateRolloutUnit, validateTrainer, validateTrainingEvent } from "./validateInputs";

const input = (field: string) => `input.${field}`;
const professionalId = "0b000000-0000-4000-8000-000000000001";
const courseId = "0e000000-0000-4000-8000-000000000001";
const rulesOf = (problems: Problems) => problems.list.map((problem) => `${problem.field}:${problem.rule}`);

describe("checking a training record", () => {
  const valid = { professionalId, courseId, completedOn: "2026-05-01", attended: true, completed: true };

  it("accepts a completed, attended course taken elsewhere", () => {
    const problems = new Problems(input);
    expect(validateCompletion(valid, "2026-11-23", problems)).toMatchObject({ professionalId, courseId, completed: true });
    expect(problems.list).toEqual([]);
  });

  it("refuses a completion without attendance, naming the field and the rule", () => {
    const problems = new Problems(input);
    expect(validateCompletion({ ...valid, attended: false }, "2026-11-23", problems)).toBeNull();
    expect(rulesOf(problems)).toEqual(["input.completed:attendance_required"]);
  });

  it("accepts attendance without completion", () => {
    const problems = new Problems(input);
    validateCompletion({ ...valid, completed: false }, "2026-11-23", problems);
    expect(problems.list).toEqual([]);
  });

  it("refuses a record of a future day but accepts today", () => {
    const future = new Problems(input);
    validateCompletion({ ...valid, completedOn: "2026-11-24" }, "2026-11-23", future);
    expect(rulesOf(future)).toEqual(["input.completedOn:future"]);
    const today = new Problems(input);
    validateCompletion({ ...valid, completedOn: "2026-11-23" }, "2026-11-23", today);
    expect(today.list).toEqual([]);
  });

  it("needs a course and a date when no event is named", () => {
    const problems = new Problems(input);
    validateCompletion({ professionalId, attended: true, completed: true }, "2026-11-23", problems);
    expect(rulesOf(problems)).toEqual(["input.courseId:required", "input.completedOn:required"]);
  });

  it("refuses a certificate for a training not completed", () => {
    const problems = new Problems(input);
    validateCompletion({ ...valid, completed: false, certificate: "FIT-1" }, "2026-11-23", problems);
    expect(rulesOf(problems)).toEqual(["input.certificate:completion_required"]);
  });

  it("reports every bad field at once", () => {
    const problems = new Problems(input);
    validateCompletion(
      { professionalId: "x", courseId: "y", completedOn: "2026-02-30", attended: false, completed: true },
      "2026-11-23",
      problems,
    );
    expect(rulesOf(problems)).toEqual([
      "input.professionalId:uuid",
      "input.courseId:uuid",
      "input.completedOn:date",
      "input.completed:attendance_required",
    ]);
  });
});

describe("checking a training event", () => {
  const valid = { courseId, date: "2026-12-01", place: "Joensuu", capacity: 20, trainerIds: [professionalId] };

  it("needs a place or online", () => {
    const problems = new Problems(input);
    validateTrainingEvent({ ...valid, place: "  " }, problems);
    expect(rulesOf(problems)).toEqual(["input.place:place_or_online"]);
    const online = new Problems(input);
    expect(validateTrainingEvent({ ...valid, place: null, online: true }, online)).toMatchObject({ online: true, place: null });
  });

  it("keeps capacity between 1 and 500", () => {
    for (const capacity of [0, -1, 501, 2.5]) {
      const problems = new Problems(input);
      validateTrainingEvent({ ...valid, capacity }, problems);
      expect(rulesOf(problems)).toEqual(["input.capacity:range"]);
    }
    for (const capacity of [1, 500]) {
      const problems = new Problems(input);
      validateTrainingEvent({ ...valid, capacity }, problems);
      expect(problems.list).toEqual([]);
    }
  });

  it("refuses the same trainer twice", () => {
    const problems = new Problems(input);
    validateTrainingEvent({ ...valid, trainerIds: [professionalId, professionalId] }, problems);
    expect(rulesOf(problems)).toEqual(["input.trainerIds.1:duplicate"]);
  });
});

describe("checking a trainer qualification and a rollout unit", () => {
  it("refuses an end before the start", () => {
    const problems = new Problems(input);
    validateTrainer({ professionalId, qualifiedSince: "2026-05-01", qualifiedUntil: "2026-04-30" }, problems);
    expect(rulesOf(problems)).toEqual(["input.qualifiedUntil:order"]);
  });

  it("takes service and region as lowercase codes", () => {
    const problems = new Problems(input);
    validateRolloutUnit({ unitId: courseId, service: "Child protection", region: "north", isTarget: true }, problems);
    expect(rulesOf(problems)).toEqual(["input.service:code"]);
  });
});
