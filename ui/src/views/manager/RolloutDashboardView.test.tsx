import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { fakeGateway, renderView } from "../../../test/renderApp";
import { countyId, familyCentreId, managerSession } from "./managerTestData";
import RolloutDashboardView from "./RolloutDashboardView";

const coverage = (id: string, name: string, activeStaff: number, trained: number) => ({
  unit: { unitId: id, service: "family_centre", region: "north", organization: { id, name } },
  activeStaff,
  trained,
  share: activeStaff ? trained / activeStaff : 0,
});

function gateway() {
  return fakeGateway({
    RolloutDashboard: () => ({
      data: {
        trainingRollout: {
          trainedByMonth: [],
          targetUnitCoverage: [
            coverage(countyId, "County family social services", 4, 1),
            coverage(familyCentreId, "County family centre", 2, 2),
          ],
          inHouseTrainersByRegion: [{ region: "north", count: 1 }],
          trainedWithoutRecentMeasurements: [
            { id: "p4", unit: "North family centre", organization: { id: familyCentreId, name: "County family centre" } },
          ],
        },
        fitUsers: [{ unitId: countyId, month: `${new Date().getFullYear()}-10`, users: 3 }],
        trainers: [{ professional: { id: "p1", organization: { id: countyId, name: "County family social services" } } }],
        organizations: [
          { id: countyId, name: "County family social services" },
          { id: familyCentreId, name: "County family centre" },
        ],
      },
    }),
  });
}

describe("the manager's FIT rollout dashboard", () => {
  it("gives trained staff, trainers, coverage and trained-but-not-measuring per unit, readable as a table", async () => {
    const requests = gateway();
    const user = userEvent.setup();
    const { container } = renderView(<RolloutDashboardView />, { path: "/manager", session: managerSession() });
    expect(await screen.findByText("Kohdeyksiköistä 2/2 on ainakin yksi koulutettu työntekijä.")).toBeInTheDocument();
    await user.click(screen.getAllByText("Näytä taulukkona")[0]!);
    const table = screen.getByRole("table", { name: "Koulutetut ja kouluttajat yksiköittäin" });
    const centre = within(table).getByRole("row", { name: /County family centre/ });
    expect(
      within(centre)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["County family centre", "north", "2", "2", expect.stringMatching(/100\s?%/), "0", "1"]);
    const county = within(table).getByRole("row", { name: /County family social services/ });
    expect(within(county).getAllByRole("cell")[5]).toHaveTextContent("1");
    // Users per month: every month of the year, October's 3 in the county's column.
    const users = screen.getByRole("table", { name: "OpenFIT-käyttäjät yksiköittäin ja kuukausittain" });
    expect(within(users).getAllByRole("row")).toHaveLength(13);
    expect(within(users).getByRole("row", { name: new RegExp(`${new Date().getFullYear()}-10`) })).toHaveTextContent("3");
    expect(await axe(container)).toHaveNoViolations();
    // The dashboard asks for no person: no names, no clients.
    expect(requests[0]!.operationName).toBe("RolloutDashboard");
  });
});
