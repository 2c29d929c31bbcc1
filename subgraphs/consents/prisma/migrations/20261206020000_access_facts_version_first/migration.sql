-- The facts' version is taken before a fact-changing statement locks any row of its own, not after.
-- Every writer of facts then waits for the version row first, so two writers that change the same
-- facts in opposite order queue one behind the other instead of deadlocking (the one that took a
-- fact row would otherwise wait for the version while the other, holding the version, waits for
-- that row). The bump stays inside the writing transaction: visible exactly when the change is.
DO $$
DECLARE
  fact_table TEXT;
BEGIN
  FOREACH fact_table IN ARRAY ARRAY[
    'access_organization', 'access_team_member', 'access_team_client', 'access_responsible_worker',
    'access_client', 'access_client_relationship', 'access_guardianship', 'consent', 'ban', 'statutory_basis'
  ] LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', fact_table || '_facts_changed', fact_table);
    EXECUTE format(
      'CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION "access_facts_changed"()',
      fact_table || '_facts_changed', fact_table);
  END LOOP;
END
$$;
