-- Name search (`clients(search: {name})`) matches the start of the first or the last name without
-- regard to case (ILIKE 'word%'), which a B-tree cannot serve: trigram GIN indexes can.
-- pg_trgm lives in its own schema, shared by every subgraph schema of the database, so dropping a
-- subgraph's schema never drops the extension under another's indexes. Where pg_trgm is already
-- installed (in any schema), that installation is used. The identity code is looked up by its keyed
-- hash through the unique index "client_identity_code_hash_key".
CREATE SCHEMA IF NOT EXISTS "extensions";
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "extensions";

DO $$
DECLARE
  trgm_schema name;
BEGIN
  SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'pg_trgm';
  EXECUTE format('CREATE INDEX "client_first_name_trgm_idx" ON "client" USING gin ("first_name" %I.gin_trgm_ops)', trgm_schema);
  EXECUTE format('CREATE INDEX "client_last_name_trgm_idx" ON "client" USING gin ("last_name" %I.gin_trgm_ops)', trgm_schema);
END $$;
