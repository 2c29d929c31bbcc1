import { randomUUID } from "node:crypto";
import { applyAccessEventIn, createConsentsPrisma, type ConsentsDb } from "@silta/consents";
import type { Database } from "@silta/kernel";
import { demoIds } from "../demoCounty";

const { organizations: org, professionals: pro, teams: team, clients: client } = demoIds;

/**
 * The demo county's rows in the consents subgraph's database: the consents and a ban. Its access
 * projection comes from the events the teams and clients subgraphs publish for the demo's rows
 * (`demoAccessEvents`), applied by consents' own consumer (`seedDemoAccess`), so the embedded hub
 * decides correctly from its first start.
 *
 * - Sari Laine (social worker, county) is the responsible worker of Aino and Eetu and on their team.
 * - Mikko Heikkinen (school curator, city education: outside the county) is on the Virtanen client
 *   team: he reads Aino's basic, team and service plan data only because her consent names the
 *   city's education services, and Eetu's basic and team data by the consent Aino gave as his guardian.
 * - Jari Nieminen (NGO, outside the county) is on the north area team with Juho, who has given no
 *   consent and has banned sharing his concerns with the association: Jari sees nothing of Juho.
 * - Aino is Eetu's guardian: as a client she sees her own data and Eetu's, not Juho's. The
 *   guardianship (in the clients subgraph's rows too) ends the day before Eetu turns 18: a guardian
 *   sees a minor's data only.
 * Relationship ids are those of the clients subgraph's demo rows.
 */
export const consentsDemoSql = `
INSERT INTO consent (id, client_id, kind, recipient_organization_id, recipient_organization_ids, categories, purpose, form,
                     evidence_reference, given_by, given_by_client_id, valid_from, valid_until, given_at, recorded_by,
                     recorded_by_organization_id) VALUES
  ('1a000000-0000-4000-8000-000000000001', '${client.aino}', 'SHARING', '${org.cityEducation}', '{${org.cityEducation}}',
   '{BASIC,TEAM,SERVICE_PLAN}', 'Multidisciplinary client team work with the school', 'WRITTEN', 'DEMO-DOC-2026-0901-1',
   'CLIENT', NULL, '2026-09-01', '2027-08-31', '2026-09-01T09:00:00Z', '${pro.socialWorker}', '${org.familySocialServices}'),
  ('1a000000-0000-4000-8000-000000000002', '${client.eetu}', 'SHARING', '${org.cityEducation}', '{${org.cityEducation}}',
   '{BASIC,TEAM}', 'Support at school, agreed by the guardian', 'WRITTEN', 'DEMO-DOC-2026-0901-2',
   'GUARDIAN', '${client.aino}', '2026-09-01', '2027-08-31', '2026-09-01T09:00:00Z', '${pro.socialWorker}', '${org.familySocialServices}');
INSERT INTO ban (id, client_id, kind, categories, organization_id, reason, valid_from, given_at, recorded_by, recorded_by_organization_id) VALUES
  ('1e000000-0000-4000-8000-000000000001', '${client.juho}', 'ORGANIZATION', '{CONCERNS}', '${org.ngo}',
   'The client does not want his concerns shared with the association', '2026-03-01', '2026-03-01T10:00:00Z',
   '${pro.socialWorker}', '${org.familySocialServices}');
`;

/** An event of the teams or clients subgraph, as its contract in `@silta/events` has it. */
export interface DemoEvent {
  type: string;
  data: Record<string, unknown>;
}

const organizations: [string, string, boolean][] = [
  [org.familySocialServices, "COUNTY_SOCIAL_SERVICES", true],
  [org.childProtection, "COUNTY_SOCIAL_SERVICES", true],
  [org.familyCentre, "COUNTY_HEALTH_CARE", true],
  [org.cityEducation, "MUNICIPAL_EDUCATION", false],
  [org.ngo, "NGO", false],
];
const members: [string, string, string, string, string][] = [
  [team.virtanenClientTeam, pro.socialWorker, org.familySocialServices, "responsible_worker", "2026-09-01"],
  [team.virtanenClientTeam, pro.schoolCurator, org.cityEducation, "member", "2026-09-01"],
  [team.virtanenClientTeam, pro.familyCentreNurse, org.familyCentre, "member", "2026-09-15"],
  [team.northAreaTeam, pro.socialWorker, org.familySocialServices, "member", "2026-01-01"],
  [team.northAreaTeam, pro.familyWorker, org.ngo, "member", "2026-01-01"],
];
const relationships: [string, string, string, string, string][] = [
  ["2c200000-0000-4000-8000-000000000001", client.aino, org.familySocialServices, "family_social_work", "2026-08-15"],
  ["2c200000-0000-4000-8000-000000000002", client.eetu, org.familySocialServices, "family_social_work", "2026-08-15"],
  ["2c200000-0000-4000-8000-000000000003", client.eetu, org.childProtection, "child_protection", "2026-09-10"],
  ["2c200000-0000-4000-8000-000000000004", client.juho, org.familySocialServices, "adult_social_work", "2026-03-01"],
];

/** The events of the demo county's teams and clients rows that the access projection reads. */
export const demoAccessEvents: readonly DemoEvent[] = [
  ...organizations.map(([organizationId, type, isCountyOrganization]) => ({
    type: "organization.created",
    data: { organizationId, type, isCountyOrganization },
  })),
  ...members.map(([teamId, professionalId, organizationId, role, since]) => ({
    type: "team.member_added",
    data: { teamId, professionalId, organizationId, role, since, until: null },
  })),
  ...(
    [
      [team.virtanenClientTeam, client.aino, "2026-09-01"],
      [team.virtanenClientTeam, client.eetu, "2026-09-01"],
      [team.northAreaTeam, client.juho, "2026-03-01"],
    ] as const
  ).map(([teamId, clientId, since]) => ({ type: "team.client_added", data: { teamId, clientId, since, until: null } })),
  ...[client.aino, client.eetu].map((clientId) => ({
    type: "client.responsible_worker_assigned",
    data: {
      clientId,
      professionalId: pro.socialWorker,
      organizationId: org.familySocialServices,
      previousProfessionalId: null,
      since: "2026-09-01",
    },
  })),
  // Juho is under a non-disclosure order (turvakielto) in the clients subgraph's demo rows.
  ...[client.aino, client.eetu, client.juho].map((clientId) => ({
    type: "client.created",
    data: { clientId, controllerOrganizationId: org.familySocialServices, hasNonDisclosureOrder: clientId === client.juho },
  })),
  ...relationships.map(([relationshipId, clientId, organizationId, serviceTask, since]) => ({
    type: "client.relationship_started",
    data: { clientId, relationshipId, organizationId, serviceTask, since, until: null },
  })),
  {
    type: "family.guardian_added",
    data: { childClientId: client.eetu, guardianClientId: client.aino, since: "2016-05-02", until: "2034-05-01" },
  },
];

/**
 * Applies `events` with the consents subgraph's consumer, as if the teams and clients subgraphs had
 * published them (all in one transaction, on the consents database's Prisma client built here; by
 * `system`, so no client gets a creator).
 */
export async function seedDemoAccess(database: Database, events: readonly DemoEvent[] = demoAccessEvents): Promise<void> {
  const prisma = createConsentsPrisma(database);
  try {
    // A few hundred events in one transaction: more than Prisma's default 5 s on a loaded machine.
    await prisma.$transaction((tx) => applyDemoEvents(tx, events), { maxWait: 30_000, timeout: 120_000 });
  } finally {
    await prisma.$disconnect();
  }
}

async function applyDemoEvents(tx: ConsentsDb, events: readonly DemoEvent[]): Promise<void> {
  for (const { type, data } of events) {
    const applied = await applyAccessEventIn(tx, {
      id: randomUUID(),
      type,
      data,
      source: type.startsWith("client.") && type !== "client.responsible_worker_assigned" ? "clients" : "teams",
      aggregateType: "",
      aggregateId: "",
      occurredAt: new Date().toISOString(),
      actorId: "system",
      schemaVersion: 2,
    });
    if (!applied) throw new Error(`The demo's ${type} event was not applied.`);
  }
}
