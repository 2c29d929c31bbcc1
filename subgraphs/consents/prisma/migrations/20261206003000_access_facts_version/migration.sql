-- The version of the facts the access rules read (docs/access.md, "Facts kept between decisions"): one
-- row, bumped once by every transaction that changes any of them, inside that transaction and so
-- visible exactly when the change is. A consents process keeps facts between decision calls and reads this first on
-- every call: a changed version drops what it kept, so a revocation decides the very next request.
CREATE TABLE "access_facts_version" (
  "id" BOOLEAN NOT NULL DEFAULT true,
  "version" BIGINT NOT NULL,
  CONSTRAINT "access_facts_version_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "access_facts_version_one_row" CHECK ("id")
);
INSERT INTO "access_facts_version" ("id", "version") VALUES (true, 0);

-- Once per transaction (the flag is local to it): the first changing statement's trigger bumps, the rest skip.
-- The version row is found in the changed table's own schema, whatever the writer's search_path.
CREATE FUNCTION "access_facts_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('silta.access_facts_bumped', true) IS DISTINCT FROM 'on' THEN
    EXECUTE format('UPDATE %I."access_facts_version" SET "version" = "version" + 1', TG_TABLE_SCHEMA);
    PERFORM set_config('silta.access_facts_bumped', 'on', true);
  END IF;
  RETURN NULL;
END
$$;

-- After each statement that changed any (once per statement, not per row: a bulk load costs one), and
-- TRUNCATE too. Not deferred to the commit: pending deferred events would refuse a CREATE INDEX later
-- in the same transaction (the seed builds its indexes after loading).
DO $$
DECLARE
  fact_table TEXT;
BEGIN
  FOREACH fact_table IN ARRAY ARRAY[
    'access_organization', 'access_team_member', 'access_team_client', 'access_responsible_worker',
    'access_client', 'access_client_relationship', 'access_guardianship', 'consent', 'ban', 'statutory_basis'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION "access_facts_changed"()',
      fact_table || '_facts_changed', fact_table);
  END LOOP;
END
$$;
