/**
 * Some thousands of clients, and no sequential scan nor the sort order's B-tree (which on a table
 * this small is cheaper to read whole than a GIN index): the plan shows which index serves the name
 * search's condition. Run in a transaction of a throw-away test database.
 */
export const NAME_SEARCH_PLAN_SETUP = `
  INSERT INTO client (id, first_name, last_name, controller_organization_id, updated_at)
  SELECT gen_random_uuid(), md5(i::text), md5((i * 7)::text), gen_random_uuid(), now() FROM generate_series(1, 3000) AS i;
  ANALYZE client;
  DROP INDEX client_last_name_first_name_id_idx;
  SET LOCAL enable_seqscan = off;
  SET LOCAL enable_indexscan = off;`;
/** The shape of the search's statement: either name starting with the word, in any case. */
export const NAME_SEARCH_EXPLAIN = `EXPLAIN SELECT id FROM client WHERE first_name ILIKE 'virt%' OR last_name ILIKE 'virt%'`;
