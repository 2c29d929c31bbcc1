import { assembleClientTeam } from "./clientTeam";

describe("a client's own team", () => {
  it("puts the responsible worker first and lists each member once with all their teams", () => {
    expect(
      assembleClientTeam("nurse", [
        { professionalId: "curator", teamId: "moti" },
        { professionalId: "nurse", teamId: "area" },
        { professionalId: "curator", teamId: "area" },
        { professionalId: "curator", teamId: "area" },
      ]),
    ).toEqual([
      { professionalId: "nurse", isResponsibleWorker: true, teamIds: ["area"] },
      { professionalId: "curator", isResponsibleWorker: false, teamIds: ["moti", "area"] },
    ]);
  });

  it("lists a responsible worker who is on none of the teams, and no one when there is nobody", () => {
    expect(assembleClientTeam("social", [])).toEqual([{ professionalId: "social", isResponsibleWorker: true, teamIds: [] }]);
    expect(assembleClientTeam(null, [])).toEqual([]);
  });
});
