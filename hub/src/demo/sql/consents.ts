import { demoIds } from "../demoCounty";

const { organizations: org, professionals: pro, teams: team, clients: client } = demoIds;

/**
 * The demo county's rows in the consents subgraph's database: the consents and a ban, and the
 * access projection the teams and clients subgraphs would have built through their events (the demo
 * seed writes SQL, not events), so the embedded hub decides correctly from its first start.
 *
 * - Sari Laine (social worker, county) is the responsible worker of Aino and Eetu and on their team.
 * - Mikko Heikkinen (school curator, city education: outside the county) is on the Virtanen client
 *   team: he reads Aino's basic, team and service plan data only because her consent names the
 *   city's education services, and Eetu's basic and team data by the consent Aino gave as his guardian.
 * - Jari Nieminen (NGO, outside the county) is on the north area team with Juho, who has given no
 *   consent and has banned sharing his concerns with the association: Jari sees nothing of Juho.
 * - Aino is Eetu's guardian: as a client she sees her own data and Eetu's, not Juho's. The projection
 *   ends the guardianship the day before Eetu turns 18 (a guardian sees a minor's data only).
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

INSERT INTO access_organization (organization_id, is_county_organization) VALUES
  ('${org.familySocialServices}', true),
  ('${org.childProtection}', true),
  ('${org.familyCentre}', true),
  ('${org.cityEducation}', false),
  ('${org.ngo}', false);
INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since) VALUES
  ('${team.virtanenClientTeam}', '${pro.socialWorker}', '${org.familySocialServices}', 'responsible_worker', '2026-09-01'),
  ('${team.virtanenClientTeam}', '${pro.schoolCurator}', '${org.cityEducation}', 'member', '2026-09-01'),
  ('${team.virtanenClientTeam}', '${pro.familyCentreNurse}', '${org.familyCentre}', 'member', '2026-09-15'),
  ('${team.northAreaTeam}', '${pro.socialWorker}', '${org.familySocialServices}', 'member', '2026-01-01'),
  ('${team.northAreaTeam}', '${pro.familyWorker}', '${org.ngo}', 'member', '2026-01-01');
INSERT INTO access_team_client (team_id, client_id, since) VALUES
  ('${team.virtanenClientTeam}', '${client.aino}', '2026-09-01'),
  ('${team.virtanenClientTeam}', '${client.eetu}', '2026-09-01'),
  ('${team.northAreaTeam}', '${client.juho}', '2026-03-01');
INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since) VALUES
  ('${client.aino}', '${pro.socialWorker}', '${org.familySocialServices}', '2026-09-01'),
  ('${client.eetu}', '${pro.socialWorker}', '${org.familySocialServices}', '2026-09-01');
INSERT INTO access_client (client_id, controller_organization_id, has_non_disclosure_order) VALUES
  ('${client.aino}', '${org.familySocialServices}', false),
  ('${client.eetu}', '${org.familySocialServices}', false),
  ('${client.juho}', '${org.familySocialServices}', false);
INSERT INTO access_client_relationship (relationship_id, client_id, organization_id, service_task, since) VALUES
  ('2c200000-0000-4000-8000-000000000001', '${client.aino}', '${org.familySocialServices}', 'family_social_work', '2026-08-15'),
  ('2c200000-0000-4000-8000-000000000002', '${client.eetu}', '${org.familySocialServices}', 'family_social_work', '2026-08-15'),
  ('2c200000-0000-4000-8000-000000000003', '${client.eetu}', '${org.childProtection}', 'child_protection', '2026-09-10'),
  ('2c200000-0000-4000-8000-000000000004', '${client.juho}', '${org.familySocialServices}', 'adult_social_work', '2026-03-01');
INSERT INTO access_guardianship (child_client_id, guardian_client_id, since, until) VALUES
  ('${client.eetu}', '${client.aino}', '2016-05-02', '2034-05-01');
`;
