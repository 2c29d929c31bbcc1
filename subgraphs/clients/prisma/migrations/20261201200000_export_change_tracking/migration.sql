-- Change tracking for the data lake export (tietoallas): every exported row carries the id of the
-- transaction that last wrote it. An export remembers its snapshot in its cursor; the next increment
-- is exactly the rows whose writer that snapshot did not see (pg_visible_in_snapshot), whatever the
-- commit order, which a timestamp or a sequence cannot promise. The trigger function is the kernel's
-- (kernel/migrations); this adds the column, its index and the trigger to this subgraph's tables.
ALTER TABLE "client" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "client_change_xid_idx" ON "client"("change_xid");
CREATE TRIGGER "client_change_xid" BEFORE UPDATE ON "client" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "family_member" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "family_member_change_xid_idx" ON "family_member"("change_xid");
CREATE TRIGGER "family_member_change_xid" BEFORE UPDATE ON "family_member" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "client_relationship" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "client_relationship_change_xid_idx" ON "client_relationship"("change_xid");
CREATE TRIGGER "client_relationship_change_xid" BEFORE UPDATE ON "client_relationship" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "guardianship" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "guardianship_change_xid_idx" ON "guardianship"("change_xid");
CREATE TRIGGER "guardianship_change_xid" BEFORE UPDATE ON "guardianship" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "concern" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "concern_change_xid_idx" ON "concern"("change_xid");
CREATE TRIGGER "concern_change_xid" BEFORE UPDATE ON "concern" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();

ALTER TABLE "agreement" ADD COLUMN "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "agreement_change_xid_idx" ON "agreement"("change_xid");
CREATE TRIGGER "agreement_change_xid" BEFORE UPDATE ON "agreement" FOR EACH ROW EXECUTE FUNCTION "export_touch_change_xid"();
