import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { fakeGateway, renderView } from "../../../test/renderApp";
import { managerSession } from "./managerTestData";
import OutcomeReportView from "./OutcomeReportView";

const teams = [
  { id: "team-small", name: "Virtanen family client team" },
  { id: "team-area", name: "North area team" },
];

describe("the manager's outcome report", () => {
  it("shows each group's figures and neither shows nor names a suppressed small group", async () => {
    const requests = fakeGateway({
      OutcomeReport: () => ({
        data: {
          fitOutcomeReport: [
            {
              groupKey: "team-small",
              suppressed: true,
              clientsMeasured: null,
              episodesMeasured: null,
              sessions: null,
              sessionsWithMeasures: null,
              sessionsWithoutMeasures: null,
              averageIntakeOrs: null,
              averageLatestOrs: null,
            },
            {
              groupKey: "team-area",
              suppressed: false,
              clientsMeasured: 5,
              episodesMeasured: 5,
              sessions: 10,
              sessionsWithMeasures: 10,
              sessionsWithoutMeasures: 0,
              averageIntakeOrs: 18.78,
              averageLatestOrs: 23.64,
            },
          ],
          teams,
          organizations: [],
        },
      }),
    });
    const user = userEvent.setup();
    const { container } = renderView(<OutcomeReportView />, { path: "/manager/outcomes", session: managerSession() });
    await user.click(await screen.findByText("Näytä taulukkona"));
    const table = screen.getByRole("table");
    expect(within(table).getByRole("row", { name: /North area team/ })).toHaveTextContent(
      /North area team\s*5\s*10\s*0\s*18,8\s*23,6/,
    );
    const small = within(table).getByRole("row", { name: /Pieni ryhmä/ });
    expect(within(small).getAllByText("ei näytetä")).toHaveLength(5);
    expect(container.textContent).not.toContain("Virtanen");
    expect(await axe(container)).toHaveNoViolations();

    await user.selectOptions(screen.getByLabelText("Ryhmittely"), "SERVICE");
    await waitFor(() => expect(requests.at(-1)!.variables).toMatchObject({ dimension: "SERVICE" }));
  });
});
