import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { countyId, fakeGateway, renderView, socialWorkerId } from "../../../../test/renderApp";
import NetworkMeetingView from "./NetworkMeetingForm";
import RaiseConcernView from "./RaiseConcernForm";
import RecordConsentView from "./RecordConsentForm";

const clientId = "0d000000-0000-4000-8000-000000000002";
const choices = () => ({
  data: {
    client: {
      id: clientId,
      firstName: "Eetu",
      lastName: "Virtanen",
      teamMembers: [
        {
          professional: {
            id: socialWorkerId,
            firstName: "Sari",
            lastName: "Laine",
            profession: "social worker",
            organization: { id: countyId, name: "County" },
          },
          teams: [{ id: "t1", name: "Virtanen family client team" }],
        },
      ],
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
    },
    organizations: [
      { id: countyId, name: "County family social services", isCountyOrganization: true },
      { id: "city", name: "City education services", isCountyOrganization: false },
    ],
    deadlineRules: [{ code: "first_joint_meeting", description: "3 days", days: 3, unit: "CALENDAR_DAYS", services: [] }],
  },
});
const teams = () => ({
  data: {
    teams: [
      {
        id: "north",
        name: "North area team",
        members: [
          {
            professional: {
              id: socialWorkerId,
              firstName: "Sari",
              lastName: "Laine",
              profession: "social worker",
              organization: { id: countyId, name: "County", isCountyOrganization: true },
            },
          },
          {
            professional: {
              id: "jari",
              firstName: "Jari",
              lastName: "Nieminen",
              profession: "family worker",
              organization: { id: "ngo", name: "Family support association", isCountyOrganization: false },
            },
          },
        ],
      },
    ],
  },
});
const badInput = (field: string, rule: string) => ({
  data: null,
  errors: [{ message: `${field}: ${rule}`, extensions: { code: "BAD_USER_INPUT", field, rule } }],
});

describe("raising a concern", () => {
  const at = { path: `/clients/${clientId}/concerns/new`, route: "/clients/:clientId/concerns/new", language: "en" as const };

  it("asks for a description before sending, then sends it for the client in the worker's organisation", async () => {
    const requests = fakeGateway({
      FormChoices: choices,
      RaiseConcern: () => ({ data: { raiseConcern: { id: "k", deadline: "2026-12-07", daysLeft: 3 } } }),
    });
    renderView(<RaiseConcernView />, at);
    await userEvent.click(await screen.findByRole("button", { name: "Record the concern" }));
    expect(screen.getByRole("textbox", { name: "What worries you" })).toHaveAccessibleDescription(
      "Say concretely what you have seen or heard. Required.",
    );
    await userEvent.type(screen.getByRole("textbox", { name: "What worries you" }), "Eetu falls asleep in class.");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Who is worried" }), "Aino Virtanen (guardian)");
    await userEvent.click(screen.getByRole("button", { name: "Record the concern" }));
    expect(await screen.findByText("elsewhere")).toBeInTheDocument(); // back on the client's page
    expect(requests.find((request) => request.operationName === "RaiseConcern")!.variables["input"]).toMatchObject({
      clientId,
      description: "Eetu falls asleep in class.",
      service: "family_social_work",
      organizationId: countyId,
      raisedByClientId: "aino",
    });
  });

  it("shows the hub's refusal at the field it names", async () => {
    fakeGateway({ FormChoices: choices, RaiseConcern: () => badInput("input.raisedOn", "not_after") });
    renderView(<RaiseConcernView />, at);
    await userEvent.type(await screen.findByRole("textbox", { name: "What worries you" }), "Worry.");
    await userEvent.click(screen.getByRole("button", { name: "Record the concern" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Check the details you entered.");
    expect(screen.getByLabelText("Day of the concern")).toHaveAccessibleDescription("Check this field.");
  });
});

describe("recording a consent", () => {
  const at = { path: `/clients/${clientId}/consents/new`, route: "/clients/:clientId/consents/new", language: "en" as const };

  it("needs recipients, data, a purpose and, for a written consent, its document", async () => {
    const requests = fakeGateway({ FormChoices: choices });
    renderView(<RecordConsentView />, at);
    await userEvent.click(await screen.findByRole("button", { name: "Record the consent" }));
    expect(screen.getByRole("group", { name: "Who may receive the data" })).toHaveAccessibleDescription("Required.");
    expect(screen.getByRole("group", { name: "Which data" })).toHaveAccessibleDescription("Required.");
    expect(screen.getByRole("textbox", { name: "Document reference" })).toHaveAccessibleDescription(
      "The id of the signed document or the electronic record. Required.",
    );
    expect(requests.map((request) => request.operationName)).toEqual(["FormChoices"]);
  });

  it("records the consent a guardian gave, for the organisations outside the county only", async () => {
    const requests = fakeGateway({
      FormChoices: choices,
      RecordConsent: () => ({ data: { recordConsent: { id: "c", isActive: true, validFrom: "2026-12-04" } } }),
    });
    renderView(<RecordConsentView />, at);
    expect(await screen.findByRole("checkbox", { name: "City education services" })).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "County family social services" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("checkbox", { name: "City education services" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "service plan" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Purpose" }), "Team work with the school");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Who gave the consent" }), "Guardian Aino Virtanen");
    await userEvent.type(screen.getByRole("textbox", { name: "Document reference" }), "DOC-1");
    await userEvent.click(screen.getByRole("button", { name: "Record the consent" }));
    await screen.findByText("elsewhere");
    expect(requests.find((request) => request.operationName === "RecordConsent")!.variables["input"]).toMatchObject({
      clientId,
      givenBy: "GUARDIAN",
      givenByClientId: "aino",
      recipientOrganizationIds: ["city"],
      categories: ["SERVICE_PLAN"],
      form: "WRITTEN",
      evidenceReference: "DOC-1",
    });
  });
});

describe("scheduling and recording a network meeting", () => {
  const at = { path: `/clients/${clientId}/meetings/new`, route: "/clients/:clientId/meetings/new", language: "en" as const };

  it("offers only facilitators from outside the client's team, and sends who took part", async () => {
    const requests = fakeGateway({
      FormChoices: choices,
      OrganizationProfessionals: teams,
      RecordNetworkMeeting: () => ({ data: { recordNetworkMeeting: { id: "m", heldOn: "2026-12-04" } } }),
    });
    renderView(<NetworkMeetingView />, at);
    const facilitator = await screen.findByRole("combobox", { name: "Facilitator" });
    await userEvent.click(screen.getByRole("radio", { name: "Record one already held" }));
    expect([...(facilitator as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      "Choose…",
      "Jari Nieminen (Family support association)",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Record the meeting" }));
    expect(facilitator).toHaveAccessibleDescription("Not a member of the client's team nor the responsible worker. Required.");
    await userEvent.selectOptions(facilitator, "Jari Nieminen (Family support association)");
    await userEvent.click(screen.getByRole("checkbox", { name: "Sari Laine (County)" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Aino Virtanen (guardian)" }));
    await userEvent.click(screen.getByRole("button", { name: "Record the meeting" }));
    await screen.findByText("elsewhere");
    expect(requests.find((request) => request.operationName === "RecordNetworkMeeting")!.variables["input"]).toMatchObject({
      clientId,
      facilitatorId: "jari",
      professionalIds: [socialWorkerId],
      familyMembers: [
        { relation: "CLIENT", clientId },
        { relation: "GUARDIAN", clientId: "aino" },
      ],
    });
  });
});

describe("scheduling a network meeting ahead", () => {
  const at = { path: `/clients/${clientId}/meetings/new`, route: "/clients/:clientId/meetings/new", language: "en" as const };

  it("schedules by default: checks time, place and link by the hub's rules, then sends the county's time as an instant", async () => {
    const requests = fakeGateway({
      FormChoices: choices,
      OrganizationProfessionals: teams,
      ScheduleNetworkMeeting: () => ({
        data: { scheduleNetworkMeeting: { id: "m", status: "SCHEDULED", startsAt: "2099-01-15T12:00:00.000Z" } },
      }),
    });
    renderView(<NetworkMeetingView />, at);
    const facilitator = await screen.findByRole("combobox", { name: "Facilitator" });
    expect(screen.getByRole("radio", { name: "Schedule it ahead" })).toBeChecked();
    await userEvent.type(screen.getByLabelText("Video link"), "http://meet.example.fi/x");
    await userEvent.click(screen.getByRole("button", { name: "Schedule the meeting" }));
    expect(screen.getByLabelText("Day")).toHaveAccessibleDescription("Required.");
    expect(screen.getByLabelText("Time")).toHaveAccessibleDescription("Finnish time. Required.");
    expect(screen.getByLabelText("Video link")).toHaveAccessibleDescription(
      "A link starting with https:// to the video meeting. The link must start with https://.",
    );
    expect(requests.some((request) => request.operationName === "ScheduleNetworkMeeting")).toBe(false);
    await userEvent.type(screen.getByLabelText("Day"), "2099-01-15");
    await userEvent.type(screen.getByLabelText("Time"), "14:00");
    await userEvent.clear(screen.getByLabelText("Video link"));
    await userEvent.type(screen.getByLabelText("Place"), "North family centre");
    await userEvent.selectOptions(facilitator, "Jari Nieminen (Family support association)");
    await userEvent.click(screen.getByRole("checkbox", { name: "Aino Virtanen (guardian)" }));
    await userEvent.click(screen.getByRole("button", { name: "Schedule the meeting" }));
    await screen.findByText("elsewhere");
    const sent = requests.find((request) => request.operationName === "ScheduleNetworkMeeting")!.variables["input"];
    expect(sent).toMatchObject({
      clientId,
      startsAt: "2099-01-15T12:00:00.000Z",
      place: "North family centre",
      videoLink: null,
      facilitatorId: "jari",
      professionalIds: [],
      familyMembers: [
        { relation: "CLIENT", clientId },
        { relation: "GUARDIAN", clientId: "aino" },
      ],
    });
    expect(sent).toHaveProperty("id", expect.stringMatching(/^[0-9a-f-]{36}$/));
  });
});

describe("the forms", () => {
  it.each([
    ["concern", RaiseConcernView, "concerns"],
    ["consent", RecordConsentView, "consents"],
    ["meeting", NetworkMeetingView, "meetings"],
  ])("%s has no accessibility violations axe can find", async (_name, View, segment) => {
    fakeGateway({ FormChoices: choices, OrganizationProfessionals: teams });
    const { container } = renderView(<View />, {
      path: `/clients/${clientId}/${segment}/new`,
      route: `/clients/:clientId/${segment}/new`,
    });
    await screen.findByRole("button", { name: /Kirjaa|Sovi/ });
    expect(await axe(container)).toHaveNoViolations();
  });
});
