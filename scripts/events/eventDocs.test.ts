import { readFileSync } from "node:fs";
import { EVENT_CONTRACTS } from "@silta/events";
import { EVENTS_DOC, eventsDocWithCatalogue } from "./eventDocs";

describe("docs/events.md", () => {
  const current = readFileSync(EVENTS_DOC, "utf8");

  it("holds the catalogue the contracts render (run npm run codegen after changing a contract)", async () => {
    expect(await eventsDocWithCatalogue(current)).toBe(current);
  });

  it("lists every contract's type, version and fields", () => {
    for (const contract of EVENT_CONTRACTS) {
      const row = current
        .split("\n")
        .find((line) => line.startsWith(`| \`${contract.type}\``) && line.includes(` ${contract.version} `));
      expect(row).toBeDefined();
      for (const field of Object.keys(contract.shape)) expect(row).toContain(`\`${field}`);
    }
  });
});
