import { hash } from "node:crypto";

/**
 * The comment a statement's text begins with to be sent as a named (prepared) statement on a
 * PostgreSQL pool, through the kernel's `Sql`, a Prisma client's raw path or `readPrepared` alike
 * (`openPostgres`): parsed once per connection instead of on every call. Only for a statement of
 * constant text that every request of an everyday view runs (the access log's appends, fit's latest
 * scores, teams' client windows and lookups of a professional or a team, the clients' summaries), or
 * that the access log's sealer runs on every turn over every monthly partition (its batch reads);
 * everything else stays unnamed, so the set of names a connection holds stays small and known.
 */
export const PREPARED_STATEMENT_MARK = "/* prepared */";

/**
 * Distinct texts named per process at most. A marked statement whose text varied from call to call
 * (a list spliced into it) would otherwise leave a new prepared statement on every connection each
 * time; past the bound such texts go unnamed, as every other statement does.
 */
const MAX_NAMED_TEXTS = 16;

/**
 * The names given so far, by text. A name is the text's digest, so one name always means one text:
 * node-pg refuses a name reused for another text, and PostgreSQL would answer the first text's rows.
 */
const names = new Map<string, string>();

/**
 * The name to send a statement under, or undefined to send it unnamed: named only when its text
 * begins with {@link PREPARED_STATEMENT_MARK}. What keeps a name safe under cancellations and
 * failures is node-pg's bookkeeping per connection with how PostgreSQL keeps prepared statements
 * (docs/access.md, "Prepared appends"): a Parse that failed or was cancelled is not recorded and is
 * sent again next time; a prepared statement outlives a failed or rolled-back statement that used
 * it; a connection whose statement a deadline cancelled is closed, taking its statements with it;
 * and a changed table is re-planned by PostgreSQL on the next call.
 */
export function preparedStatementName(text: string): string | undefined {
  if (!text.startsWith(PREPARED_STATEMENT_MARK)) return undefined;
  const known = names.get(text);
  if (known !== undefined || names.size >= MAX_NAMED_TEXTS) return known;
  const name = `silta_${hash("sha256", text).slice(0, 32)}`;
  names.set(text, name);
  return name;
}
