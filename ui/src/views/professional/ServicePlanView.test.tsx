import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { fakeGateway, renderView } from "../../../test/renderApp";
import ServicePlanView from "./ServicePlanView";

const clientId = "0d000000-0000-4000-8000-000000000002";
const plan = {
  id: "plan-1",
  version: 3,
  goals: ["I want to go to school without a stomach ache."],
  updatedAt: "2026-11-30T10:00:00.000Z",
  agreements: [
    {
      id: "a1",
      concern: "Eetu misses school.",
      nextAction: "Aino walks Eetu to school every morning.",
      responsible: { professional: null, familyMember: { id: "aino", firstName: "Aino", lastName: "Virtanen" } },
      ifNotDone: "The curator calls home the same day.",
      followUp: "Absences checked weekly.",
      dueOn: "2026-12-20",
      status: "OPEN",
      isOverdue: false,
    },
  ],
  reviews: [{ id: "r1", reviewedOn: "2026-11-30", findings: "Fewer absences.", changes: "None." }],
  history: [{ at: "2026-11-30T10:00:00.000Z", action: "agreement_added", details: "Agreement added", agreementId: "a1" }],
};
const servicePlan = (withPlan = true) => ({
  data: {
    client: {
      id: clientId,
      firstName: "Eetu",
      lastName: "Virtanen",
      teamMembers: [{ professional: { id: "sw", firstName: "Sari", lastName: "Laine", profession: "social worker" } }],
      families: [
        {
          family: {
            id: "f1",
            members: [
              { relation: "GUARDIAN", client: { id: "aino", firstName: "Aino", lastName: "Virtanen" } },
              { relation: "CHILD", client: { id: clientId, firstName: "Eetu", lastName: "Virtanen" } },
            ],
          },
        },
      ],
      servicePlan: withPlan ? plan : null,
    },
  },
});

describe("the shared service plan", () => {
  it("shows each agreement in its four parts, the family member as responsible", async () => {
    fakeGateway({ ServicePlan: () => servicePlan() });
    renderView(<ServicePlanView />, { path: `/clients/${clientId}/plan`, route: "/clients/:clientId/plan", language: "en" });
    const agreements = within((await screen.findByRole("heading", { name: "Agreements" })).closest("section")!);
    const card = agreements.getAllByRole("listitem")[0]!;
    expect(within(card).getByText("What worries us").nextSibling).toHaveTextContent("Eetu misses school.");
    expect(within(card).getByText("Next actions").nextSibling).toHaveTextContent("Aino walks Eetu to school every morning.");
    expect(within(card).getByText("Who is responsible").nextSibling).toHaveTextContent("Aino Virtanen (family)");
    expect(within(card).getByText("What follows if it does not happen").nextSibling).toHaveTextContent(
      "The curator calls home the same day.",
    );
    expect(screen.getByText("I want to go to school without a stomach ache.")).toBeInTheDocument();
    expect(screen.getByText("Fewer absences.")).toBeInTheDocument();
  });

  it("adds an agreement only when its four parts, the responsible and the day are given", async () => {
    const requests = fakeGateway({
      ServicePlan: () => servicePlan(),
      AddAgreement: () => ({ data: { addAgreement: { id: "a2", status: "OPEN" } } }),
    });
    renderView(<ServicePlanView />, { path: `/clients/${clientId}/plan`, route: "/clients/:clientId/plan", language: "en" });
    const form = within((await screen.findByRole("heading", { name: "Add an agreement" })).closest("form")!);
    await userEvent.click(form.getByRole("button", { name: "Add an agreement" }));
    expect(form.getByRole("textbox", { name: "What worries us" })).toHaveAccessibleDescription("Required.");
    expect(form.getByRole("combobox", { name: "Who is responsible" })).toHaveAccessibleDescription(
      "A professional or a family member. Required.",
    );
    expect(requests.some((request) => request.operationName === "AddAgreement")).toBe(false);

    await userEvent.type(form.getByRole("textbox", { name: "What worries us" }), "Evenings are restless.");
    await userEvent.type(form.getByRole("textbox", { name: "Next actions" }), "A bedtime routine.");
    await userEvent.selectOptions(form.getByRole("combobox", { name: "Who is responsible" }), "Aino Virtanen (guardian)");
    await userEvent.type(
      form.getByRole("textbox", { name: "What follows if it does not happen" }),
      "Family work visits at home.",
    );
    await userEvent.type(form.getByRole("textbox", { name: "Follow-up" }), "In two weeks.");
    await userEvent.type(form.getByLabelText("Due"), "2099-01-15");
    await userEvent.click(form.getByRole("button", { name: "Add an agreement" }));
    expect(await screen.findByText("The agreement was added.")).toBeInTheDocument();
    expect(requests.find((request) => request.operationName === "AddAgreement")!.variables["input"]).toMatchObject({
      planId: "plan-1",
      concern: "Evenings are restless.",
      responsible: { familyMemberClientId: "aino" },
      dueOn: "2099-01-15",
    });
  });

  it("saves the goals with the version read, and says so when someone else changed the plan meanwhile", async () => {
    const requests = fakeGateway({
      ServicePlan: () => servicePlan(),
      UpdateServicePlanGoals: () => ({
        data: null,
        errors: [{ message: "version 4 is current", extensions: { code: "CONFLICT" } }],
      }),
    });
    renderView(<ServicePlanView />, { path: `/clients/${clientId}/plan`, route: "/clients/:clientId/plan", language: "en" });
    await userEvent.click(await screen.findByRole("button", { name: "Edit the goals" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Goals" }), "\nI sleep well.");
    await userEvent.click(screen.getByRole("button", { name: "Save the goals" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This changed in the meantime. Reload the page and try again.");
    expect(requests.find((request) => request.operationName === "UpdateServicePlanGoals")!.variables["input"]).toEqual({
      planId: "plan-1",
      goals: ["I want to go to school without a stomach ache.", "I sleep well."],
      expectedVersion: 3,
    });
  });

  it("offers to start a plan when there is none, and says why when the plan is refused", async () => {
    fakeGateway({ ServicePlan: () => servicePlan(false) });
    const { unmount } = renderView(<ServicePlanView />, {
      path: `/clients/${clientId}/plan`,
      route: "/clients/:clientId/plan",
      language: "en",
    });
    expect(await screen.findByText("The client has no shared service plan yet.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start the plan" })).toBeInTheDocument();
    unmount();
    fakeGateway({
      ServicePlan: () => ({
        ...servicePlan(false),
        errors: [{ message: "no", path: ["client", "servicePlan"], extensions: { code: "FORBIDDEN", reason: "no_consent" } }],
      }),
    });
    renderView(<ServicePlanView />, { path: `/clients/${clientId}/plan`, route: "/clients/:clientId/plan", language: "en" });
    expect(await screen.findByText("not shown: no consent")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start the plan" })).not.toBeInTheDocument();
  });

  it("has no accessibility violations axe can find", async () => {
    fakeGateway({ ServicePlan: () => servicePlan() });
    const { container } = renderView(<ServicePlanView />, {
      path: `/clients/${clientId}/plan`,
      route: "/clients/:clientId/plan",
    });
    await screen.findByRole("heading", { name: "Sopimukset" });
    expect(await axe(container)).toHaveNoViolations();
  });
});
