import { demoIds } from "../demoCounty";

const { organizations: org, professionals: pro, clients: client } = demoIds;

/** The demo county's rows in the consents subgraph's database. */
export const consentsDemoSql = `
INSERT INTO consent (id, client_id, recipient_organization_id, categories, purpose, valid_from, valid_until, given_at, recorded_by) VALUES
  ('1a000000-0000-4000-8000-000000000001', '${client.aino}', '${org.cityEducation}', '{BASIC,TEAM,SERVICE_PLAN}',
   'Multidisciplinary client team work with the school', '2026-09-01', '2027-08-31', '2026-09-01T09:00:00Z', '${pro.socialWorker}'),
  ('1a000000-0000-4000-8000-000000000002', '${client.eetu}', '${org.cityEducation}', '{BASIC,TEAM}',
   'Support at school, agreed by the guardian', '2026-09-01', '2027-08-31', '2026-09-01T09:00:00Z', '${pro.socialWorker}');
`;
