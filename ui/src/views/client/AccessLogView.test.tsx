import { screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { fakeGateway, renderView } from "../../../test/renderApp";
import AccessLogView from "./AccessLogView";
import { ainoId, cityEducationId, clientSession, sari } from "./karttaTestData";

const node = (overrides: Record<string, unknown>) => ({
  at: "2026-12-04T10:00:00Z",
  viewerId: sari.id,
  viewerKind: "professional",
  organizationId: sari.organization.id,
  category: "service_plan",
  action: "read",
  purpose: "preparing the network meeting",
  basis: "responsible_worker",
  outcome: "allowed",
  ...overrides,
});

describe("who has read my data, in Kartta", () => {
  it("tells in plain words who read what, why and on what grounds, refusals included", async () => {
    const requests = fakeGateway({
      KarttaAccessLog: () => ({
        data: {
          accessLog: {
            edges: [
              { node: node({}) },
              {
                node: node({
                  viewerId: "0b000000-0000-4000-8000-000000000002",
                  organizationId: cityEducationId,
                  category: "consents",
                  purpose: "school support",
                  basis: "no_consent",
                  outcome: "denied",
                }),
              },
            ],
            pageInfo: { hasNextPage: true, endCursor: "cursor-1" },
          },
          organizations: [{ id: cityEducationId, name: "City education services" }],
          client: { id: ainoId, teamMembers: [{ professional: sari }] },
        },
      }),
    });
    const { container } = renderView(<AccessLogView />, { path: "/kartta/access-log", session: clientSession() });
    const table = await screen.findByRole("table", { name: "Tietojesi käytöt, uusimmat ensin" });
    const [, sariRow, curatorRow] = within(table).getAllByRole("row");
    expect(within(sariRow!).getByText("Sari Laine (social worker)")).toBeInTheDocument();
    expect(within(sariRow!).getByText("Katsoi: Suunnitelma")).toBeInTheDocument();
    expect(within(sariRow!).getByText("preparing the network meeting")).toBeInTheDocument();
    expect(within(sariRow!).getByText("Omatyöntekijäsi")).toBeInTheDocument();
    expect(within(curatorRow!).getByText("Työntekijä: City education services")).toBeInTheDocument();
    expect(within(curatorRow!).getByText("Estetty: ei lupaa")).toBeInTheDocument();
    expect(requests[0]).toMatchObject({ variables: { clientId: ainoId, after: null } });
    expect(screen.getByRole("button", { name: "Näytä vanhemmat" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
