import { demoIds } from "../demoCounty";

const { professionals: pro, clients: client } = demoIds;

/** The demo county's rows in the fit subgraph's database. */
export const fitDemoSql = `
INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, items) VALUES
  ('1b000000-0000-4000-8000-000000000001', '${client.aino}', '${pro.socialWorker}', 'ORS', '2026-09-08', 18.4, '{4.1,5.0,4.3,5.0}'),
  ('1b000000-0000-4000-8000-000000000002', '${client.aino}', '${pro.socialWorker}', 'SRS', '2026-09-08', 35.2, '{9.0,8.6,8.8,8.8}'),
  ('1b000000-0000-4000-8000-000000000003', '${client.aino}', '${pro.socialWorker}', 'ORS', '2026-10-06', 23.9, '{6.0,6.1,5.8,6.0}'),
  ('1b000000-0000-4000-8000-000000000004', '${client.aino}', '${pro.socialWorker}', 'SRS', '2026-10-06', 37.5, '{9.4,9.3,9.4,9.4}'),
  ('1b000000-0000-4000-8000-000000000005', '${client.eetu}', '${pro.familyCentreNurse}', 'CORS', '2026-10-13', 27.0, '{7.0,6.5,6.5,7.0}'),
  ('1b000000-0000-4000-8000-000000000006', '${client.eetu}', '${pro.familyCentreNurse}', 'CSRS', '2026-10-13', 38.0, '{9.5,9.5,9.5,9.5}');
`;
