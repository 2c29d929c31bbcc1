import { demoIds } from "../demoCounty";

const { organizations: org, clients: client } = demoIds;

/** The demo county's rows in the clients subgraph's database. */
export const clientsDemoSql = `
INSERT INTO client (id, first_name, last_name, birth_date, language, controller_organization_id, updated_at) VALUES
  ('${client.aino}', 'Aino', 'Virtanen', '1988-04-12', 'fi', '${org.familySocialServices}', now()),
  ('${client.eetu}', 'Eetu', 'Virtanen', '2016-05-02', 'fi', '${org.familySocialServices}', now()),
  ('${client.juho}', 'Juho', 'Lehtonen', '1975-11-30', 'sv', '${org.familySocialServices}', now());
`;
