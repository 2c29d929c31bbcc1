-- Every hourly `audit:verify --since-checkpoint` counts the seals up to its checkpoint and their
-- entries (a seal removed or its count changed before the checkpoint shows there). Over the heap
-- that read a year's 15 million seals, 4 GB, on each run; with the entries beside the key in the
-- primary key's index, the count reads the index alone, 0.45 GB a year (docs/benchmarks.md,
-- "Eighteenth sitting"). The index is rebuilt under the table's lock: the sealer waits for it.
ALTER TABLE "access_log_seal"
  DROP CONSTRAINT "access_log_seal_pkey",
  ADD CONSTRAINT "access_log_seal_pkey" PRIMARY KEY ("seq") INCLUDE ("entries");
