-- Merges of duplicate registrations, as the projection learns them from client.merged: the merged
-- duplicate's row names the client on record, so that client's access log (accessLog) includes the
-- entries written against the duplicate's id before the merge (docs/access.md, "The access log after
-- a merge"). The log itself is append-only and keeps those entries as written.
ALTER TABLE "access_client" ADD COLUMN "merged_into" UUID;
CREATE INDEX "access_client_merged_into_idx" ON "access_client"("merged_into");
