-- Merges of duplicate registrations (docs/access.md, "Duplicate registrations"). The register keeper
-- folds a duplicate into the client on record (mergeDuplicateRegistration): the duplicate's rows move
-- to the client on record and the duplicate row stays, marked merged_into, so that the access log's
-- entries naming its id (kept as written) lead an auditor to the person, and no other id is ever
-- answered for it. A merged row is answered as missing everywhere and listed nowhere.
ALTER TABLE "client" ADD COLUMN "merged_into" UUID;
ALTER TABLE "client" ADD COLUMN "merged_at" TIMESTAMPTZ(3);
ALTER TABLE "client" ADD CONSTRAINT "client_merged_into_fkey" FOREIGN KEY ("merged_into") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "client_merged_into_idx" ON "client"("merged_into");
