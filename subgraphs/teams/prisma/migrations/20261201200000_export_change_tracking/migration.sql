-- Change tracking for the data lake export (tietoallas): every exported row carries the id of the
-- transaction that last wrote it. An export remembers its snapshot in its cursor; the next increment
-- is exactly the rows whose writer that snapshot did not see (pg_visible_in_snapshot), whatever the
-- commit order, which a timestamp or a sequence cannot promise. The trigger function is the kernel's
-- (kernel/migrations); this adds the column, its index and the trigger to this subgraph's tables.
ALTER TABLE "organization" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "organization_change_xid_idx" ON "organization"("change_xid");
CREATE TRIGGER "organization_change_xid" BEFORE UPDATE ON "organization" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "professional" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "professional_change_xid_idx" ON "professional"("change_xid");
CREATE TRIGGER "professional_change_xid" BEFORE UPDATE ON "professional" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "team" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "team_change_xid_idx" ON "team"("change_xid");
CREATE TRIGGER "team_change_xid" BEFORE UPDATE ON "team" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "team_membership" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "team_membership_change_xid_idx" ON "team_membership"("change_xid");
CREATE TRIGGER "team_membership_change_xid" BEFORE UPDATE ON "team_membership" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();
