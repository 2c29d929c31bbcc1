import type { Sql } from "@silta/kernel";
import { clientSearchStatement, type ClientSearchCriteria, type SearchKey } from "../src/data/clientSearch";

/** How many clients share the last-name prefix the plans search for ("virt"), among as many others. */
export const LAST_NAME_MATCHES = 3000;
/** How many clients have a first name starting with "virt" (and another last name). */
export const FIRST_NAME_MATCHES = 40;

/**
 * A table big enough that reading it whole, or every match, shows in a plan: LAST_NAME_MATCHES
 * clients whose last name starts with "virt" in any case, as many others, and FIRST_NAME_MATCHES
 * whose first name does; analysed, so the planner knows it.
 */
export async function seedNamesForPlans(sql: Sql): Promise<void> {
  await sql.exec(`
    INSERT INTO client (id, first_name, last_name, controller_organization_id, updated_at)
    SELECT gen_random_uuid(), 'Aino' || i, (ARRAY['Virtanen', 'virtala', 'VIRTA'])[1 + i % 3] || md5(i::text),
           gen_random_uuid(), now()
      FROM generate_series(1, ${LAST_NAME_MATCHES}) AS i;
    INSERT INTO client (id, first_name, last_name, controller_organization_id, updated_at)
    SELECT gen_random_uuid(), md5(i::text), 'K' || md5((i * 7)::text), gen_random_uuid(), now()
      FROM generate_series(1, ${LAST_NAME_MATCHES}) AS i;
    INSERT INTO client (id, first_name, last_name, controller_organization_id, updated_at)
    SELECT gen_random_uuid(), 'Virtu' || i, 'a' || md5(i::text), gen_random_uuid(), now()
      FROM generate_series(1, ${FIRST_NAME_MATCHES}) AS i;
    ANALYZE client;`);
}

/** One node of a plan in EXPLAIN's JSON format. */
export interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
}

/** EXPLAIN (ANALYZE, FORMAT JSON) of the search's own statement (clientSearchStatement) on `sql`. */
export async function explainSearch(
  sql: Sql,
  criteria: Partial<ClientSearchCriteria>,
  after: SearchKey | null,
  size: number,
): Promise<PlanNode> {
  const statement = clientSearchStatement({ nameWords: [], birthDate: null, identityCodeHash: null, ...criteria }, after, size);
  const rows = await sql.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values);
  const plan = rows[0]!["QUERY PLAN"];
  // node-postgres parses the json column; PGlite may hand the text over.
  return ((typeof plan === "string" ? JSON.parse(plan) : plan) as { Plan: PlanNode }[])[0]!.Plan;
}

/** Every node of a plan, depth first. */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** The rows each node produced in all (rows per loop × loops). */
export function rowsOf(node: PlanNode): number {
  return (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1);
}
