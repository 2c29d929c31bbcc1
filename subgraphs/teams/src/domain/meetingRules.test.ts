import { assertJointMeetingQuorum, assertOutsideFacilitator } from "./meetingRules";

const team = { memberIds: new Set(["member"]), responsibleWorkerId: "responsible" };

describe("meeting rules", () => {
  it("accepts a facilitator from outside the client's team", () => {
    expect(() => assertOutsideFacilitator("input.facilitatorId", "outsider", team)).not.toThrow();
  });

  it.each(["member", "responsible"])("refuses %s of the client's team as facilitator", (id) => {
    expect(() => assertOutsideFacilitator("input.facilitatorId", id, team)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ field: "input.facilitatorId", rule: "facilitator_on_team" }),
      }),
    );
  });

  it("accepts a joint meeting of the responsible worker and the client", () => {
    expect(() =>
      assertJointMeetingQuorum({ professionalIds: ["responsible"], relations: ["CLIENT", "PARENT"] }, team),
    ).not.toThrow();
  });

  it.each([
    [{ professionalIds: ["member"], relations: ["CLIENT"] }, team, "responsible_worker_absent"],
    [{ professionalIds: ["responsible"], relations: ["PARENT"] }, team, "client_absent"],
    [
      { professionalIds: ["responsible"], relations: ["CLIENT"] },
      { memberIds: new Set<string>(), responsibleWorkerId: null },
      "no_responsible_worker",
    ],
  ])("refuses a joint meeting without its quorum (%#)", (input, onDay, rule) => {
    expect(() => assertJointMeetingQuorum(input, onDay)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ rule }) }),
    );
  });
});
