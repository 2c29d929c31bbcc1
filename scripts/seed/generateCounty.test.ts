import { createHash } from "node:crypto";
import { validateIdentityCode } from "../../subgraphs/clients/src/domain/identityCode";
import { dayOf } from "./days";
import { generateCounty } from "./generateCounty";
import { tables, type Row, type RowSink, type TableName } from "./tables";

/** Rows by table, as the database would receive them; identity codes kept in clear so they can be checked. */
function generate(clients: number, seed: number): Record<TableName, Row[]> {
  const rows = Object.fromEntries(Object.keys(tables).map((name) => [name, [] as Row[]])) as Record<TableName, Row[]>;
  const sink: RowSink = { add: (table, row) => rows[table].push(row) };
  for (const _ of generateCounty({ clients, seed, today: dayOf("2026-11-23"), hashIdentityCode: (code) => code }, sink));
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

  it("is the same county for the same seed, and another for another seed", () => {
    expect(digest(generate(300, 42))).toBe(digest(generate(300, 42)));
    expect(digest(generate(300, 43))).not.toBe(digest(generate(300, 42)));
  });
});
