-- Change tracking for the data lake export (tietoallas): every exported row carries the id of the
-- transaction that last wrote it. An export remembers its snapshot in its cursor; the next increment
-- is exactly the rows whose writer that snapshot did not see (pg_visible_in_snapshot), whatever the
-- commit order, which a timestamp or a sequence cannot promise. The trigger function is the kernel's
-- (kernel/migrations); this adds the column, its index and the trigger to this subgraph's tables.
ALTER TABLE "consent" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "consent_change_xid_idx" ON "consent"("change_xid");
CREATE TRIGGER "consent_change_xid" BEFORE UPDATE ON "consent" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "ban" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "ban_change_xid_idx" ON "ban"("change_xid");
CREATE TRIGGER "ban_change_xid" BEFORE UPDATE ON "ban" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();
