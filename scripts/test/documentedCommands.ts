import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";

/** A command a document tells the user to run, named by what it runs (not by its arguments). */
export interface DocumentedCommand {
  /** `npm run seed`, `npm start`, `tsx subgraphs/fit/src/import/main.ts`, `npm ci` … */
  key: string;
  /** The text as written, and where. */
  text: string;
  where: string;
}

const root = join(__dirname, "..", "..");

/** README.md, docs/**.md and every subgraph's README: what a user reads to learn the commands. */
export function documentFiles(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? docs(join(dir, entry.name)) : entry.name.endsWith(".md") ? [join(dir, entry.name)] : [],
    );
  const subgraphReadmes = readdirSync(join(root, "subgraphs"))
    .map((name) => join(root, "subgraphs", name, "README.md"))
    .filter((path) => existsSync(path));
  return [join(root, "README.md"), ...docs(join(root, "docs")), ...subgraphReadmes];
}

/**
 * The commands in a Markdown text: every line of a fenced code block and every inline code span,
 * reduced to the program they run. `npx tsx X` and `node … --import tsx X` are the same program X.
 */
export function commandsIn(markdown: string, where: string): DocumentedCommand[] {
  const snippets: string[] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) snippets.push(line);
    else for (const match of line.matchAll(/`([^`]+)`/g)) snippets.push(match[1]!);
  }
  const found: DocumentedCommand[] = [];
  for (const snippet of snippets) {
    // A shell line may chain commands (`npm install && npm start`) and start with variables.
    for (const part of snippet.replace(/\s+#.*$/, "").split(/&&|\|\||;|\|/)) {
      const key = keyOf(part.trim());
      if (key) found.push({ key, text: part.trim(), where });
    }
  }
  return found;
}

function keyOf(command: string): string | null {
  const words = command.replace(/^(\w+=\S*\s+)+/, "").split(/\s+/);
  if (words[0] === "npm") {
    if (words[1] === "run") return words[2] && /^[\w:.-]+$/.test(words[2]) ? `npm run ${words[2]}` : null;
    if (words[1] && ["start", "test", "install", "ci"].includes(words[1])) return `npm ${words[1]}`;
    return null;
  }
  if (words[0] === "npx" && words[1] === "tsx" && words[2]) return `tsx ${words[2]}`;
  if (words[0] === "node") {
    const tsx = words.indexOf("tsx");
    if (tsx > 0 && words[tsx - 1] === "--import" && words[tsx + 1] && words[tsx + 1] !== "<entry>")
      return `tsx ${words[tsx + 1]}`;
  }
  return null;
}

/** Every documented command of the project, by key, with the places that document it. */
export function documentedCommands(): Map<string, DocumentedCommand[]> {
  const byKey = new Map<string, DocumentedCommand[]>();
  for (const file of documentFiles()) {
    for (const command of commandsIn(readFileSync(file, "utf8"), relative(root, file))) {
      byKey.set(command.key, [...(byKey.get(command.key) ?? []), command]);
    }
  }
  return byKey;
}
