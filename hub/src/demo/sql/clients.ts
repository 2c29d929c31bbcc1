import { demoIds } from "../demoCounty";

const { organizations: org, clients: client, professionals: pro, teams: team } = demoIds;

/** The county's day (not the database server's), so due-soon and overdue agree with the subgraph's "today". */
const today = "(now() AT TIME ZONE 'Europe/Helsinki')::date";

/** Ids of the clients subgraph's own demo rows (families, concerns, plans). */
const ids = {
  virtanenFamily: "2c000000-0000-4000-8000-000000000001",
  eetuGuardian: "2c100000-0000-4000-8000-000000000001",
  relationship: (n: number) => `2c200000-0000-4000-8000-00000000000${n}`,
  concern: (n: number) => `2d000000-0000-4000-8000-00000000000${n}`,
  eetuPlan: "2e000000-0000-4000-8000-000000000001",
  agreement: (n: number) => `2e100000-0000-4000-8000-00000000000${n}`,
  review: "2e200000-0000-4000-8000-000000000001",
};

/**
 * The demo county's rows in the clients subgraph's database: the Virtanen family (Aino, her son
 * Eetu) with contact details, client relationships, guardianship, three concerns (one due soon,
 * one overdue, one reacted to; dated relative to the day of the first start so the due-soon and
 * overdue lists always have an answer) and Eetu's shared service plan; Juho under a non-disclosure
 * order. No identity codes: their ciphertext depends on the hash key generated at first start.
 * The responsible workers mirror the teams demo (what its events would have told this subgraph).
 */
export const clientsDemoSql = `
INSERT INTO client (id, first_name, last_name, birth_date, language, controller_organization_id, updated_at,
                    street_address, postal_code, post_office, municipality_code, phone, has_non_disclosure_order) VALUES
  ('${client.aino}', 'Aino', 'Virtanen', '1988-04-12', 'fi', '${org.familySocialServices}', now(),
   'Koivukuja 3 B 12', '80100', 'Joensuu', '167', '+358 40 555 0101', false),
  ('${client.eetu}', 'Eetu', 'Virtanen', '2016-05-02', 'fi', '${org.familySocialServices}', now(),
   'Koivukuja 3 B 12', '80100', 'Joensuu', '167', NULL, false),
  ('${client.juho}', 'Juho', 'Lehtonen', '1975-11-30', 'sv', '${org.familySocialServices}', now(),
   'Hemlig väg 7', '80200', 'Joensuu', '167', '+358 40 555 0303', true);
INSERT INTO responsible_worker (client_id, professional_id, organization_id, since, assigned_at, event_id) VALUES
  ('${client.aino}', '${pro.socialWorker}', '${org.familySocialServices}', '2026-09-01', '2026-09-01T08:00:00Z', '2cf00000-0000-4000-8000-000000000001'),
  ('${client.eetu}', '${pro.socialWorker}', '${org.familySocialServices}', '2026-09-01', '2026-09-01T08:00:00Z', '2cf00000-0000-4000-8000-000000000002');
INSERT INTO client_relationship (id, client_id, organization_id, service_task, since, until) VALUES
  ('${ids.relationship(1)}', '${client.aino}', '${org.familySocialServices}', 'family_social_work', '2026-08-15', NULL),
  ('${ids.relationship(2)}', '${client.eetu}', '${org.familySocialServices}', 'family_social_work', '2026-08-15', NULL),
  ('${ids.relationship(3)}', '${client.eetu}', '${org.childProtection}', 'child_protection', '2026-09-10', NULL),
  ('${ids.relationship(4)}', '${client.juho}', '${org.familySocialServices}', 'adult_social_work', '2026-03-01', NULL);
INSERT INTO family (id, name) VALUES ('${ids.virtanenFamily}', 'Virtanen family');
INSERT INTO family_member (family_id, client_id, relation) VALUES
  ('${ids.virtanenFamily}', '${client.aino}', 'GUARDIAN'),
  ('${ids.virtanenFamily}', '${client.eetu}', 'CHILD');
INSERT INTO guardianship (id, child_client_id, guardian_client_id, since, until) VALUES
  ('${ids.eetuGuardian}', '${client.eetu}', '${client.aino}', '2016-05-02', '2034-05-01');
INSERT INTO concern (id, client_id, family_id, description, raised_by_professional_id, raised_by_client_id, recorded_by,
                     raised_on, service, deadline_rule_code, deadline, organization_id, team_id, responsible_professional_id,
                     status, meeting_on, attending_professional_ids, attending_client_ids, reacted_by, reacted_at) VALUES
  ('${ids.concern(1)}', '${client.eetu}', NULL, 'Eetu has missed eight school days in two weeks and falls asleep in class.',
   '${pro.schoolCurator}', NULL, '${pro.schoolCurator}', ${today} - 1, 'family_social_work', 'first_joint_meeting',
   ${today} + 2, '${org.familySocialServices}', '${team.virtanenClientTeam}', '${pro.socialWorker}', 'RAISED', NULL, '{}', '{}', NULL, NULL),
  ('${ids.concern(2)}', NULL, '${ids.virtanenFamily}', 'The family may lose its flat: rent has been unpaid for three months.',
   NULL, '${client.aino}', '${pro.socialWorker}', ${today} - 6, 'family_social_work', 'first_joint_meeting',
   ${today} - 3, '${org.familySocialServices}', '${team.virtanenClientTeam}', '${pro.socialWorker}', 'RAISED', NULL, '{}', '{}', NULL, NULL),
  ('${ids.concern(3)}', '${client.aino}', NULL, 'Aino says she is exhausted and cannot get Eetu to school in the mornings.',
   '${pro.familyCentreNurse}', NULL, '${pro.familyCentreNurse}', '2026-09-28', 'family_social_work', 'first_joint_meeting',
   '2026-10-01', '${org.familySocialServices}', '${team.virtanenClientTeam}', '${pro.socialWorker}', 'REACTED', '2026-09-30',
   '{${pro.socialWorker},${pro.familyCentreNurse}}', '{${client.aino}}', '${pro.socialWorker}', '2026-09-30T13:00:00Z');
INSERT INTO service_plan (id, client_id, family_id, goals, version, created_by, created_at, updated_at) VALUES
  ('${ids.eetuPlan}', '${client.eetu}', NULL,
   '{"I want to go to school without a stomach ache.","I want to play football again on Tuesdays."}', 5,
   '${pro.socialWorker}', '2026-10-05T10:00:00Z', now());
INSERT INTO agreement (id, plan_id, concern, next_action, responsible_professional_id, responsible_client_id,
                       if_not_done, follow_up, due_on, status) VALUES
  ('${ids.agreement(1)}', '${ids.eetuPlan}', 'Eetu misses school in the mornings.',
   'Aino walks Eetu to school every morning for two weeks.', NULL, '${client.aino}',
   'The family worker comes to help in the mornings.', 'The teacher tells the social worker about absences every Friday.',
   ${today} + 10, 'OPEN'),
  ('${ids.agreement(2)}', '${ids.eetuPlan}', 'Eetu is tired at school.',
   'The family centre nurse checks Eetu''s sleep and health.', '${pro.familyCentreNurse}', NULL,
   'The social worker books a doctor''s appointment.', 'Reviewed at the next joint meeting.',
   '2026-10-30', 'DONE'),
  ('${ids.agreement(3)}', '${ids.eetuPlan}', 'Eetu has no hobby since spring.',
   'The family worker finds a football club with a fee waiver.', '${pro.familyWorker}', NULL,
   'The NGO''s hobby guide helps the family look for one.', 'Checked at the review.',
   ${today} - 2, 'OPEN');
INSERT INTO plan_review (id, plan_id, reviewed_on, findings, changes, recorded_by) VALUES
  ('${ids.review}', '${ids.eetuPlan}', '2026-11-02', 'Eetu went to school on most days; mornings are still hard.',
   'Morning walks continue; a football club is sought.', '${pro.socialWorker}');
INSERT INTO plan_change (plan_id, at, actor_id, action, agreement_id, details) VALUES
  ('${ids.eetuPlan}', '2026-10-05T10:00:00Z', '${pro.socialWorker}', 'created', NULL, '{"goals":{"after":["I want to go to school without a stomach ache."]}}'),
  ('${ids.eetuPlan}', '2026-10-05T10:05:00Z', '${pro.socialWorker}', 'agreement_added', '${ids.agreement(1)}', '{}'),
  ('${ids.eetuPlan}', '2026-10-05T10:06:00Z', '${pro.socialWorker}', 'agreement_added', '${ids.agreement(2)}', '{}'),
  ('${ids.eetuPlan}', '2026-10-31T09:00:00Z', '${pro.familyCentreNurse}', 'agreement_status_changed', '${ids.agreement(2)}', '{"status":{"before":"OPEN","after":"DONE"}}'),
  ('${ids.eetuPlan}', '2026-11-02T12:00:00Z', '${pro.socialWorker}', 'reviewed', NULL, '{}');
`;
