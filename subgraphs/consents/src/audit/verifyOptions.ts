import { parseArgs } from "node:util";
import { DEFAULT_UNSEALED_BOUND_MS } from "./verifyAccessLog";

/** The command line of `npm run audit:verify` (main.ts), read and checked: each option's rule named when it is broken. */
export interface VerifyOptions {
  checkpointFile: string | undefined;
  sinceCheckpoint: boolean;
  /** `--whole-every`, in days. */
  wholeEvery: number | undefined;
  sliceSeconds: number | undefined;
  statementTimeoutMs: number;
  unsealedBoundMs: number;
}

export const usage =
  "usage: npm run audit:verify [-- --checkpoint <file> [--since-checkpoint [--slice-seconds <s>] [--whole-every <days>]]] [--unsealed-bound <ms>] [--statement-timeout <ms>]";
export const help = `${usage}

Checks the access log's chain of seals and every sealed entry, and prints OK or the first break:
DATABASE_URL (schema DATABASE_SCHEMA, default public) in servers mode, else the embedded consents
database under SILTA_DATA_DIR (default .silta).

  --checkpoint <file>     an HMAC-signed checkpoint (key AUDIT_CHECKPOINT_KEY, 32+ characters) kept
                          outside the database: also reports seals missing after it, and when the
                          log is intact writes the new head there (docs/access.md)
  --since-checkpoint      walk only the seals after the checkpoint (which must exist): checks that
                          its seal is still the one checkpointed, and everything sealed since; the
                          entries up to it are left to a run without this option
  --slice-seconds <s>     with --since-checkpoint: then walk the whole log on from where the last
                          run left it (the place kept in the checkpoint), for about <s> seconds
                          (one seal at least): the walk of the whole log in slices, one a run,
                          until it reaches the checkpoint's seal; then the next begins
  --whole-every <days>    with --since-checkpoint: walk the whole log instead when there is no
                          checkpoint yet, or its last whole walk began <days> or more ago (the one
                          scheduled run: hourly, and whole once a week with 7); with
                          --slice-seconds, the walk in slices under way is finished instead
  --unsealed-bound <ms>   how long an entry may stay unsealed before it is reported as a break
                          (default ACCESS_LOG_UNSEALED_BOUND_MS, else 2000)
  --statement-timeout <ms>
                          how long one of its statements may run or wait for a lock before the run
                          stops as "could not check" (default 900000: 15 minutes; PostgreSQL only)

Exit code 0: intact; 1: broken; 2: could not check.`;

/** A command line the command refuses: said with the usage line, exit code 2. */
export class UsageError extends Error {}

/** A statement of a whole walk reads one page of entries (milliseconds); fifteen minutes is only ever a hang. */
const DEFAULT_STATEMENT_TIMEOUT_MS = 15 * 60_000;

/** The options of the command line, or `"help"` when it asks for the help text. */
export function readVerifyOptions(args: string[]): VerifyOptions | "help" {
  const { values } = (() => {
    try {
      return parseArgs({
        args,
        options: {
          checkpoint: { type: "string" },
          "unsealed-bound": { type: "string" },
          "since-checkpoint": { type: "boolean", default: false },
          "whole-every": { type: "string" },
          "slice-seconds": { type: "string" },
          "statement-timeout": { type: "string" },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  if (values.help) return "help";
  const checkpointFile = values.checkpoint;
  const sinceCheckpoint = values["since-checkpoint"];
  if (sinceCheckpoint && !checkpointFile) throw new UsageError("--since-checkpoint needs --checkpoint <file>");
  const wholeEveryText = values["whole-every"];
  if (wholeEveryText !== undefined && !sinceCheckpoint) throw new UsageError("--whole-every needs --since-checkpoint");
  const wholeEvery = wholeEveryText === undefined ? undefined : Number(wholeEveryText);
  if (wholeEveryText !== undefined && (!/^[0-9]{1,4}$/.test(wholeEveryText) || wholeEvery! < 1))
    throw new UsageError(`--whole-every must be a whole number of days from 1 to 9999, got ${wholeEveryText}`);
  const sliceText = values["slice-seconds"];
  if (sliceText !== undefined && !sinceCheckpoint) throw new UsageError("--slice-seconds needs --since-checkpoint");
  const sliceSeconds = sliceText === undefined ? undefined : Number(sliceText);
  if (sliceText !== undefined && (!/^[0-9]{1,5}$/.test(sliceText) || sliceSeconds! > 86_400))
    throw new UsageError(`--slice-seconds must be a whole number of seconds from 0 to 86400, got ${sliceText}`);
  const timeoutText = values["statement-timeout"] ?? String(DEFAULT_STATEMENT_TIMEOUT_MS);
  const statementTimeoutMs = Number(timeoutText);
  if (!/^[0-9]{1,9}$/.test(timeoutText) || statementTimeoutMs < 100)
    throw new UsageError(`--statement-timeout must be a whole number of milliseconds from 100 to 999999999, got ${timeoutText}`);
  return {
    checkpointFile,
    sinceCheckpoint,
    wholeEvery,
    sliceSeconds,
    statementTimeoutMs,
    unsealedBoundMs: unsealedBound(values["unsealed-bound"]),
  };
}

/**
 * `--unsealed-bound`, else ACCESS_LOG_UNSEALED_BOUND_MS (an empty variable, as .env.example leaves
 * it, means the default). A bad option is a usage error; a bad variable names the variable alone,
 * since the command line was right and its usage line would not help.
 */
function unsealedBound(optionText: string | undefined): number {
  const variableText = process.env["ACCESS_LOG_UNSEALED_BOUND_MS"] || undefined;
  const text = optionText ?? variableText ?? String(DEFAULT_UNSEALED_BOUND_MS);
  if (/^[0-9]{1,9}$/.test(text)) return Number(text);
  if (optionText !== undefined)
    throw new UsageError(`--unsealed-bound must be a whole number of milliseconds up to 999999999, got ${optionText}`);
  throw new Error(`ACCESS_LOG_UNSEALED_BOUND_MS must be a whole number of milliseconds up to 999999999, got ${text}`);
}
