import { demoIds } from "../demoCounty";

const { professionals: pro, courses: course, organizations: org } = demoIds;

/** Demo training events and enrolments; fixed ids like the rest of the demo county. */
const event = {
  basicSpring: "1e000000-0000-4000-8000-000000000001",
  basicWinter: "1e000000-0000-4000-8000-000000000002",
};

/**
 * The demo county's rows in the training subgraph's database. The staff and FIT activity
 * projections are written here as the teams and fit demo rows would have fed them (the demo seed
 * writes rows, not events); in a running hub they follow teams' and fit's events.
 */
export const trainingDemoSql = `
INSERT INTO course (id, name, level, provider, provider_kind) VALUES
  ('${course.managementBriefing}', 'FIT for managers', 'MANAGEMENT_BRIEFING', 'County FIT trainers', 'IN_HOUSE'),
  ('${course.basic}', 'FIT basic training', 'BASIC', 'County FIT trainers', 'IN_HOUSE'),
  ('${course.trainer}', 'FIT trainer training', 'TRAINER', 'ICCE-certified provider', 'PURCHASED');
INSERT INTO trainer (professional_id, qualified_since) VALUES
  ('${pro.socialWorker}', '2026-04-01');
INSERT INTO training_event (id, course_id, date, place, online, capacity) VALUES
  ('${event.basicSpring}', '${course.basic}', '2026-04-22', 'North family centre, meeting room 2', false, 12),
  ('${event.basicWinter}', '${course.basic}', '2026-12-10', NULL, true, 20);
INSERT INTO training_event_trainer (event_id, professional_id) VALUES
  ('${event.basicSpring}', '${pro.socialWorker}'),
  ('${event.basicWinter}', '${pro.socialWorker}');
INSERT INTO enrollment (id, event_id, professional_id) VALUES
  ('1f000000-0000-4000-8000-000000000001', '${event.basicSpring}', '${pro.familyCentreNurse}'),
  ('1f000000-0000-4000-8000-000000000002', '${event.basicWinter}', '${pro.familyWorker}');
INSERT INTO training_completion (id, professional_id, course_id, completed_on, event_id, attended, completed, certificate) VALUES
  ('1c000000-0000-4000-8000-000000000001', '${pro.socialWorker}', '${course.basic}', '2025-10-01', NULL, true, true, NULL),
  ('1c000000-0000-4000-8000-000000000002', '${pro.socialWorker}', '${course.trainer}', '2026-03-15', NULL, true, true, 'ICCE-2026-0042'),
  ('1c000000-0000-4000-8000-000000000003', '${pro.schoolCurator}', '${course.basic}', '2026-02-10', NULL, true, true, NULL),
  ('1c000000-0000-4000-8000-000000000004', '${pro.unitManager}', '${course.managementBriefing}', '2025-09-20', NULL, true, true, NULL),
  ('1c000000-0000-4000-8000-000000000005', '${pro.familyCentreNurse}', '${course.basic}', '2026-04-22', '${event.basicSpring}', true, true, NULL);
INSERT INTO rollout_unit (unit_id, service, region, is_target) VALUES
  ('${org.familySocialServices}', 'family_social_work', 'north', true),
  ('${org.childProtection}', 'child_protection', 'north', true),
  ('${org.familyCentre}', 'family_centre', 'north', true);
INSERT INTO staff_member (professional_id, organization_id, active, as_of) VALUES
  ('${pro.socialWorker}', '${org.familySocialServices}', true, '2026-01-01T00:00:00Z'),
  ('${pro.schoolCurator}', '${org.cityEducation}', true, '2026-01-01T00:00:00Z'),
  ('${pro.unitManager}', '${org.familySocialServices}', true, '2026-01-01T00:00:00Z'),
  ('${pro.familyCentreNurse}', '${org.familyCentre}', true, '2026-01-01T00:00:00Z'),
  ('${pro.familyWorker}', '${org.ngo}', true, '2026-01-01T00:00:00Z');
INSERT INTO fit_activity (professional_id, measured_on, measurements) VALUES
  ('${pro.socialWorker}', '2026-11-02', 2),
  ('${pro.familyWorker}', '2026-10-20', 1);
`;
