import { randomUUID } from "node:crypto";
import { LocalDate, todayIn } from "@silta/kernel";
import { createTeamsWorld, errorOf, type TeamsWorld } from "./world";

const MEETING_FIELDS = `id kind status heldOn startsAt place videoLink outcome cancellationReason
  facilitator { id } professionals { id } familyMembers { relation client { id } }`;
const SCHEDULE = `mutation ($input: ScheduleNetworkMeetingInput!) { scheduleNetworkMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const HELD = `mutation ($input: RecordMeetingHeldInput!) { recordMeetingHeld(input: $input) { ${MEETING_FIELDS} } }`;
const CANCEL = `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const UPCOMING = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client {
  meetings(status: SCHEDULED) { id status startsAt } } } }`;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe("scheduling a network meeting ahead, then recording it held or cancelling it", () => {
  let world: TeamsWorld;
  interface Family {
    clientId: string;
    responsible: string;
    curator: string;
    facilitator: string;
  }

  beforeAll(async () => {
    world = await createTeamsWorld("teams_scheduled_meetings");
  });
  afterAll(async () => {
    await world?.close();
  });

  async function newProfessional(active = true): Promise<string> {
    const id = randomUUID();
    await world.prisma.professional.create({
      data: { id, firstName: "Test", lastName: "Worker", profession: "social worker", organizationId: world.county, active },
    });
    return id;
  }

  async function newFamily(): Promise<Family> {
    const family = {
      clientId: randomUUID(),
      responsible: await newProfessional(),
      curator: await newProfessional(),
      facilitator: await newProfessional(),
    };
    const teamId = randomUUID();
    const since = new Date("2025-01-01");
    await world.prisma.team.create({ data: { id: teamId, name: "Client team", kind: "CLIENT_TEAM" } });
    await world.prisma.teamMembership.create({
      data: { id: randomUUID(), teamId, professionalId: family.curator, role: "member", since },
    });
    await world.prisma.teamClient.create({ data: { teamId, clientId: family.clientId, since } });
    await world.prisma.responsibleWorker.create({
      data: { id: randomUUID(), clientId: family.clientId, professionalId: family.responsible, since, isCurrent: true },
    });
    return family;
  }

  const scheduleInput = (family: Family, overrides: Record<string, unknown> = {}) => ({
    clientId: family.clientId,
    startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
    place: "North family centre, room 2",
    videoLink: "https://meet.example.fi/virtanen",
    facilitatorId: family.facilitator,
    professionalIds: [family.responsible, family.curator],
    familyMembers: [{ relation: "CLIENT", clientId: family.clientId }, { relation: "PARENT" }],
    ...overrides,
  });

  type Meeting = { id: string; status: string; heldOn: string; startsAt: string; outcome: string | null };

  /** A scheduled meeting whose day has come: written as a schedule would write it, a week in the past. */
  async function scheduledInThePast(family: Family): Promise<string> {
    const id = randomUUID();
    const startsAt = new Date(Date.now() - 7 * DAY);
    await world.prisma.meeting.create({
      data: {
        id,
        kind: "NETWORK_MEETING",
        clientId: family.clientId,
        heldOn: LocalDate.toDb(todayIn("Europe/Helsinki", startsAt)),
        facilitatorId: family.facilitator,
        status: "SCHEDULED",
        startsAt,
        place: "Town hall",
      },
    });
    return id;
  }

  it("schedules a meeting with its place, video link and invitees, lists it as upcoming and publishes meeting.scheduled", async () => {
    const family = await newFamily();
    const id = randomUUID();
    const input = scheduleInput(family, { id });
    const response = await world.run<{ scheduleNetworkMeeting: Meeting }>(SCHEDULE, { input }, world.socialWorker());
    expect(response.errors).toBeUndefined();
    expect(response.data?.scheduleNetworkMeeting).toMatchObject({
      id,
      kind: "NETWORK_MEETING",
      status: "SCHEDULED",
      heldOn: todayIn("Europe/Helsinki", new Date(input.startsAt)),
      startsAt: input.startsAt,
      place: "North family centre, room 2",
      videoLink: "https://meet.example.fi/virtanen",
      outcome: null,
      facilitator: { id: family.facilitator },
      familyMembers: expect.arrayContaining([{ relation: "CLIENT", client: { id: family.clientId } }]),
    });
    const upcoming = await world.run<{ _entities: { meetings: Meeting[] }[] }>(
      UPCOMING,
      { r: [{ __typename: "Client", id: family.clientId }] },
      world.socialWorker(),
    );
    expect(upcoming.data?._entities[0]?.meetings).toEqual([{ id, status: "SCHEDULED", startsAt: input.startsAt }]);
    expect(await world.events(id)).toEqual([
      {
        type: "meeting.scheduled",
        aggregateType: "Meeting",
        data: {
          meetingId: id,
          kind: "NETWORK_MEETING",
          clientId: family.clientId,
          heldOn: todayIn("Europe/Helsinki", new Date(input.startsAt)),
          startsAt: input.startsAt,
          facilitatorId: family.facilitator,
          professionalIds: [family.responsible, family.curator],
          familyMembers: [
            { relation: "CLIENT", clientId: family.clientId },
            { relation: "PARENT", clientId: null },
          ],
        },
      },
    ]);
  });

  it("returns the scheduled meeting on a retry with the same id and refuses a retry with another time", async () => {
    const family = await newFamily();
    const id = randomUUID();
    const input = scheduleInput(family, { id });
    await world.run(SCHEDULE, { input }, world.socialWorker());
    expect((await world.run(SCHEDULE, { input }, world.socialWorker())).errors).toBeUndefined();
    const moved = await world.run(
      SCHEDULE,
      { input: { ...input, startsAt: new Date(Date.now() + 9 * DAY).toISOString() } },
      world.socialWorker(),
    );
    expect(errorOf(moved)).toMatchObject({ code: "CONFLICT" });
    expect((errorOf(moved)["fields"] as string[]).includes("startsAt")).toBe(true);
    expect(await world.events(id)).toHaveLength(1);
  });

  it.each([
    ["a start in the past", () => ({ startsAt: new Date(Date.now() - HOUR).toISOString() }), "input.startsAt", "past"],
    [
      "a start more than a year ahead",
      () => ({ startsAt: new Date(Date.now() + 400 * DAY).toISOString() }),
      "input.startsAt",
      "too_far_ahead",
    ],
    ["neither a place nor a video link", () => ({ place: " ", videoLink: null }), "input.place", "place_or_video_link"],
    ["a video link that is not https", () => ({ videoLink: "http://meet.example.fi/x" }), "input.videoLink", "https_url"],
    ["a script as the video link", () => ({ videoLink: "javascript:alert(1)" }), "input.videoLink", "https_url"],
    [
      "a facilitator on the client's team",
      (f: Family) => ({ facilitatorId: f.curator }),
      "input.facilitatorId",
      "facilitator_on_team",
    ],
    [
      "the responsible worker as facilitator",
      (f: Family) => ({ facilitatorId: f.responsible }),
      "input.facilitatorId",
      "facilitator_on_team",
    ],
    ["an unknown facilitator", () => ({ facilitatorId: randomUUID() }), "input.facilitatorId", "not_found"],
    [
      "the same invitee twice",
      (f: Family) => ({ professionalIds: [f.curator, f.curator] }),
      "input.professionalIds[1]",
      "duplicate",
    ],
    ["a start that is no time", () => ({ startsAt: "next Tuesday" }), "input.startsAt", "date_time"],
  ])("refuses %s with the field and rule, and writes nothing", async (_what, change, field, rule) => {
    const family = await newFamily();
    const response = await world.run(SCHEDULE, { input: scheduleInput(family, change(family)) }, world.socialWorker());
    expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    expect(await world.prisma.meeting.count({ where: { clientId: family.clientId } })).toBe(0);
  });

  it("refuses a facilitator who has left", async () => {
    const family = await newFamily();
    const response = await world.run(
      SCHEDULE,
      { input: scheduleInput(family, { facilitatorId: await newProfessional(false) }) },
      world.socialWorker(),
    );
    expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.facilitatorId", rule: "inactive" });
  });

  it("refuses a professional without a lawful basis for the client, writes nothing and logs the denial", async () => {
    const family = await newFamily();
    const response = await world.run(SCHEDULE, { input: scheduleInput(family) }, world.outsider);
    expect(errorOf(response)).toMatchObject({ code: "FORBIDDEN", category: "team" });
    expect(await world.prisma.meeting.count({ where: { clientId: family.clientId } })).toBe(0);
    expect(world.harness.accessLog.filter((entry) => entry.clientId === family.clientId)).toEqual([
      expect.objectContaining({ action: "create", outcome: "denied" }),
    ]);
  });

  it("records a scheduled meeting as held once its day has come, with its outcome, and publishes meeting.held", async () => {
    const family = await newFamily();
    const id = await scheduledInThePast(family);
    const input = { meetingId: id, outcome: "Agreed on weekly visits of the family worker." };
    const held = await world.run<{ recordMeetingHeld: Meeting }>(HELD, { input }, world.socialWorker());
    expect(held.errors).toBeUndefined();
    expect(held.data?.recordMeetingHeld).toMatchObject({ id, status: "HELD", outcome: input.outcome, place: "Town hall" });
    // Recorded again with the same outcome: the same meeting, no second event; another outcome is a conflict.
    expect((await world.run(HELD, { input }, world.socialWorker())).errors).toBeUndefined();
    const other = await world.run(HELD, { input: { ...input, outcome: "Something else" } }, world.socialWorker());
    expect(errorOf(other)).toMatchObject({ code: "CONFLICT", rule: "meeting_held" });
    const cancel = await world.run(CANCEL, { input: { meetingId: id, reason: "Too late" } }, world.socialWorker());
    expect(errorOf(cancel)).toMatchObject({ code: "CONFLICT", rule: "meeting_held" });
    expect((await world.events(id)).map((event) => [event.type, event.data])).toEqual([
      [
        "meeting.held",
        { meetingId: id, clientId: family.clientId, heldOn: todayIn("Europe/Helsinki", new Date(Date.now() - 7 * DAY)) },
      ],
    ]);
  });

  it("refuses to record as held a meeting whose day has not come, and an empty outcome", async () => {
    const family = await newFamily();
    const scheduled = await world.run<{ scheduleNetworkMeeting: Meeting }>(
      SCHEDULE,
      { input: scheduleInput(family) },
      world.socialWorker(),
    );
    const id = scheduled.data!.scheduleNetworkMeeting.id;
    const early = await world.run(HELD, { input: { meetingId: id, outcome: "Done" } }, world.socialWorker());
    expect(errorOf(early)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.meetingId", rule: "not_yet_held" });
    const empty = await world.run(
      HELD,
      { input: { meetingId: await scheduledInThePast(family), outcome: "  " } },
      world.socialWorker(),
    );
    expect(errorOf(empty)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.outcome", rule: "required" });
    expect(await world.prisma.meeting.count({ where: { clientId: family.clientId, status: "SCHEDULED" } })).toBe(2);
  });

  it("cancels a scheduled meeting with a reason, once, and publishes meeting.cancelled", async () => {
    const family = await newFamily();
    const scheduled = await world.run<{ scheduleNetworkMeeting: Meeting }>(
      SCHEDULE,
      { input: scheduleInput(family) },
      world.socialWorker(),
    );
    const id = scheduled.data!.scheduleNetworkMeeting.id;
    const input = { meetingId: id, reason: "The family asked to move it" };
    const cancelled = await world.run<{ cancelMeeting: Meeting & { cancellationReason: string } }>(
      CANCEL,
      { input },
      world.socialWorker(),
    );
    expect(cancelled.data?.cancelMeeting).toMatchObject({ id, status: "CANCELLED", cancellationReason: input.reason });
    expect((await world.run(CANCEL, { input }, world.socialWorker())).errors).toBeUndefined();
    const held = await world.run(HELD, { input: { meetingId: id, outcome: "x" } }, world.socialWorker());
    expect(errorOf(held)).toMatchObject({ code: "CONFLICT", rule: "meeting_cancelled" });
    expect((await world.events(id)).map((event) => event.type)).toEqual(["meeting.scheduled", "meeting.cancelled"]);
  });

  it("answers a hidden meeting and an id nobody has alike, and changes nothing", async () => {
    const family = await newFamily();
    const id = await scheduledInThePast(family);
    const hidden = await world.run(CANCEL, { input: { meetingId: id, reason: "No" } }, world.outsider);
    const missing = await world.run(CANCEL, { input: { meetingId: randomUUID(), reason: "No" } }, world.outsider);
    expect(errorOf(hidden)).toMatchObject({ code: "FORBIDDEN" });
    expect({ ...errorOf(missing), requestId: undefined }).toEqual({ ...errorOf(hidden), requestId: undefined });
    expect((await world.prisma.meeting.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
  });

  it("answers a retried cancellation with the same Idempotency-Key from the stored result", async () => {
    const family = await newFamily();
    const id = await scheduledInThePast(family);
    const viewer = world.socialWorker();
    const key = randomUUID();
    const first = await world.harness.query(CANCEL, { input: { meetingId: id, reason: "Ill" } }, viewer, {
      "idempotency-key": key,
    });
    expect(first.errors).toBeUndefined();
    const reused = await world.harness.query(CANCEL, { input: { meetingId: id, reason: "Other" } }, viewer, {
      "idempotency-key": key,
    });
    expect(errorOf(reused)).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key", rule: "same_input" });
  });
});
