import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { EVENT_CONTRACTS, type EventContract } from "@silta/events";

const root = join(__dirname, "..", "..");
const sources = [...new Set(EVENT_CONTRACTS.map((contract) => contract.source))];

/** The table row of this contract's type and version in a document, if any. */
function rowOf(document: string, contract: EventContract): string | undefined {
  return document.split("\n").find((line) => line.startsWith(`| \`${contract.type}\``) && line.includes(` ${contract.version} `));
}

// A child process: prettier's formatter loads ES modules that Jest's CommonJS runtime cannot.
it("docs/events.md and every subgraph README hold the tables the contracts render (run npm run codegen after changing a contract)", async () => {
  const check = promisify(execFile)(join(root, "node_modules", ".bin", "tsx"), [join(__dirname, "eventDocs.ts"), "--check"], {
    cwd: root,
  });
  const expected = [
    "docs/events.md: catalogue up to date",
    ...sources.map((source) => `subgraphs/${source}/README.md: events up to date`),
  ];
  await expect(check).resolves.toMatchObject({ stdout: `${expected.join("\n")}\n` });
}, 120_000);

describe("docs/events.md", () => {
  const current = readFileSync(join(root, "docs", "events.md"), "utf8");

  it("lists every contract's type, version and fields", () => {
    for (const contract of EVENT_CONTRACTS) {
      const row = rowOf(current, contract);
      expect(row).toBeDefined();
      for (const field of Object.keys(contract.shape)) expect(row).toContain(`\`${field}`);
    }
  });
});

describe.each(sources)("subgraphs/%s/README.md", (source) => {
  const readme = readFileSync(join(root, "subgraphs", source, "README.md"), "utf8");
  const generated = readme.slice(readme.indexOf("<!-- events: generated"), readme.indexOf("<!-- end of events -->"));

  it("lists, between its markers, every contract the subgraph publishes with its version and fields, and no other", () => {
    expect(generated).not.toBe("");
    for (const contract of EVENT_CONTRACTS) {
      const row = rowOf(generated, contract);
      if (contract.source !== source) {
        expect(row).toBeUndefined();
        continue;
      }
      expect(row).toBeDefined();
      for (const field of Object.keys(contract.shape)) expect(row).toContain(`\`${field}`);
    }
  });
});
