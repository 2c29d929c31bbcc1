import { demoIds } from "../demoCounty";

const { professionals: pro, clients: client, teams: team, organizations: org } = demoIds;

const episode = { aino: "1a000000-0000-4000-8000-000000000001", eetu: "1a000000-0000-4000-8000-000000000002" };
const session = {
  ainoFirst: "1c000000-0000-4000-8000-000000000001",
  ainoSecond: "1c000000-0000-4000-8000-000000000002",
  eetuFirst: "1c000000-0000-4000-8000-000000000003",
};

/**
 * The demo county's rows in the fit subgraph's database: Aino's and Eetu's episodes, their sessions
 * and scores. The derived values are what the hub computes with configuration version 1 (ORS cutoff
 * 25, CORS 32, reliable change 5; SRS alert below 36): Aino starts in the clinical range with an SRS
 * alert (35.2) and improves reliably (+5.5); Eetu's CORS 27.0 is in the children's clinical range.
 */
export const fitDemoSql = `
INSERT INTO episode (id, client_id, client_birth_date, kind, owner_professional_id, team_id, organization_id, service, started_on) VALUES
  ('${episode.aino}', '${client.aino}', '1988-04-12', 'INDIVIDUAL', '${pro.socialWorker}', '${team.virtanenClientTeam}', '${org.familySocialServices}', 'family_social_work', '2026-09-01'),
  ('${episode.eetu}', '${client.eetu}', '2016-05-02', 'INDIVIDUAL', '${pro.familyCentreNurse}', '${team.virtanenClientTeam}', '${org.familyCentre}', 'family_centre', '2026-10-01');

INSERT INTO fit_session (id, episode_id, held_on, mode, professional_id) VALUES
  ('${session.ainoFirst}', '${episode.aino}', '2026-09-08', 'FACE_TO_FACE', '${pro.socialWorker}'),
  ('${session.ainoSecond}', '${episode.aino}', '2026-10-06', 'HOME_VISIT', '${pro.socialWorker}'),
  ('${session.eetuFirst}', '${episode.eetu}', '2026-10-13', 'FACE_TO_FACE', '${pro.familyCentreNurse}');

INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, items, session_id, episode_id,
                         clinical, cutoff, change_from_intake, reliable_change, srs_alert, config_version) VALUES
  ('1b000000-0000-4000-8000-000000000001', '${client.aino}', '${pro.socialWorker}', 'ORS', '2026-09-08', 18.4, '{4.1,5.0,4.3,5.0}', '${session.ainoFirst}', '${episode.aino}', true, 25, NULL, NULL, NULL, 1),
  ('1b000000-0000-4000-8000-000000000002', '${client.aino}', '${pro.socialWorker}', 'SRS', '2026-09-08', 35.2, '{9.0,8.6,8.8,8.8}', '${session.ainoFirst}', '${episode.aino}', NULL, 36, NULL, NULL, true, 1),
  ('1b000000-0000-4000-8000-000000000003', '${client.aino}', '${pro.socialWorker}', 'ORS', '2026-10-06', 23.9, '{6.0,6.1,5.8,6.0}', '${session.ainoSecond}', '${episode.aino}', true, 25, 5.5, 'IMPROVED', NULL, 1),
  ('1b000000-0000-4000-8000-000000000004', '${client.aino}', '${pro.socialWorker}', 'SRS', '2026-10-06', 37.5, '{9.4,9.3,9.4,9.4}', '${session.ainoSecond}', '${episode.aino}', NULL, 36, NULL, NULL, false, 1),
  ('1b000000-0000-4000-8000-000000000005', '${client.eetu}', '${pro.familyCentreNurse}', 'CORS', '2026-10-13', 27.0, '{7.0,6.5,6.5,7.0}', '${session.eetuFirst}', '${episode.eetu}', true, 32, NULL, NULL, NULL, 1),
  ('1b000000-0000-4000-8000-000000000006', '${client.eetu}', '${pro.familyCentreNurse}', 'CSRS', '2026-10-13', 38.0, '{9.5,9.5,9.5,9.5}', '${session.eetuFirst}', '${episode.eetu}', NULL, 36, NULL, NULL, false, 1);
`;
