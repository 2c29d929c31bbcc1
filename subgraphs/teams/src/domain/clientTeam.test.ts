import { assembleClientTeam } from "./clientTeam";

describe("a client's own team", () => {
  it("puts the responsible worker first and lists each member once with all their teams", () => {
    expect(
      assembleClientTeam("c-1", "nurse", [
        { professionalId: "curator", teamId: "moti" },
        { professionalId: "nurse", teamId: "area" },
        { professionalId: "curator", teamId: "area" },
        { professionalId: "curator", teamId: "area" },
      ]),
    ).toEqual([
      { clientId: "c-1", professionalId: "nurse", isResponsibleWorker: true, teamIds: ["area"] },
      { clientId: "c-1", professionalId: "curator", isResponsibleWorker: false, teamIds: ["moti", "area"] },
    ]);
  });

  it("lists a responsible worker who is on none of the teams, and no one when there is nobody", () => {
    expect(assembleClientTeam("c-1", "social", [])).toEqual([
      { clientId: "c-1", professionalId: "social", isResponsibleWorker: true, teamIds: [] },
    ]);
    expect(assembleClientTeam("c-1", null, [])).toEqual([]);
  });
});
