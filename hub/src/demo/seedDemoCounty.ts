import type { Database } from "@silta/kernel";
import { demoIds as ids } from "./demoCounty";

export type SubgraphDatabases = Record<"clients" | "teams" | "consents" | "fit" | "training", Database>;

/**
 * Writes the demo county on first start. Each subgraph's rows go into its own database, in one
 * transaction per database; the teams database decides "first start" (no organisations yet).
 */
export async function seedDemoCountyIfEmpty(databases: SubgraphDatabases): Promise<boolean> {
  const [{ count }] = (await databases.teams.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM organization`)) as [{ count: number }];
  if (count > 0) return false;
  await databases.teams.sql.transaction((sql) => sql.exec(teamsSql));
  await databases.clients.sql.transaction((sql) => sql.exec(clientsSql));
  await databases.consents.sql.transaction((sql) => sql.exec(consentsSql));
  await databases.fit.sql.transaction((sql) => sql.exec(fitSql));
  await databases.training.sql.transaction((sql) => sql.exec(trainingSql));
  return true;
}

const { organizations: org, professionals: pro, teams: team, clients: client, courses: course } = ids;

const teamsSql = `
INSERT INTO organization (id, name, type, business_id, is_county_organization) VALUES
  ('${org.familySocialServices}', 'County family social services', 'COUNTY_SOCIAL_SERVICES', NULL, true),
  ('${org.childProtection}', 'County child protection', 'COUNTY_SOCIAL_SERVICES', NULL, true),
  ('${org.familyCentre}', 'County family centre', 'COUNTY_HEALTH_CARE', NULL, true),
  ('${org.cityEducation}', 'City education services', 'MUNICIPAL_EDUCATION', '0123456-7', false),
  ('${org.ngo}', 'Family support association', 'NGO', '7654321-0', false);
INSERT INTO professional (id, first_name, last_name, profession, organization_id, active) VALUES
  ('${pro.socialWorker}', 'Sari', 'Laine', 'social worker', '${org.familySocialServices}', true),
  ('${pro.schoolCurator}', 'Mikko', 'Heikkinen', 'school curator', '${org.cityEducation}', true),
  ('${pro.unitManager}', 'Helena', 'Mäkinen', 'unit manager', '${org.familySocialServices}', true),
  ('${pro.familyCentreNurse}', 'Liisa', 'Korhonen', 'public health nurse', '${org.familyCentre}', true),
  ('${pro.familyWorker}', 'Jari', 'Nieminen', 'family worker', '${org.ngo}', true);
INSERT INTO team (id, name, kind) VALUES
  ('${team.virtanenClientTeam}', 'Virtanen family client team', 'CLIENT_TEAM'),
  ('${team.northAreaTeam}', 'North area team', 'AREA_TEAM');
INSERT INTO team_membership (id, team_id, professional_id, role, since) VALUES
  ('0f000000-0000-4000-8000-000000000001', '${team.virtanenClientTeam}', '${pro.socialWorker}', 'responsible_worker', '2026-09-01'),
  ('0f000000-0000-4000-8000-000000000002', '${team.virtanenClientTeam}', '${pro.schoolCurator}', 'member', '2026-09-01'),
  ('0f000000-0000-4000-8000-000000000003', '${team.virtanenClientTeam}', '${pro.familyCentreNurse}', 'member', '2026-09-15'),
  ('0f000000-0000-4000-8000-000000000004', '${team.northAreaTeam}', '${pro.socialWorker}', 'member', '2026-01-01'),
  ('0f000000-0000-4000-8000-000000000005', '${team.northAreaTeam}', '${pro.familyWorker}', 'member', '2026-01-01');
INSERT INTO team_client (team_id, client_id, since) VALUES
  ('${team.virtanenClientTeam}', '${client.aino}', '2026-09-01'),
  ('${team.virtanenClientTeam}', '${client.eetu}', '2026-09-01'),
  ('${team.northAreaTeam}', '${client.juho}', '2026-03-01');
`;

const clientsSql = `
INSERT INTO client (id, first_name, last_name, birth_date, language, controller_organization_id, updated_at) VALUES
  ('${client.aino}', 'Aino', 'Virtanen', '1988-04-12', 'fi', '${org.familySocialServices}', now()),
  ('${client.eetu}', 'Eetu', 'Virtanen', '2016-05-02', 'fi', '${org.familySocialServices}', now()),
  ('${client.juho}', 'Juho', 'Lehtonen', '1975-11-30', 'sv', '${org.familySocialServices}', now());
`;

const consentsSql = `
INSERT INTO consent (id, client_id, recipient_organization_id, categories, purpose, valid_from, valid_until, given_at, recorded_by) VALUES
  ('1a000000-0000-4000-8000-000000000001', '${client.aino}', '${org.cityEducation}', '{BASIC,TEAM,SERVICE_PLAN}',
   'Multidisciplinary client team work with the school', '2026-09-01', '2027-08-31', '2026-09-01T09:00:00Z', '${pro.socialWorker}'),
  ('1a000000-0000-4000-8000-000000000002', '${client.eetu}', '${org.cityEducation}', '{BASIC,TEAM}',
   'Support at school, agreed by the guardian', '2026-09-01', '2027-08-31', '2026-09-01T09:00:00Z', '${pro.socialWorker}');
`;

const fitSql = `
INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, items) VALUES
  ('1b000000-0000-4000-8000-000000000001', '${client.aino}', '${pro.socialWorker}', 'ORS', '2026-09-08', 18.4, '{4.1,5.0,4.3,5.0}'),
  ('1b000000-0000-4000-8000-000000000002', '${client.aino}', '${pro.socialWorker}', 'SRS', '2026-09-08', 35.2, '{9.0,8.6,8.8,8.8}'),
  ('1b000000-0000-4000-8000-000000000003', '${client.aino}', '${pro.socialWorker}', 'ORS', '2026-10-06', 23.9, '{6.0,6.1,5.8,6.0}'),
  ('1b000000-0000-4000-8000-000000000004', '${client.aino}', '${pro.socialWorker}', 'SRS', '2026-10-06', 37.5, '{9.4,9.3,9.4,9.4}'),
  ('1b000000-0000-4000-8000-000000000005', '${client.eetu}', '${pro.familyCentreNurse}', 'CORS', '2026-10-13', 27.0, '{7.0,6.5,6.5,7.0}'),
  ('1b000000-0000-4000-8000-000000000006', '${client.eetu}', '${pro.familyCentreNurse}', 'CSRS', '2026-10-13', 38.0, '{9.5,9.5,9.5,9.5}');
`;

const trainingSql = `
INSERT INTO course (id, name, level, provider) VALUES
  ('${course.managementBriefing}', 'FIT for managers', 'MANAGEMENT_BRIEFING', 'County FIT trainers'),
  ('${course.basic}', 'FIT basic training', 'BASIC', 'County FIT trainers'),
  ('${course.trainer}', 'FIT trainer training', 'TRAINER', 'ICCE-certified provider');
INSERT INTO training_completion (id, professional_id, course_id, completed_on) VALUES
  ('1c000000-0000-4000-8000-000000000001', '${pro.socialWorker}', '${course.basic}', '2025-10-01'),
  ('1c000000-0000-4000-8000-000000000002', '${pro.socialWorker}', '${course.trainer}', '2026-03-15'),
  ('1c000000-0000-4000-8000-000000000003', '${pro.schoolCurator}', '${course.basic}', '2026-02-10'),
  ('1c000000-0000-4000-8000-000000000004', '${pro.unitManager}', '${course.managementBriefing}', '2025-09-20'),
  ('1c000000-0000-4000-8000-000000000005', '${pro.familyCentreNurse}', '${course.basic}', '2026-04-22');
`;
