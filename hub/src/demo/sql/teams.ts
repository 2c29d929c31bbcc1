import { demoIds } from "../demoCounty";

const { organizations: org, professionals: pro, teams: team, clients: client } = demoIds;

/**
 * The demo county's rows in the teams subgraph's database: the county's units (one business id, the
 * county's), the city and an NGO outside it; Aino and Eetu with a responsible worker and meetings,
 * Juho on the area team without one (so `clientsWithoutResponsibleWorker` has an answer). Work phones
 * and emails are fictional (example.fi domains, numbers of no one), some left out as in a real directory.
 * Business ids are fictional but carry valid check digits.
 */
export const teamsDemoSql = `
INSERT INTO organization (id, name, type, business_id, is_county_organization) VALUES
  ('${org.familySocialServices}', 'County family social services', 'COUNTY_SOCIAL_SERVICES', '3221308-6', true),
  ('${org.childProtection}', 'County child protection', 'COUNTY_SOCIAL_SERVICES', '3221308-6', true),
  ('${org.familyCentre}', 'County family centre', 'COUNTY_HEALTH_CARE', '3221308-6', true),
  ('${org.cityEducation}', 'City education services', 'MUNICIPAL_EDUCATION', '0201256-6', false),
  ('${org.ngo}', 'Family support association', 'NGO', '1234567-1', false);
INSERT INTO professional (id, first_name, last_name, profession, organization_id, active, unit, work_phone, work_email) VALUES
  ('${pro.socialWorker}', 'Sari', 'Laine', 'social worker', '${org.familySocialServices}', true, 'North family social work', '+358 40 100 2001', 'sari.laine@hyvinvointialue.example.fi'),
  ('${pro.schoolCurator}', 'Mikko', 'Heikkinen', 'school curator', '${org.cityEducation}', true, 'Koivula school', '+358 44 300 4002', 'mikko.heikkinen@kaupunki.example.fi'),
  ('${pro.unitManager}', 'Helena', 'Mäkinen', 'unit manager', '${org.familySocialServices}', true, 'North family social work', '+358 40 100 2003', 'helena.makinen@hyvinvointialue.example.fi'),
  ('${pro.familyCentreNurse}', 'Liisa', 'Korhonen', 'public health nurse', '${org.familyCentre}', true, 'North family centre', '+358 40 100 2004', NULL),
  ('${pro.familyWorker}', 'Jari', 'Nieminen', 'family worker', '${org.ngo}', true, NULL, NULL, 'jari.nieminen@perhetuki.example.fi');
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
INSERT INTO responsible_worker (id, client_id, professional_id, since, until, is_current) VALUES
  ('10000000-0000-4000-8000-000000000001', '${client.aino}', '${pro.familyCentreNurse}', '2026-08-15', '2026-08-31', NULL),
  ('10000000-0000-4000-8000-000000000002', '${client.aino}', '${pro.socialWorker}', '2026-09-01', NULL, true),
  ('10000000-0000-4000-8000-000000000003', '${client.eetu}', '${pro.socialWorker}', '2026-09-01', NULL, true);
INSERT INTO meeting (id, kind, client_id, held_on, facilitator_id) VALUES
  ('11000000-0000-4000-8000-000000000001', 'NETWORK_MEETING', '${client.aino}', '2026-09-20', '${pro.unitManager}'),
  ('11000000-0000-4000-8000-000000000002', 'JOINT_MEETING', '${client.aino}', '2026-10-05', NULL);
INSERT INTO meeting_professional (meeting_id, professional_id) VALUES
  ('11000000-0000-4000-8000-000000000001', '${pro.socialWorker}'),
  ('11000000-0000-4000-8000-000000000001', '${pro.schoolCurator}'),
  ('11000000-0000-4000-8000-000000000001', '${pro.familyCentreNurse}'),
  ('11000000-0000-4000-8000-000000000002', '${pro.socialWorker}');
INSERT INTO meeting_family_member (id, meeting_id, relation, client_id) VALUES
  ('12000000-0000-4000-8000-000000000001', '11000000-0000-4000-8000-000000000001', 'CLIENT', '${client.aino}'),
  ('12000000-0000-4000-8000-000000000002', '11000000-0000-4000-8000-000000000001', 'PARENT', NULL),
  ('12000000-0000-4000-8000-000000000003', '11000000-0000-4000-8000-000000000002', 'CLIENT', '${client.aino}');
`;
