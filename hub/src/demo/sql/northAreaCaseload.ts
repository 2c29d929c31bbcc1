import { demoIds } from "../demoCounty";
import type { DemoEvent } from "./consents";

const { organizations: org, professionals: pro, teams: team } = demoIds;

/**
 * Five adults on the north area team's caseload with FIT sessions in September and October 2026, so
 * the demo county's reports show figures: a group needs five measured clients before any of its
 * figures is shown (fit's MIN_GROUP_CLIENTS). Fictional people; ORS rises for most, as in practice.
 */
export const northAreaCaseload = [
  { first: "Mikko", last: "Korhonen", born: "1979-02-14", ors: [16.2, 22.4], srs: [34.8, 37.9] },
  { first: "Sanna", last: "Mäkinen", born: "1991-07-03", ors: [21.0, 27.3], srs: [37.0, 38.4] },
  { first: "Pekka", last: "Nieminen", born: "1965-11-21", ors: [24.5, 23.8], srs: [36.5, 36.0] },
  { first: "Laura", last: "Heikkinen", born: "1986-05-30", ors: [12.8, 19.6], srs: [33.9, 37.2] },
  { first: "Jari", last: "Koskinen", born: "1972-09-09", ors: [19.4, 25.1], srs: [38.1, 38.8] },
].map((person, index) => {
  const n = String(index + 1).padStart(2, "0");
  return {
    ...person,
    clientId: `0d100000-0000-4000-8000-0000000000${n}`,
    relationshipId: `2c210000-0000-4000-8000-0000000000${n}`,
    episodeId: `1a100000-0000-4000-8000-0000000000${n}`,
    sessionIds: [`1c100000-0000-4000-8000-0000000001${n}`, `1c100000-0000-4000-8000-0000000002${n}`],
    measurementId: (session: number, measure: number) => `1b100000-0000-4000-8000-000000${session}${measure}00${n}`,
  };
});

const values = (rows: string[]) => rows.join(",\n  ");

export const northAreaClientsSql = `
INSERT INTO client (id, first_name, last_name, birth_date, language, controller_organization_id, updated_at, has_non_disclosure_order) VALUES
  ${values(northAreaCaseload.map((c) => `('${c.clientId}', '${c.first}', '${c.last}', '${c.born}', 'fi', '${org.familySocialServices}', now(), false)`))};
INSERT INTO client_relationship (id, client_id, organization_id, service_task, since, until) VALUES
  ${values(northAreaCaseload.map((c) => `('${c.relationshipId}', '${c.clientId}', '${org.familySocialServices}', 'adult_social_work', '2026-08-01', NULL)`))};
`;

export const northAreaTeamsSql = `
INSERT INTO team_client (team_id, client_id, since) VALUES
  ${values(northAreaCaseload.map((c) => `('${team.northAreaTeam}', '${c.clientId}', '2026-08-01')`))};
`;

/** The events of the caseload's teams and clients rows that consents' access projection reads. */
export const northAreaAccessEvents: readonly DemoEvent[] = northAreaCaseload.flatMap((c) => [
  { type: "team.client_added", data: { teamId: team.northAreaTeam, clientId: c.clientId, since: "2026-08-01", until: null } },
  {
    type: "client.created",
    data: { clientId: c.clientId, controllerOrganizationId: org.familySocialServices, hasNonDisclosureOrder: false },
  },
  {
    type: "client.relationship_started",
    data: {
      clientId: c.clientId,
      relationshipId: c.relationshipId,
      organizationId: org.familySocialServices,
      serviceTask: "adult_social_work",
      since: "2026-08-01",
      until: null,
    },
  },
]);

/** Scores only: the derived values and session summaries come from the fit subgraph's own code. */
export const northAreaFitSql = `
INSERT INTO episode (id, client_id, client_birth_date, kind, owner_professional_id, team_id, organization_id, service, started_on) VALUES
  ${values(northAreaCaseload.map((c) => `('${c.episodeId}', '${c.clientId}', '${c.born}', 'INDIVIDUAL', '${pro.socialWorker}', '${team.northAreaTeam}', '${org.familySocialServices}', 'adult_social_work', '2026-09-01')`))};
INSERT INTO fit_session (id, episode_id, held_on, mode, professional_id) VALUES
  ${values(
    northAreaCaseload.flatMap((c, index) => [
      `('${c.sessionIds[0]}', '${c.episodeId}', '2026-09-${String(10 + index).padStart(2, "0")}', 'FACE_TO_FACE', '${pro.socialWorker}')`,
      `('${c.sessionIds[1]}', '${c.episodeId}', '2026-10-${String(12 + index).padStart(2, "0")}', 'FACE_TO_FACE', '${index % 2 === 0 ? pro.socialWorker : pro.familyWorker}')`,
    ]),
  )};
INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, session_id, episode_id) VALUES
  ${values(
    northAreaCaseload.flatMap((c, index) =>
      [0, 1].flatMap((session) => {
        const day =
          session === 0 ? `2026-09-${String(10 + index).padStart(2, "0")}` : `2026-10-${String(12 + index).padStart(2, "0")}`;
        const by = session === 0 || index % 2 === 0 ? pro.socialWorker : pro.familyWorker;
        return [
          `('${c.measurementId(session, 1)}', '${c.clientId}', '${by}', 'ORS', '${day}', ${c.ors[session]}, '${c.sessionIds[session]}', '${c.episodeId}')`,
          `('${c.measurementId(session, 2)}', '${c.clientId}', '${by}', 'SRS', '${day}', ${c.srs[session]}, '${c.sessionIds[session]}', '${c.episodeId}')`,
        ];
      }),
    ),
  )};
`;
