-- Name search reads in the order of its page and stops after the page (clientSearch.ts).
--
-- A name word matches the start of the first or the last name without regard to case. Each name
-- gets a search key, its lower-case form (lower(), the same folding ILIKE used), kept by PostgreSQL
-- itself as a generated column, in the "C" collation: code point order, the same on every server
-- and on PGlite, and one in which the names starting with a word are one range of a B-tree
-- (key >= word AND key < word || U+10FFFF). Results are ordered by the keys (last, first, id): the
-- last-name B-tree below then holds the matches of a word on the last name in page order, so a page
-- reads as many index entries as it shows. The first-name B-tree holds the keys a search needs to
-- order its first-name matches without visiting the table.
--
-- Adding a stored generated column rewrites the table once (under its lock); the trigram indexes
-- and the (last_name, first_name, id) B-tree, which nothing reads any more, are dropped. pg_trgm
-- stays installed in "extensions": other schemas may use it.
ALTER TABLE "client"
  ADD COLUMN "last_name_key" text COLLATE "C" GENERATED ALWAYS AS (lower("last_name")) STORED NOT NULL,
  ADD COLUMN "first_name_key" text COLLATE "C" GENERATED ALWAYS AS (lower("first_name")) STORED NOT NULL;

CREATE INDEX "client_last_name_key_first_name_key_id_idx" ON "client" ("last_name_key", "first_name_key", "id");
CREATE INDEX "client_first_name_key_last_name_key_id_idx" ON "client" ("first_name_key", "last_name_key", "id");

DROP INDEX "client_first_name_trgm_idx";
DROP INDEX "client_last_name_trgm_idx";
DROP INDEX "client_last_name_first_name_id_idx";
