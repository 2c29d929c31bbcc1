-- Change tracking for the data lake export (tietoallas): every exported row carries the id of the
-- transaction that last wrote it. An export remembers its snapshot in its cursor; the next increment
-- is exactly the rows whose writer that snapshot did not see (pg_visible_in_snapshot), whatever the
-- commit order, which a timestamp or a sequence cannot promise. The trigger function is the kernel's
-- (kernel/migrations); this adds the column, its index and the trigger to this subgraph's tables.
ALTER TABLE "episode" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "episode_change_xid_idx" ON "episode"("change_xid");
CREATE TRIGGER "episode_change_xid" BEFORE UPDATE ON "episode" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "fit_session" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "fit_session_change_xid_idx" ON "fit_session"("change_xid");
CREATE TRIGGER "fit_session_change_xid" BEFORE UPDATE ON "fit_session" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "measurement" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "measurement_change_xid_idx" ON "measurement"("change_xid");
CREATE TRIGGER "measurement_change_xid" BEFORE UPDATE ON "measurement" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();
