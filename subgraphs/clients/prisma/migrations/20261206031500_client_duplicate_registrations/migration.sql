-- Duplicate registrations (kaksoiskirjaukset). createClient with the identity code (or temporary
-- identifier) of a client on record used to answer that client, or refuse a viewer who may not read
-- them, which told anyone who may create clients that the code is on record (docs/access.md,
-- "Duplicate registrations"). Such a viewer now gets a record of their own, exactly as for a code
-- nobody has, linked here to the client on record for the register keeper to merge.
--
-- The identifiers stay unique among the records on record (duplicate_of IS NULL): a look-up by code
-- finds one client on record, and two creates of a new person at once still meet in the index. The
-- unique indexes keep their names; only their predicate is new. A partial index serves only queries
-- that imply its predicate, so the look-ups that find a person's every record (createClient) and the
-- identity-code search get plain indexes of their own, or they would read the whole table. The foreign key refuses to delete a client
-- on record while duplicates point at it (a merge moves or removes them first).
ALTER TABLE "client" ADD COLUMN "duplicate_of" UUID;
ALTER TABLE "client" ADD CONSTRAINT "client_duplicate_of_fkey" FOREIGN KEY ("duplicate_of") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "client_duplicate_of_idx" ON "client"("duplicate_of");

DROP INDEX "client_identity_code_hash_key";
CREATE UNIQUE INDEX "client_identity_code_hash_key" ON "client"("identity_code_hash") WHERE "duplicate_of" IS NULL;

DROP INDEX "client_controller_organization_id_temporary_identifier_key";
CREATE UNIQUE INDEX "client_controller_organization_id_temporary_identifier_key" ON "client"("controller_organization_id", "temporary_identifier") WHERE "duplicate_of" IS NULL;
CREATE INDEX "client_identity_code_hash_idx" ON "client"("identity_code_hash");
CREATE INDEX "client_controller_organization_id_temporary_identifier_idx" ON "client"("controller_organization_id", "temporary_identifier");
