import { createHash } from "node:crypto";
import { validateIdentityCode } from "@silta/clients/identityCode";
import { dayOf } from "./days";
import { generateCounty } from "./generateCounty";
import { tables, type Row, type RowSink, type TableName } from "./tables";

/** Rows by table, as the database would receive them; identity codes kept in clear so they can be checked. */
function generate(clients: number, seed: number): Record<TableName, Row[]> {
  const rows = Object.fromEntries(Object.keys(tables).map((name) => [name, [] as Row[]])) as Record<TableName, Row[]>;
  const sink: RowSink = { add: (table, row) => rows[table].push(row) };
  for (const _ of generateCounty(
    {
      clients,
      seed,
      today: dayOf("2026-11-23"),
      hashIdentityCode: (code) => code,
      encryptIdentityCode: (code) => `encrypted:${code}`,
    },
    sink,
  ));
  return rows;
}

const column = (table: TableName, name: string) => tables[table].columns.findIndex((candidate) => candidate.name === name);
const ids = (rows: readonly Row[], index = 0) => new Set(rows.map((row) => row[index]));
const digest = (rows: Record<TableName, Row[]>) => createHash("sha256").update(JSON.stringify(rows)).digest("hex");

describe("the generated county", () => {
  const county = generate(6_000, 7);

  it("has exactly the clients asked for, each with a valid, unique test identity code matching the birth date", () => {
    expect(county.client).toHaveLength(6_000);
    const codes = county.client.map((row) => row[column("client", "identity_code_hash")] as string);
    expect(new Set(codes).size).toBe(codes.length);
    const wrong = county.client.filter((row) => {
      const result = validateIdentityCode(row[column("client", "identity_code_hash")] as string);
      return (
        !result.ok || !result.isTemporary || result.birthDate.toISOString().slice(0, 10) !== row[column("client", "birth_date")]
      );
    });
    expect(wrong).toEqual([]);
  });

  it("puts every FIT score in a session of the client's own episode, on the session's day", () => {
    const episodes = new Map(county.episode.map((row) => [row[0], row[column("episode", "client_id")]]));
    const sessions = new Map(
      county.fit_session.map((row) => [
        row[0],
        { episode: row[column("fit_session", "episode_id")], day: row[column("fit_session", "held_on")] },
      ]),
    );
    const wrong = county.measurement.filter((row) => {
      const session = sessions.get(row[column("measurement", "session_id")]);
      return (
        !session ||
        session.episode !== row[column("measurement", "episode_id")] ||
        session.day !== row[column("measurement", "measured_on")] ||
        episodes.get(session.episode) !== row[column("measurement", "client_id")]
      );
    });
    expect(wrong).toEqual([]);
    expect(county.fit_session.every((row) => episodes.has(row[column("fit_session", "episode_id")]))).toBe(true);
  });

  it("has about one professional per 60 clients, across every kind of organisation", () => {
    expect(county.professional.length / 6_000).toBeGreaterThan(1 / 75);
    expect(county.professional.length / 6_000).toBeLessThan(1 / 45);
    const types = new Set(county.organization.map((row) => row[column("organization", "type")]));
    expect(types.size).toBe(8);
  });

  it("links most clients to a team, and every link and membership to a team that exists", () => {
    const teams = ids(county.team);
    const professionals = ids(county.professional);
    expect(county.team_client.every((row) => teams.has(row[0]))).toBe(true);
    expect(county.team_membership.every((row) => teams.has(row[1]) && professionals.has(row[2]))).toBe(true);
    const linked = ids(county.team_client, column("team_client", "client_id")).size;
    expect(linked / 6_000).toBeGreaterThan(0.75);
    const kinds = new Set(county.team.map((row) => row[column("team", "kind")]));
    expect([...kinds].sort()).toEqual(["AREA_TEAM", "CLIENT_TEAM", "FAMILY_CENTRE_TEAM", "STEERING_GROUP"]);
  });

  it("gives about half of the clients a consent, always to an organisation outside the county", () => {
    const consenting = ids(county.consent, column("consent", "client_id")).size / 6_000;
    expect(consenting).toBeGreaterThan(0.4);
    expect(consenting).toBeLessThan(0.6);
    const outside = new Set(
      county.organization.filter((row) => row[column("organization", "is_county_organization")] === false).map((row) => row[0]),
    );
    expect(county.consent.every((row) => outside.has(row[column("consent", "recipient_organization_id")]))).toBe(true);
  });

  it("records about ten FIT scores per client, outcome and session ratings in pairs, items summing to the total", () => {
    const perClient = county.measurement.length / 6_000;
    expect(perClient).toBeGreaterThan(8);
    expect(perClient).toBeLessThan(12);
    const instruments = county.measurement.map((row) => row[column("measurement", "instrument")] as string);
    expect(instruments.filter((name) => name.endsWith("ORS")).length).toBe(
      instruments.filter((name) => name.endsWith("SRS")).length,
    );
    // Checked in plain code and asserted once: 60,000 expect() calls would take seconds.
    const wrong = county.measurement.filter((row) => {
      const total = row[column("measurement", "total")] as string;
      const items = (row[column("measurement", "items")] as string).slice(1, -1).split(",");
      const tenths = items.map((item) => Math.round(Number(item) * 10));
      return (
        !/^\d{1,2}\.\d$/.test(total) ||
        Number(total) > 40 ||
        items.length !== 4 ||
        items.some((item) => !/^\d{1,2}\.\d$/.test(item) || Number(item) > 10) ||
        tenths.reduce((sum, item) => sum + item, 0) !== Math.round(Number(total) * 10)
      );
    });
    expect(wrong).toEqual([]);
  });

  it("has FIT training for about six in ten professionals", () => {
    const trained = ids(county.training_completion, column("training_completion", "professional_id")).size;
    expect(trained / county.professional.length).toBeGreaterThan(0.45);
    expect(trained / county.professional.length).toBeLessThan(0.75);
  });

  it("gives every client exactly one responsible worker, current unless the episode ended, the same in every subgraph", () => {
    const clients = ids(county.client);
    const professionals = ids(county.professional);
    const history = county.responsible_worker;
    expect(history).toHaveLength(6_000);
    expect(ids(history, column("responsible_worker", "client_id"))).toEqual(clients);
    expect(history.every((row) => professionals.has(row[column("responsible_worker", "professional_id")]))).toBe(true);
    const current = history.filter((row) => row[column("responsible_worker", "is_current")] === true);
    const ended = history.filter((row) => row[column("responsible_worker", "until")] !== null);
    expect(history.every((row) => (row[column("responsible_worker", "until")] === null) === (row[5] === true))).toBe(true);
    expect(history.every((row) => row[5] === true || row[5] === null)).toBe(true);
    expect(ended.length / 6_000).toBeGreaterThan(0.15);
    expect(ended.length / 6_000).toBeLessThan(0.35);
    const pairs = (rows: readonly Row[], client: number, professional: number) =>
      rows.map((row) => `${row[client]}:${row[professional]}`).sort();
    const currentPairs = pairs(current, 1, 2);
    expect(pairs(county.client_responsible_worker, 0, 1)).toEqual(currentPairs);
    expect(pairs(county.access_responsible_worker, 0, 1)).toEqual(currentPairs);
  });

  it("projects organisations, teams, clients and relationships into the consents subgraph with generated ids only", () => {
    const organizations = ids(county.organization);
    const teams = ids(county.team);
    const clients = ids(county.client);
    const professionals = ids(county.professional);
    expect(ids(county.access_organization)).toEqual(organizations);
    const county_ = new Set(county.organization.filter((row) => row[4] === true).map((row) => row[0]));
    expect(county.access_organization.every((row) => (row[1] === true) === county_.has(row[0]))).toBe(true);
    expect(county.access_team_member).toHaveLength(county.team_membership.length);
    expect(
      county.access_team_member.every((row) => teams.has(row[0]) && professionals.has(row[1]) && organizations.has(row[2])),
    ).toBe(true);
    expect(new Set(county.access_team_member.map((row) => `${row[0]}:${row[1]}`)).size).toBe(county.access_team_member.length);
    expect(county.access_team_client.map((row) => row.join())).toEqual(county.team_client.map((row) => row.join()));
    expect(county.access_client).toHaveLength(6_000);
    expect(ids(county.access_client)).toEqual(clients);
    expect(county.access_client_relationship.map((row) => row.join())).toEqual(
      county.client_relationship.map((row) => row.join()),
    );
    expect(
      county.client_relationship.every(
        (row) => clients.has(row[1]) && organizations.has(row[2]) && county_.has(row[2]) && /^[a-z_]+$/.test(row[3] as string),
      ),
    ).toBe(true);
  });

  it("puts about one family in two hundred under a non-disclosure order, and gives adults only a phone and e-mail", () => {
    const protectedShare =
      county.client.filter((row) => row[column("client", "has_non_disclosure_order")] === true).length / 6_000;
    expect(protectedShare).toBeGreaterThan(0);
    expect(protectedShare).toBeLessThan(0.02);
    const adultOn = "2008-11-23";
    const childWithPhone = county.client.filter(
      (row) => (row[column("client", "birth_date")] as string) > adultOn && row[column("client", "phone")] !== null,
    );
    expect(childWithPhone).toEqual([]);
    const adults = county.client.filter((row) => (row[column("client", "birth_date")] as string) <= "2008-01-01");
    expect(adults.filter((row) => row[column("client", "phone")] !== null).length / adults.length).toBeGreaterThan(0.85);
    expect(county.client.every((row) => row[column("client", "identity_code_encrypted")] === `encrypted:${row[6]}`)).toBe(true);
  });

  it("makes households of two or more a family, the adults of a family with children the guardians of its minors", () => {
    const clients = ids(county.client);
    const families = ids(county.family);
    const members = county.family_member;
    expect(members.every((row) => families.has(row[0]) && clients.has(row[1]))).toBe(true);
    const birth = new Map(county.client.map((row) => [row[0], row[column("client", "birth_date")] as string]));
    const relation = new Map(members.map((row) => [row[1], row[2]]));
    expect(county.guardianship.length).toBeGreaterThan(500);
    const wrong = county.guardianship.filter((row) => {
      const child = birth.get(row[1]) as string;
      const eighteenth = `${Number(child.slice(0, 4)) + 18}${child.slice(4)}`;
      return (
        relation.get(row[1]) !== "CHILD" ||
        relation.get(row[2]) !== "GUARDIAN" ||
        row[3] !== child ||
        !((row[4] as string) < eighteenth) ||
        child <= "2008-11-22"
      );
    });
    expect(wrong).toEqual([]);
    expect(county.access_guardianship.map((row) => row.join())).toEqual(county.guardianship.map((row) => row.slice(1).join()));
  });

  it("has consents naming their recipient in the list, given by a guardian for a minor", () => {
    const guardians = new Set(county.guardianship.map((row) => `${row[1]}:${row[2]}`));
    const wrong = county.consent.filter((row) => {
      const giver = row[column("consent", "given_by")];
      const byClient = row[column("consent", "given_by_client_id")];
      return (
        row[column("consent", "recipient_organization_ids")] !== `{${row[2]}}` ||
        (giver === "GUARDIAN" ? !guardians.has(`${row[1]}:${byClient}`) : giver !== "CLIENT" || byClient !== null)
      );
    });
    expect(wrong).toEqual([]);
    expect(county.consent.some((row) => row[column("consent", "given_by")] === "GUARDIAN")).toBe(true);
  });

  it("marks in-house courses, makes trainers of those who took the trainer training, and projects every professional as staff", () => {
    const trainerCourse = county.course.find((row) => row[2] === "TRAINER")?.[0];
    const trained = ids(
      county.training_completion.filter((row) => row[2] === trainerCourse),
      1,
    );
    expect(ids(county.trainer)).toEqual(trained);
    expect(county.course.every((row) => (row[4] === "IN_HOUSE") === (row[3] === "County FIT trainers"))).toBe(true);
    expect(county.staff_member.map((row) => `${row[0]}:${row[1]}:${row[3]}`)).toEqual(
      county.professional.map((row) => `${row[0]}:${row[column("professional", "organization_id")]}:${row[5]}`),
    );
    expect(county.professional.every((row) => typeof row[column("professional", "unit")] === "string")).toBe(true);
  });

  it("gives every professional a work phone and a work email of their own, as the team view shows them", () => {
    const phones = county.professional.map((row) => row[column("professional", "work_phone")]);
    const emails = county.professional.map((row) => row[column("professional", "work_email")]);
    expect(phones.every((phone) => typeof phone === "string" && /^\+358 40 \d{3} \d{4}$/.test(phone))).toBe(true);
    expect(emails.every((email) => typeof email === "string" && /^[a-z0-9.-]+@[a-z0-9-]+\.fi$/.test(email))).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it("raises a concern for a few families and plans the work of about half of the client-team families", () => {
    const clients = ids(county.client);
    const families = ids(county.family);
    const about = (row: Row, client: number, family: number) =>
      (row[client] === null) !== (row[family] === null) && (clients.has(row[client]) || families.has(row[family]));
    expect(county.concern.length / county.client.length).toBeGreaterThan(0.01);
    expect(county.concern.length / county.client.length).toBeLessThan(0.05);
    expect(county.concern.every((row) => about(row, 1, 2))).toBe(true);
    const today = "2026-11-23";
    const wrong = county.concern.filter((row) => {
      const status = row[column("concern", "status")];
      const deadline = row[column("concern", "deadline")] as string;
      const raisedOn = row[column("concern", "raised_on")] as string;
      return (
        !(raisedOn <= today && raisedOn < deadline) ||
        (status === "RAISED") !== (row[column("concern", "reacted_at")] === null) ||
        (status === "CLOSED") !== (row[column("concern", "closed_at")] !== null)
      );
    });
    expect(wrong).toEqual([]);
    const plans = ids(county.service_plan);
    expect(county.service_plan.every((row) => about(row, 1, 2))).toBe(true);
    expect(new Set(county.service_plan.map((row) => row[1] ?? row[2])).size).toBe(plans.size);
    expect(county.agreement.length).toBeGreaterThanOrEqual(plans.size);
    expect(county.agreement.every((row) => plans.has(row[1]))).toBe(true);
  });

  it("is the same county for the same seed, and another for another seed", () => {
    expect(digest(generate(300, 42))).toBe(digest(generate(300, 42)));
    expect(digest(generate(300, 43))).not.toBe(digest(generate(300, 42)));
  });
});
