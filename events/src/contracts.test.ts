import type { ZodType } from "zod";
import {
  EVENT_CONTRACTS,
  EventContractError,
  checkEventData,
  clientUpdated,
  parseEvent,
  readingOnly,
  teamMemberAdded,
  teamsEvents,
  webhookEventTypesBySource,
  type EventContract,
} from "./index";
import { contract } from "./contract";

const teamId = "0c000000-0000-4000-8000-000000000001";
const professionalId = "0b000000-0000-4000-8000-000000000001";
const organizationId = "0a000000-0000-4000-8000-000000000001";

/**
 * A payload each contract accepts: every field at a value of its kind. Built from the shape, so a
 * new contract is covered without a line here; the kinds are told apart by what they accept.
 */
function validPayloadOf(eventContract: EventContract): Record<string, unknown> {
  const candidates: unknown[] = [
    teamId,
    "2026-03-01",
    "2026-03-01T09:30:00.000Z",
    "member",
    true,
    3,
    [teamId],
    ["member"],
    [{ relation: "parent", clientId: teamId }],
  ];
  return Object.fromEntries(
    Object.entries(eventContract.shape).map(([field, schema]) => {
      const value = candidates.find((candidate) => (schema as ZodType).safeParse(candidate).success);
      if (value === undefined) throw new Error(`no sample value for ${eventContract.type}.${field}`);
      return [field, value];
    }),
  );
}

describe("the event contracts", () => {
  it("declare each type and version once, every type in one place", () => {
    const keys = EVENT_CONTRACTS.map((eventContract) => `${eventContract.type}@${eventContract.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  /** Whether data of the older version would be read as the newer one: then parseEvent could not tell them apart. */
  const readsAsNewer = (older: EventContract, newer: EventContract) => newer.read.safeParse(validPayloadOf(older)).success;

  it("give each newer version of a type a required field the older lacks or types differently (ADR 0016)", () => {
    const version2 = (unitId: ZodType) =>
      contract({
        type: "team.member_added",
        version: 2,
        source: "teams",
        entity: "Team",
        shape: { ...teamMemberAdded.shape, unitId },
      });
    const withOptionalUnit = version2(teamMemberAdded.shape.teamId.nullish());
    const withRequiredUnit = version2(teamMemberAdded.shape.teamId);
    expect(readsAsNewer(teamMemberAdded, withOptionalUnit)).toBe(true);
    expect(readsAsNewer(teamMemberAdded, withRequiredUnit)).toBe(false);
    for (const newer of EVENT_CONTRACTS)
      for (const older of EVENT_CONTRACTS)
        if (older.type === newer.type && older.version < newer.version) expect(readsAsNewer(older, newer)).toBe(false);
  });

  describe.each(
    EVENT_CONTRACTS.map((eventContract) => [`${eventContract.type} v${eventContract.version}`, eventContract] as const),
  )("%s", (_name, eventContract) => {
    const valid = validPayloadOf(eventContract);
    const required = Object.keys(eventContract.shape).filter(
      (field) => !(eventContract.shape[field] as ZodType).safeParse(undefined).success,
    );

    it("accepts a payload of its fields", () => {
      expect(() => checkEventData(eventContract.type, valid)).not.toThrow();
    });

    it("refuses a field it does not declare, naming it", () => {
      expect(() => checkEventData(eventContract.type, { ...valid, firstNameOfTheClient: "x" })).toThrow(/firstNameOfTheClient/);
    });

    it("refuses a payload without a required field, or with a mistyped one, naming the field", () => {
      const field = required[0]!;
      const { [field]: _dropped, ...without } = valid;
      expect(() => checkEventData(eventContract.type, without)).toThrow(new RegExp(`data\\.${field}`));
      expect(() => checkEventData(eventContract.type, { ...valid, [field]: { nested: true } })).toThrow(
        new RegExp(`data\\.${field}`),
      );
    });
  });

  it("refuses a type nobody declared, and says so", () => {
    expect(() => checkEventData("team.renamed", {})).toThrow(/team\.renamed refused: not a type of the event catalogue/);
  });

  it("checks the data as it goes on the wire: a Date is the ISO time it becomes, not a day", () => {
    const data = { teamId, professionalId, organizationId, role: "member", since: new Date("2026-03-01"), until: null };
    expect(() => checkEventData("team.member_added", data)).toThrow(EventContractError);
    expect(() => checkEventData("team.member_added", data)).toThrow(/data\.since/);
    expect(() => checkEventData("team.member_added", { ...data, since: "2026-03-01" })).not.toThrow();
  });

  it("lists the webhook types by source, without the integration subgraph's own events", () => {
    const bySource = webhookEventTypesBySource();
    expect(Object.keys(bySource)).toEqual(["teams", "clients", "consents", "fit", "training"]);
    expect(bySource.teams).toEqual(teamsEvents.map((eventContract) => eventContract.type));
    expect(Object.values(bySource).flat()).not.toContain("webhook_subscription.created");
  });
});

describe("parseEvent", () => {
  const data = { teamId, professionalId, organizationId, role: "member", since: "2026-03-01", until: null };

  it("gives the typed data of an accepted type, dropping fields the consumer does not know", () => {
    const parsed = parseEvent({ type: "team.member_added", data: { ...data, addedLater: 1 } }, [teamMemberAdded, clientUpdated]);
    expect(parsed).toEqual({ outcome: "parsed", event: { type: "team.member_added", version: 1, data } });
  });

  it("ignores a type the consumer does not accept", () => {
    expect(parseEvent({ type: "team.created", data: { teamId, kind: "MOTI" } }, [teamMemberAdded])).toEqual({
      outcome: "not_consumed",
    });
  });

  it("reports malformed data of an accepted type, field by field", () => {
    const parsed = parseEvent({ type: "team.member_added", data: { ...data, teamId: "team-1" } }, [teamMemberAdded]);
    expect(parsed).toEqual({ outcome: "malformed", problems: [expect.stringMatching(/^version 1: data\.teamId: /)] });
  });

  it("reads only the fields a consumer names, so a field it never uses cannot refuse the event", () => {
    const partial = { teamId, professionalId, role: "member" };
    expect(parseEvent({ type: "team.member_added", data: partial }, [teamMemberAdded])).toMatchObject({ outcome: "malformed" });
    expect(parseEvent({ type: "team.member_added", data: partial }, [readingOnly(teamMemberAdded, ["teamId", "role"])])).toEqual({
      outcome: "parsed",
      event: { type: "team.member_added", version: 1, data: { teamId, role: "member" } },
    });
  });

  it("reads with the newest version the consumer knows that reads the data", () => {
    const version2 = contract({
      type: "team.member_added",
      version: 2,
      source: "teams",
      entity: "Team",
      shape: { ...teamMemberAdded.shape, unitId: teamMemberAdded.shape.teamId },
    });
    const old = parseEvent({ type: "team.member_added", data }, [teamMemberAdded, version2]);
    expect(old).toMatchObject({ outcome: "parsed", event: { version: 1 } });
    const current = parseEvent({ type: "team.member_added", data: { ...data, unitId: teamId } }, [teamMemberAdded, version2]);
    expect(current).toMatchObject({ outcome: "parsed", event: { version: 2, data: { unitId: teamId } } });
  });
});
