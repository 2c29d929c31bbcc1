import { createServer } from "node:net";
import { ephemeralLow, freePort } from "./freePort";

describe("a free port for a server started a moment later", () => {
  it("reads the first port of the outgoing range, or Linux's default", () => {
    expect(ephemeralLow(() => "32768\t60999\n")).toBe(32_768);
    expect(ephemeralLow(() => "49152 65535")).toBe(49_152);
    expect(ephemeralLow(() => "garbage")).toBe(32_768);
    expect(
      ephemeralLow(() => {
        throw new Error("ENOENT");
      }),
    ).toBe(32_768);
  });

  it("is below the range outgoing connections take, and a server can listen on it", async () => {
    const port = await freePort();
    expect(port).toBeGreaterThanOrEqual(20_000);
    expect(port).toBeLessThan(ephemeralLow());
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", resolve);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
