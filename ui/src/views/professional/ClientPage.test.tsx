import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { fakeGateway, renderView, socialWorkerId } from "../../../test/renderApp";
import ClientPage from "./ClientPage";

const clientId = "0d000000-0000-4000-8000-000000000002";
const forbidden = (field: string, reason = "no_consent") => ({
  message: `You have no lawful basis to read this client's ${field} data.`,
  path: ["client", field],
  extensions: { code: "FORBIDDEN", reason },
});

/** Eetu as the school curator sees him: names and team, but contact, concerns, consents and bans refused. */
const asCurator = () => ({
  data: {
    client: {
      id: clientId,
      firstName: "Eetu",
      lastName: "Virtanen",
      birthDate: "2016-05-02",
      language: "fi",
      hasIdentityCode: true,
      identityCode: "020516A****",
      temporaryIdentifier: null,
      hasNonDisclosureOrder: false,
      controllerOrganization: { id: "o1", name: "County family social services" },
      contact: null,
      families: [
        {
          relation: "CHILD",
          family: {
            id: "f1",
            name: "Virtanen family",
            members: [
              { relation: "GUARDIAN", client: { id: "aino", firstName: "Aino", lastName: "Virtanen", birthDate: "1988-04-12" } },
              { relation: "CHILD", client: { id: clientId, firstName: "Eetu", lastName: "Virtanen", birthDate: "2016-05-02" } },
            ],
          },
        },
      ],
      guardians: [{ since: "2016-05-02", guardian: { id: "aino", firstName: "Aino", lastName: "Virtanen" } }],
      responsibleWorker: { id: socialWorkerId },
      teamMembers: [
        {
          isResponsibleWorker: false,
          professional: {
            id: "curator",
            firstName: "Mikko",
            lastName: "Heikkinen",
            profession: "school curator",
            unit: "Koivula school",
            workPhone: "+358 44 300 4002",
            workEmail: "mikko.heikkinen@kaupunki.example.fi",
            organization: { id: "city", name: "City education services" },
          },
          teams: [{ id: "t1", name: "Virtanen family client team", kind: "CLIENT_TEAM" }],
        },
        {
          isResponsibleWorker: true,
          professional: {
            id: socialWorkerId,
            firstName: "Sari",
            lastName: "Laine",
            profession: "social worker",
            unit: null,
            workPhone: null,
            workEmail: null,
            organization: { id: "o1", name: "County family social services" },
          },
          teams: [{ id: "t1", name: "Virtanen family client team", kind: "CLIENT_TEAM" }],
        },
      ],
      concerns: null,
      consents: null,
      bans: null,
      meetings: [
        {
          id: "m1",
          kind: "NETWORK_MEETING",
          status: "HELD",
          heldOn: "2026-11-20",
          startsAt: null,
          place: null,
          videoLink: null,
          outcome: null,
          cancellationReason: null,
          facilitator: {
            id: "jari",
            firstName: "Jari",
            lastName: "Nieminen",
            organization: { id: "ngo", name: "Family support association" },
          },
          professionals: [{ id: socialWorkerId, firstName: "Sari", lastName: "Laine" }],
          familyMembers: [{ relation: "GUARDIAN", client: { id: "aino", firstName: "Aino" } }],
        },
        {
          id: "m2",
          kind: "NETWORK_MEETING",
          status: "SCHEDULED",
          heldOn: "2099-01-15",
          startsAt: "2099-01-15T12:00:00.000Z",
          place: "North family centre",
          videoLink: "https://meet.example.fi/virtanen",
          outcome: null,
          cancellationReason: null,
          facilitator: {
            id: "jari",
            firstName: "Jari",
            lastName: "Nieminen",
            organization: { id: "ngo", name: "Family support association" },
          },
          professionals: [],
          familyMembers: [{ relation: "CLIENT", client: { id: clientId, firstName: "Eetu" } }],
        },
      ],
    },
  },
  errors: [forbidden("contact"), forbidden("concerns"), forbidden("consents"), forbidden("bans", "ban")],
});

/** The same client as the responsible worker sees him, with a concern the team has not reacted to yet. */
const asWorker = () => {
  const answer = asCurator();
  return {
    data: {
      client: {
        ...answer.data.client,
        contact: { streetAddress: "Koivukuja 3 B 12", postalCode: "80100", postOffice: "Joensuu", phone: null, email: null },
        concerns: [
          {
            id: "k1",
            kind: "CONCERN",
            description: "Eetu falls asleep in class.",
            raisedOn: "2026-12-01",
            deadline: "2026-12-04",
            daysLeft: 0,
            isOverdue: false,
            status: "RAISED",
            service: "family_social_work",
            raisedBy: { professional: { id: "curator", firstName: "Mikko", lastName: "Heikkinen" }, familyMember: null },
            reaction: null,
          },
        ],
        consents: [],
        bans: [],
      },
    },
    errors: [],
  };
};

const section = (name: string) => within(screen.getByRole("heading", { name }).closest("section")!);

describe("the client's page", () => {
  it("shows refused data as not shown with the reason, never as empty", async () => {
    fakeGateway({ ClientPage: asCurator });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    await screen.findByRole("heading", { name: "Eetu Virtanen" });
    expect(section("Concerns").getByText("not shown: no consent")).toBeInTheDocument();
    expect(section("Consents").getByText("not shown: no consent")).toBeInTheDocument();
    expect(section("Bans").getByText("not shown: the client's ban")).toBeInTheDocument();
    expect(section("Basic data").getAllByText("not shown: no consent")).toHaveLength(3); // address, phone, email
    expect(screen.queryByText("No concerns.")).not.toBeInTheDocument();
  });

  it("shows the team across organisations with the responsible worker first, the family and the meetings", async () => {
    fakeGateway({ ClientPage: asCurator });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    const team = within((await screen.findByRole("heading", { name: "Team (My team)" })).closest("section")!);
    const members = team.getAllByRole("listitem");
    expect(members[0]).toHaveTextContent(/^Sari Laine Responsible worker/);
    expect(members[1]).toHaveTextContent("school curator, City education services (Koivula school)");
    expect(section("Guardians").getByRole("link", { name: "Aino Virtanen" })).toHaveAttribute("href", "/clients/aino");
    expect(
      section("Network meetings and meetings").getAllByText(/Facilitator: Jari Nieminen \(Family support association\)/),
    ).toHaveLength(2);
  });

  it("gives each team member's work phone and email as tel: and mailto: links", async () => {
    fakeGateway({ ClientPage: asCurator });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    const team = within((await screen.findByRole("heading", { name: "Team (My team)" })).closest("section")!);
    expect(team.getByRole("link", { name: "Call +358 44 300 4002" })).toHaveAttribute("href", "tel:+358443004002");
    expect(team.getByRole("link", { name: "Email mikko.heikkinen@kaupunki.example.fi" })).toHaveAttribute(
      "href",
      "mailto:mikko.heikkinen@kaupunki.example.fi",
    );
    expect(team.getAllByRole("link")).toHaveLength(2);
  });

  it("lists upcoming meetings apart from past ones, and cancels one with a reason and an Idempotency-Key", async () => {
    const requests = fakeGateway({
      ClientPage: asCurator,
      CancelMeeting: () => ({ data: { cancelMeeting: { id: "m2", status: "CANCELLED", cancellationReason: "Ill" } } }),
    });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    const meetings = within((await screen.findByRole("heading", { name: "Network meetings and meetings" })).closest("section")!);
    const [upcoming, past] = meetings.getAllByRole("list");
    expect(within(upcoming!).getByText(/Network meeting 15\/01\/2099, 14:00/)).toBeInTheDocument();
    expect(within(upcoming!).getByText(/Place: North family centre/)).toBeInTheDocument();
    expect(within(upcoming!).getByRole("link", { name: "Join the video meeting" })).toHaveAttribute(
      "href",
      "https://meet.example.fi/virtanen",
    );
    // Its day has not come: it can be cancelled, not yet recorded as held.
    expect(within(upcoming!).queryByText("Record as held")).not.toBeInTheDocument();
    expect(within(past!).getByText(/Network meeting 20\/11\/2026/)).toBeInTheDocument();
    await userEvent.click(within(upcoming!).getByText("Cancel the meeting", { selector: "summary" }));
    await userEvent.click(within(upcoming!).getByRole("button", { name: "Cancel the meeting" }));
    expect(within(upcoming!).getByLabelText("Why it is cancelled")).toHaveAccessibleDescription("Required.");
    await userEvent.type(within(upcoming!).getByLabelText("Why it is cancelled"), "Eetu is ill");
    await userEvent.click(within(upcoming!).getByRole("button", { name: "Cancel the meeting" }));
    await waitFor(() => expect(requests.map((request) => request.operationName)).toContain("CancelMeeting"));
    const cancel = requests.find((request) => request.operationName === "CancelMeeting")!;
    expect(cancel.variables["input"]).toEqual({ meetingId: "m2", reason: "Eetu is ill" });
    expect(cancel.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("unmasks the identity code only when asked, as its own logged read", async () => {
    const requests = fakeGateway({
      ClientPage: asCurator,
      UnmaskedIdentityCode: () => ({ data: { client: { id: clientId, identityCode: "020516A123B" } } }),
    });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    expect(await screen.findByText("020516A****")).toBeInTheDocument();
    expect(requests.map((request) => request.operationName)).toEqual(["ClientPage"]);
    expect(screen.getByText(/recorded in the access log/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Show the whole code" }));
    expect(await screen.findByText("020516A123B")).toBeInTheDocument();
    expect(requests.at(-1)).toMatchObject({
      operationName: "UnmaskedIdentityCode",
      headers: { "x-silta-purpose": "identity_check" },
    });
  });

  it("records the reaction to a concern with the responsible worker and the client ticked from the start", async () => {
    const requests = fakeGateway({
      ClientPage: asWorker,
      ReactToConcern: () => ({
        data: { reactToConcern: { id: "k1", status: "REACTED", reaction: { meetingOn: "2026-12-03" } } },
      }),
    });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    const concerns = within((await screen.findByRole("heading", { name: "Concerns" })).closest("section")!);
    expect(concerns.getByText("Today")).toBeInTheDocument();
    await userEvent.click(concerns.getByText("Record the reaction (first joint meeting)", { selector: "summary" }));
    await userEvent.clear(concerns.getByLabelText("Day of the meeting"));
    await userEvent.type(concerns.getByLabelText("Day of the meeting"), "2026-11-30");
    await userEvent.click(concerns.getByRole("button", { name: "Record the reaction (first joint meeting)" }));
    expect(concerns.getByLabelText("Day of the meeting")).toHaveAccessibleDescription(
      "The day cannot be before the concern was recorded.",
    );
    await userEvent.clear(concerns.getByLabelText("Day of the meeting"));
    await userEvent.type(concerns.getByLabelText("Day of the meeting"), "2026-12-03");
    await userEvent.click(concerns.getByRole("checkbox", { name: "Aino Virtanen" }));
    await userEvent.click(concerns.getByRole("button", { name: "Record the reaction (first joint meeting)" }));
    await waitFor(() => expect(requests.map((request) => request.operationName)).toContain("ReactToConcern"));
    expect(requests.find((request) => request.operationName === "ReactToConcern")!.variables["input"]).toEqual({
      concernId: "k1",
      meetingOn: "2026-12-03",
      attendingProfessionalIds: [socialWorkerId],
      attendingClientIds: [clientId, "aino"],
    });
  });

  it("records a scheduled meeting whose day has come as held, with what was agreed", async () => {
    const requests = fakeGateway({
      ClientPage: () => {
        const answer = asCurator();
        const [held, scheduled] = answer.data.client.meetings;
        return {
          ...answer,
          data: {
            client: {
              ...answer.data.client,
              meetings: [held!, { ...scheduled!, heldOn: "2000-01-15", startsAt: "2000-01-15T12:00:00.000Z" }],
            },
          },
        };
      },
      RecordMeetingHeld: () => ({ data: { recordMeetingHeld: { id: "m2", status: "HELD", outcome: "Weekly visits" } } }),
    });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    const meetings = within((await screen.findByRole("heading", { name: "Network meetings and meetings" })).closest("section")!);
    const upcoming = within(meetings.getAllByRole("list")[0]!);
    await userEvent.click(upcoming.getByText("Record as held", { selector: "summary" }));
    await userEvent.type(upcoming.getByLabelText("What was agreed"), "Weekly visits");
    await userEvent.click(upcoming.getByRole("button", { name: "Record as held" }));
    await waitFor(() => expect(requests.map((request) => request.operationName)).toContain("RecordMeetingHeld"));
    const held = requests.find((request) => request.operationName === "RecordMeetingHeld")!;
    expect(held.variables["input"]).toEqual({ meetingId: "m2", outcome: "Weekly visits" });
    expect(held.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("asks again when the window regains focus, so a refusal since shows at once (a revoked consent)", async () => {
    let refused = false;
    const requests = fakeGateway({
      ClientPage: () => {
        const answer = asCurator();
        return refused
          ? { data: { client: null }, errors: [{ message: "no", path: ["client"], extensions: { code: "FORBIDDEN" } }] }
          : answer;
      },
    });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    await screen.findByRole("heading", { name: "Eetu Virtanen" });
    refused = true;
    window.dispatchEvent(new Event("visibilitychange"));
    expect(await screen.findByRole("alert")).toHaveTextContent("You are not allowed to do this.");
    expect(requests.filter((request) => request.operationName === "ClientPage")).toHaveLength(2);
  });

  it("says the client is not visible when the gateway refuses the whole client", async () => {
    fakeGateway({
      ClientPage: () => ({
        data: { client: null },
        errors: [{ message: "no", path: ["client"], extensions: { code: "FORBIDDEN" } }],
      }),
    });
    renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId", language: "en" });
    expect(await screen.findByRole("alert")).toHaveTextContent("You are not allowed to do this.");
  });

  it("has no accessibility violations axe can find", async () => {
    fakeGateway({ ClientPage: asWorker });
    const { container } = renderView(<ClientPage />, { path: `/clients/${clientId}`, route: "/clients/:clientId" });
    await screen.findByRole("heading", { name: "Eetu Virtanen" });
    expect(await axe(container)).toHaveNoViolations();
  });
});
