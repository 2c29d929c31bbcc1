-- Entries' items stored in runs (src/domain/storedLogItems.ts): one array per run of items that differ
-- only in their category, `[categories, action, outcome, basis, consentId, teamId, relationshipId,
-- statutoryBasisId, serviceTask]`, trailing nulls left out. A caseload entry's three items take about
-- a fifth of the bytes they took as objects. Entries already written keep their objects; hashes cover
-- the items as listed, not as stored, so both verify alike.
--
-- `access_log_items` shows a stored items array as one object per item, fields without a value left
-- out, as entries were stored before: the view `access_log_entries`, which the client's and the data
-- protection officer's queries, verify and ad hoc SQL read, shows every entry's items so, whichever
-- form it was written in. An element that is not a run (an entry written before) is shown as it is.
CREATE FUNCTION "access_log_items"("items" JSONB) RETURNS JSONB
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN jsonb_typeof("items") <> 'array' THEN "items" ELSE (
    SELECT coalesce(jsonb_agg(shown.item ORDER BY stored.ord, shown.ord), '[]'::jsonb)
      FROM jsonb_array_elements("items") WITH ORDINALITY AS stored(element, ord)
     CROSS JOIN LATERAL (
       SELECT jsonb_strip_nulls(jsonb_build_object(
                'category', category.name, 'action', stored.element -> 1, 'outcome', stored.element -> 2,
                'basis', stored.element -> 3, 'consentId', stored.element -> 4, 'teamId', stored.element -> 5,
                'relationshipId', stored.element -> 6, 'statutoryBasisId', stored.element -> 7,
                'serviceTask', stored.element -> 8)) AS item,
              category.ord
         FROM jsonb_array_elements(
                CASE WHEN jsonb_typeof(stored.element) = 'array' AND jsonb_typeof(stored.element -> 0) = 'array'
                     THEN stored.element -> 0 ELSE '[]'::jsonb END) WITH ORDINALITY AS category(name, ord)
       UNION ALL
       SELECT stored.element, 1
        WHERE NOT (jsonb_typeof(stored.element) = 'array' AND jsonb_typeof(stored.element -> 0) = 'array')
     ) AS shown)
  END
$$;

CREATE OR REPLACE VIEW "access_log_entries" AS
SELECT e."id", e."at",
       CASE WHEN e."context_id" IS NULL THEN e."viewer_id" ELSE c."viewer_id" END AS "viewer_id",
       CASE WHEN e."context_id" IS NULL THEN e."viewer_kind" ELSE c."viewer_kind" END AS "viewer_kind",
       CASE WHEN e."context_id" IS NULL THEN e."organization_id" ELSE c."organization_id" END AS "organization_id",
       CASE WHEN e."context_id" IS NULL THEN e."roles" ELSE c."roles" END AS "roles",
       e."client_id",
       CASE WHEN e."context_id" IS NULL THEN e."purpose" ELSE c."purpose" END AS "purpose",
       CASE WHEN e."context_id" IS NULL THEN e."request_id" ELSE c."request_id" END AS "request_id",
       CASE WHEN e."context_id" IS NULL THEN e."source" ELSE c."source" END AS "source",
       "access_log_items"(e."items") AS "items", e."hash", e."write_xid", e."context_id",
       c."hash" AS "context_hash"
  FROM "access_log" e
  LEFT JOIN "access_log_context" c ON c."id" = e."context_id" AND c."at" = e."at";
