import { createLogger } from "@silta/kernel";
import { startHub } from "../src";

describe("the embedded hub", () => {
  const previous = process.env["NODE_ENV"];
  afterEach(() => {
    process.env["NODE_ENV"] = previous;
  });

  it("refuses to start in production, before opening any database", async () => {
    process.env["NODE_ENV"] = "production";
    await expect(startHub({ dataDir: null, port: 0, log: createLogger({ service: "test", level: "silent" }) })).rejects.toThrow(
      /development only.*NODE_ENV=production/,
    );
  });
});
