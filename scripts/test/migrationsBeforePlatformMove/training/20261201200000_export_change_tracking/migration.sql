-- Change tracking for the data lake export (tietoallas): every exported row carries the id of the
-- transaction that last wrote it. An export remembers its snapshot in its cursor; the next increment
-- is exactly the rows whose writer that snapshot did not see (pg_visible_in_snapshot), whatever the
-- commit order, which a timestamp or a sequence cannot promise.
CREATE FUNCTION "export_touch_change_xid"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."change_xid" := pg_current_xact_id();
  RETURN NEW;
END
$$;

ALTER TABLE "course" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "course_change_xid_idx" ON "course"("change_xid");
CREATE TRIGGER "course_change_xid" BEFORE UPDATE ON "course" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "training_completion" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "training_completion_change_xid_idx" ON "training_completion"("change_xid");
CREATE TRIGGER "training_completion_change_xid" BEFORE UPDATE ON "training_completion" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();
