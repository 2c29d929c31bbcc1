import { screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { fakeGateway, renderView } from "../../../test/renderApp";
import { ainoId, clientSession, eetuId, eetuPlan, overviewOf } from "./karttaTestData";
import KarttaView from "./KarttaView";

describe("Kartta, the client's own view", () => {
  it("shows my child's plan with its agreements in four parts, and whom to contact first", async () => {
    const requests = fakeGateway({
      KarttaOverview: (variables) => ({ data: overviewOf(String(variables["clientId"]), eetuPlan) }),
    });
    const { container } = renderView(<KarttaView />, {
      path: `/kartta/${eetuId}`,
      route: "/kartta/:clientId",
      session: clientSession(),
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Lapseni Eetu Kartta" })).toBeInTheDocument();
    expect(requests[0]).toMatchObject({ operationName: "KarttaOverview", variables: { clientId: eetuId } });
    const agreement = screen.getByText("Eetu is tired at school.").closest("li")!;
    expect(within(agreement).getByText("Mikä huolettaa")).toBeInTheDocument();
    expect(within(agreement).getByText("Bedtime at nine on school nights.")).toBeInTheDocument();
    // The family is responsible too: the guardian reads "You".
    expect(within(agreement).getByText("Sinä")).toBeInTheDocument();
    expect(within(agreement).getByText("We talk with the school nurse.")).toBeInTheDocument();
    expect(screen.getByText(/Ota ensin yhteyttä/).textContent).toContain("Sari Laine");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("gives my team's phone and email as links, and lists my upcoming meetings with where and how to join", async () => {
    fakeGateway({ KarttaOverview: (variables) => ({ data: overviewOf(String(variables["clientId"]), null) }) });
    renderView(<KarttaView />, { path: "/kartta", session: clientSession() });
    await screen.findByRole("heading", { level: 1, name: "Minun Karttani" });
    const team = within(document.querySelector("#kartta-team")!.parentElement!);
    expect(team.getAllByRole("link", { name: "Soita: +358 40 100 2001" })[0]).toHaveAttribute("href", "tel:+358401002001");
    expect(team.getAllByRole("link", { name: "Lähetä sähköpostia: sari.laine@hyvinvointialue.example.fi" })[0]).toHaveAttribute(
      "href",
      "mailto:sari.laine@hyvinvointialue.example.fi",
    );
    const meetings = within(screen.getByRole("heading", { name: "Tulevat kokoukseni" }).closest("section")!);
    expect(meetings.getByText("15.1.2099 klo 14.00")).toBeInTheDocument();
    expect(meetings.getByText(/Paikka: North family centre/)).toBeInTheDocument();
    expect(meetings.getByRole("link", { name: "Liity videokokoukseen" })).toHaveAttribute(
      "href",
      "https://meet.example.fi/virtanen",
    );
    expect(meetings.getByText(/Kokousta vetää Jari Nieminen/)).toBeInTheDocument();
  });

  it("leads a guardian from their own Kartta to their child's", async () => {
    fakeGateway({ KarttaOverview: (variables) => ({ data: overviewOf(String(variables["clientId"]), null) }) });
    renderView(<KarttaView />, { path: "/kartta", session: clientSession() });
    expect(await screen.findByRole("heading", { level: 1, name: "Minun Karttani" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Katso lapsesi Eetu Kartta" })).toHaveAttribute("href", `/kartta/${eetuId}`);
    expect(screen.getByText("Sinulla ei ole vielä suunnitelmaa.")).toBeInTheDocument();
  });

  it("says a refused plan is not shown, and why, rather than showing no plan", async () => {
    fakeGateway({
      KarttaOverview: () => ({
        data: overviewOf(ainoId, null),
        errors: [{ message: "no", path: ["client", "servicePlan"], extensions: { code: "FORBIDDEN", reason: "no_consent" } }],
      }),
    });
    renderView(<KarttaView />, { path: "/kartta", session: clientSession() });
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByText("Sinulla ei ole vielä suunnitelmaa.")).not.toBeInTheDocument();
    expect(document.querySelector("#kartta-plan")!.parentElement!.querySelector(".withheld")).not.toBeNull();
  });
});
