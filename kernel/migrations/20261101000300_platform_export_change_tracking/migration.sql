-- Change tracking for the data lake export (tietoallas): every exported row carries the id of the
-- transaction that last wrote it. An export remembers its snapshot in its cursor; the next increment
-- is exactly the rows whose writer that snapshot did not see (pg_visible_in_snapshot), whatever the
-- commit order, which a timestamp or a sequence cannot promise. Each subgraph's own migrations add
-- the "change_xid" column, its index and a BEFORE UPDATE trigger calling this function to the
-- tables it exports.
CREATE FUNCTION "export_touch_change_xid"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."change_xid" := pg_current_xact_id();
  RETURN NEW;
END
$$;
