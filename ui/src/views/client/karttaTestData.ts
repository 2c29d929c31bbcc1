import { testToken } from "../../../test/renderApp";
import type { Session } from "../../auth/AuthContext";
import { viewerFromToken } from "../../auth/viewerFromToken";

/** The demo county's Aino (a client, guardian of Eetu), for Kartta's component tests. */
export const ainoId = "0d000000-0000-4000-8000-000000000001";
export const eetuId = "0d000000-0000-4000-8000-000000000002";
export const cityEducationId = "0a000000-0000-4000-8000-000000000004";

export function clientSession(id = ainoId): Session {
  const token = testToken({ sub: id, silta_kind: "client", roles: [] });
  return { token, label: "client", viewer: viewerFromToken(token) };
}

export const sari = {
  id: "0b000000-0000-4000-8000-000000000001",
  firstName: "Sari",
  lastName: "Laine",
  profession: "social worker",
  workPhone: "+358 40 100 2001",
  workEmail: "sari.laine@hyvinvointialue.example.fi",
  organization: { id: "0a000000-0000-4000-8000-000000000001", name: "County family social services" },
};

export function overviewOf(clientId: string, plan: unknown) {
  return {
    client: {
      id: clientId,
      firstName: clientId === ainoId ? "Aino" : "Eetu",
      lastName: "Virtanen",
      families: [
        {
          relation: clientId === ainoId ? "GUARDIAN" : "CHILD",
          family: {
            id: "2c000000-0000-4000-8000-000000000001",
            members: [
              { relation: "GUARDIAN", client: { id: ainoId, firstName: "Aino" } },
              { relation: "CHILD", client: { id: eetuId, firstName: "Eetu" } },
            ],
          },
        },
      ],
      servicePlan: plan,
      responsibleWorker: sari,
      teamMembers: [
        { isResponsibleWorker: true, professional: sari, teams: [{ id: "t1", name: "Virtanen family client team" }] },
      ],
      upcomingMeetings: [
        {
          id: "m2",
          kind: "NETWORK_MEETING",
          startsAt: "2099-01-15T12:00:00.000Z",
          place: "North family centre",
          videoLink: "https://meet.example.fi/virtanen",
          facilitator: { id: "jari", firstName: "Jari", lastName: "Nieminen" },
        },
      ],
    },
  };
}

export const eetuPlan = {
  id: "2e000000-0000-4000-8000-000000000001",
  version: 3,
  goals: ["I want to go to school without a stomach ache."],
  updatedAt: "2026-11-01T10:00:00Z",
  agreements: [
    {
      id: "ag1",
      concern: "Eetu is tired at school.",
      nextAction: "Bedtime at nine on school nights.",
      responsible: { professional: null, familyMember: { id: ainoId, firstName: "Aino" } },
      ifNotDone: "We talk with the school nurse.",
      followUp: "Next meeting",
      dueOn: "2026-12-15",
      status: "OPEN",
      isOverdue: false,
    },
  ],
  reviews: [],
};
