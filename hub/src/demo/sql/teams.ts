import { demoIds } from "../demoCounty";

const { organizations: org, professionals: pro, teams: team, clients: client } = demoIds;

/** The demo county's rows in the teams subgraph's database. */
export const teamsDemoSql = `
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
