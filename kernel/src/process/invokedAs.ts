import { relative } from "node:path";

/**
 * How this process was started, for its usage line: `node dist/gateway.js` as the image runs it,
 * `npx tsx gateway/src/main.ts` from the sources (a usage naming only the latter sent operators of
 * the image to a command their image does not have).
 */
export function invokedAs(argv: readonly string[] = process.argv, cwd: string = process.cwd()): string {
  const script = argv[1];
  if (!script) return "node";
  const path = relative(cwd, script) || script;
  return /\.[cm]?tsx?$/.test(script) ? `npx tsx ${path}` : `node ${path}`;
}
