import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetTables } from "./datasetTables";

describe("docs/data-lake-export.md", () => {
  it("documents every exported dataset and column as the definitions export them", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "data-lake-export.md"), "utf8");
    const section = /<!-- datasets:begin -->\n([\s\S]*)<!-- datasets:end -->/.exec(doc)?.[1];
    expect(section).toBe(datasetTables());
  });
});
