import { screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { fakeGateway, renderView, socialWorkerId } from "../../../test/renderApp";
import CaseloadView from "./CaseloadView";

const concern = (id: string, name: string, deadline: string, daysLeft: number, isOverdue: boolean) => ({
  id,
  kind: "CONCERN",
  description: `Worry about ${name}`,
  deadline,
  daysLeft,
  isOverdue,
  status: "RAISED",
  service: "family_social_work",
  client: { id: `client-${id}`, firstName: name, lastName: "Virtanen" },
  family: null,
});

const caseload = () => ({
  data: {
    professional: {
      id: socialWorkerId,
      firstName: "Sanna",
      lastName: "Sosiaalityöntekijä",
      unit: "North",
      organization: { id: "org", name: "County" },
      teams: [{ id: "team", name: "North area team" }],
      clients: {
        edges: [
          {
            node: {
              id: "c1",
              firstName: "Aino",
              lastName: "Virtanen",
              birthDate: "1985-03-02",
              responsibleWorker: { id: socialWorkerId },
            },
          },
          { node: { id: "c2", firstName: null, lastName: "Korhonen", birthDate: null, responsibleWorker: null } },
        ],
      },
    },
    overdueConcerns: [concern("k1", "Eetu", "2026-12-01", -3, true)],
    concernsDueSoon: [concern("k2", "Aino", "2026-12-06", 2, false), concern("k3", "Mikko", "2026-12-04", 0, false)],
    clientsWithoutResponsibleWorker: {
      edges: [
        {
          node: {
            id: "c9",
            firstName: "Ville",
            lastName: "Nieminen",
            birthDate: null,
            teams: [{ id: "team", name: "North area team" }],
          },
        },
      ],
    },
  },
  errors: [
    {
      message: "You have no lawful basis to read this client's basic data.",
      path: ["professional", "clients", "edges", 1, "node", "firstName"],
      extensions: { code: "FORBIDDEN", reason: "no_consent", category: "basic" },
    },
  ],
});

describe("the caseload view", () => {
  it("lists the concerns due with the overdue first, then today's, and asks as the signed-in worker", async () => {
    const requests = fakeGateway({ Caseload: caseload });
    renderView(<CaseloadView />, { path: "/caseload" });
    const list = within((await screen.findByRole("heading", { name: "Huolet, joihin on reagoitava" })).closest("section")!);
    const items = list.getAllByRole("listitem").map((item) => item.textContent);
    expect(items[0]).toMatch(/^Myöhässä Eetu Virtanen/);
    expect(items[1]).toMatch(/^Tänään Mikko Virtanen/);
    expect(items[2]).toMatch(/^Pian Aino Virtanen.*2 päivää jäljellä/);
    expect(requests).toEqual([
      expect.objectContaining({
        operationName: "Caseload",
        variables: { professionalId: socialWorkerId },
        headers: expect.objectContaining({ authorization: expect.stringMatching(/^Bearer /), "x-silta-purpose": "caseload" }),
      }),
    ]);
  });

  it("shows a refused name as not shown with the reason, not as empty, and marks whom I am responsible worker for", async () => {
    fakeGateway({ Caseload: caseload });
    renderView(<CaseloadView />, { path: "/caseload" });
    const clients = within(
      (await screen.findByRole("heading", { name: "Asiakkaat, joiden kanssa työskentelen" })).closest("section")!,
    );
    expect(clients.getByRole("link", { name: "Korhonen, ei näytetä: ei suostumusta" })).toHaveAttribute("href", "/clients/c2");
    expect(clients.getAllByRole("listitem")[0]).toHaveTextContent("Virtanen, AinoVastuutyöntekijä");
    expect(screen.getByRole("link", { name: "Nieminen, Ville" })).toHaveAttribute("href", "/clients/c9");
  });

  it("says what went wrong when the gateway refuses the request", async () => {
    fakeGateway({ Caseload: () => ({ data: null, errors: [{ message: "expired", extensions: { code: "UNAUTHENTICATED" } }] }) });
    renderView(<CaseloadView />, { path: "/caseload" });
    expect(await screen.findByRole("alert")).toHaveTextContent("Kirjautuminen on vanhentunut. Kirjaudu uudelleen.");
  });

  it("has no accessibility violations axe can find", async () => {
    fakeGateway({ Caseload: caseload });
    const { container } = renderView(<CaseloadView />, { path: "/caseload" });
    await screen.findByRole("heading", { name: "Asiakkaani" });
    expect(await axe(container)).toHaveNoViolations();
  });
});
