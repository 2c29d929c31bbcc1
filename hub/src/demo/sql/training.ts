import { demoIds } from "../demoCounty";

const { professionals: pro, courses: course } = demoIds;

/** The demo county's rows in the training subgraph's database. */
export const trainingDemoSql = `
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
