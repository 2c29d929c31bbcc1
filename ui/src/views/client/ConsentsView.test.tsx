import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { fakeGateway, renderView } from "../../../test/renderApp";
import ConsentsView from "./ConsentsView";
import { ainoId, cityEducationId, clientSession, eetuId } from "./karttaTestData";

const consent = {
  id: "1a000000-0000-4000-8000-000000000002",
  kind: "SHARING",
  purpose: "Support at school, agreed by the guardian",
  categories: ["BASIC", "TEAM"],
  isActive: true,
  validFrom: "2026-09-01",
  validUntil: "2027-08-31",
  revokedAt: null,
  givenBy: "GUARDIAN",
  recipientOrganizations: [{ id: cityEducationId, name: "City education services" }],
};

function gateway(active = true) {
  return fakeGateway({
    KarttaConsents: () => ({
      data: {
        client: { id: eetuId, firstName: "Eetu", consents: [{ ...consent, isActive: active }] },
        organizations: [{ id: cityEducationId, name: "City education services" }],
      },
    }),
    RevokeConsent: (variables) => ({
      data: { revokeConsent: { id: variables["id"], isActive: false, revokedAt: "2026-12-05T10:00:00Z" } },
    }),
    GiveConsent: () => ({ data: { recordConsent: { id: "new", isActive: true } } }),
  });
}

describe("my consents in Kartta", () => {
  it("lists who may see what, and revokes a consent only after the person confirms", async () => {
    const requests = gateway();
    const user = userEvent.setup();
    const { container } = renderView(<ConsentsView />, {
      path: `/kartta/${eetuId}/consents`,
      route: "/kartta/:clientId/consents",
      session: clientSession(),
    });
    expect(await screen.findByText("Support at school, agreed by the guardian")).toBeInTheDocument();
    expect(screen.getByText("City education services", { selector: "strong" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole("button", { name: "Peru suostumus" }));
    expect(requests.some((request) => request.operationName === "RevokeConsent")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Kyllä, peru" }));
    await waitFor(() =>
      expect(requests.find((request) => request.operationName === "RevokeConsent")?.variables).toEqual({ id: consent.id }),
    );
    expect(await screen.findByText("Suostumus on peruttu.")).toBeInTheDocument();
  });

  it("gives a child's consent as the guardian, from the county's today, naming its evidence", async () => {
    const requests = gateway();
    const user = userEvent.setup();
    renderView(<ConsentsView />, {
      path: `/kartta/${eetuId}/consents`,
      route: "/kartta/:clientId/consents",
      session: clientSession(),
    });
    await screen.findByRole("heading", { name: "Anna uusi suostumus" });
    await user.selectOptions(screen.getByLabelText("Kuka saa nähdä tiedot"), cityEducationId);
    await user.click(screen.getByLabelText("Suunnitelma"));
    await user.click(screen.getByLabelText("Perustiedot"));
    await user.type(screen.getByLabelText("Mihin tietoja tarvitaan"), "The plan with the school");
    await user.click(screen.getByRole("button", { name: "Anna suostumus" }));
    await waitFor(() => expect(requests.find((request) => request.operationName === "GiveConsent")).toBeDefined());
    const { input } = requests.find((request) => request.operationName === "GiveConsent")!.variables as {
      input: Record<string, unknown>;
    };
    expect(input).toMatchObject({
      clientId: eetuId,
      givenBy: "GUARDIAN",
      givenByClientId: ainoId,
      recipientOrganizationIds: [cityEducationId],
      categories: ["SERVICE_PLAN", "BASIC"],
      purpose: "The plan with the school",
      form: "ELECTRONIC",
    });
    expect(input["validFrom"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(input["evidenceReference"]).toContain(ainoId);
    expect(await screen.findByText("Suostumus on annettu.")).toBeInTheDocument();
  });

  it("says what is missing instead of sending an incomplete consent", async () => {
    const requests = gateway();
    const user = userEvent.setup();
    renderView(<ConsentsView />, { path: "/kartta/consents", route: "/kartta/consents", session: clientSession() });
    await user.click(await screen.findByRole("button", { name: "Anna suostumus" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Valitse organisaatio");
    expect(requests.filter((request) => request.operationName === "GiveConsent")).toHaveLength(0);
  });

  it("retries a failed revocation with the same Idempotency-Key, and a later one with a new key", async () => {
    let lost = true;
    const requests = fakeGateway({
      KarttaConsents: () => ({
        data: {
          client: { id: eetuId, firstName: "Eetu", consents: [consent] },
          organizations: [{ id: cityEducationId, name: "City education services" }],
        },
      }),
      RevokeConsent: (variables) => {
        // The first answer is lost on the way (the hub may have revoked it already).
        if (lost) {
          lost = false;
          throw new TypeError("network");
        }
        return { data: { revokeConsent: { id: variables["id"], isActive: false, revokedAt: "2026-12-05T10:00:00Z" } } };
      },
    });
    const user = userEvent.setup();
    renderView(<ConsentsView />, {
      path: `/kartta/${eetuId}/consents`,
      route: "/kartta/:clientId/consents",
      session: clientSession(),
    });
    await screen.findByText("Support at school, agreed by the guardian");
    const revokeOnce = async () => {
      await user.click(screen.getByRole("button", { name: "Peru suostumus" }));
      await user.click(screen.getByRole("button", { name: "Kyllä, peru" }));
    };
    await user.click(screen.getByRole("button", { name: "Peru suostumus" }));
    await user.click(screen.getByRole("button", { name: "Kyllä, peru" }));
    await screen.findByRole("alert");
    await user.click(screen.getByRole("button", { name: "Kyllä, peru" }));
    expect(await screen.findByText("Suostumus on peruttu.")).toBeInTheDocument();
    await revokeOnce();
    await waitFor(() => expect(requests.filter((request) => request.operationName === "RevokeConsent")).toHaveLength(3));
    const keys = requests
      .filter((request) => request.operationName === "RevokeConsent")
      .map((request) => request.headers["idempotency-key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(requests.find((request) => request.operationName === "KarttaConsents")!.headers).not.toHaveProperty("idempotency-key");
  });

  it("gives the consent an id of its own, the same when a failed try is repeated, a new one for the next consent", async () => {
    let lost = true;
    const requests = fakeGateway({
      KarttaConsents: () => ({
        data: {
          client: { id: eetuId, firstName: "Eetu", consents: [] },
          organizations: [{ id: cityEducationId, name: "City education services" }],
        },
      }),
      GiveConsent: (variables) => {
        if (lost) {
          lost = false;
          throw new TypeError("network");
        }
        return { data: { recordConsent: { id: (variables["input"] as { id: string }).id, isActive: true } } };
      },
    });
    const user = userEvent.setup();
    renderView(<ConsentsView />, {
      path: `/kartta/${eetuId}/consents`,
      route: "/kartta/:clientId/consents",
      session: clientSession(),
    });
    const giveOne = async (purpose: string) => {
      await user.selectOptions(screen.getByLabelText("Kuka saa nähdä tiedot"), cityEducationId);
      await user.click(screen.getByLabelText("Suunnitelma"));
      await user.type(screen.getByLabelText("Mihin tietoja tarvitaan"), purpose);
      await user.click(screen.getByRole("button", { name: "Anna suostumus" }));
    };
    await screen.findByRole("heading", { name: "Anna uusi suostumus" });
    await giveOne("The plan with the school");
    await screen.findByRole("alert");
    // The form kept what was entered: the same consent is sent again.
    await user.click(screen.getByRole("button", { name: "Anna suostumus" }));
    expect(await screen.findByText("Suostumus on annettu.")).toBeInTheDocument();
    await giveOne("The plan with the school");
    await waitFor(() => expect(requests.filter((request) => request.operationName === "GiveConsent")).toHaveLength(3));
    const ids = requests
      .filter((request) => request.operationName === "GiveConsent")
      .map((request) => (request.variables["input"] as { id: string }).id);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });
});
