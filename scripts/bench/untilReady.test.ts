import { untilReady } from "./untilReady";

describe("waiting for the benchmark hub's processes", () => {
  const output = () => "[teams] Silta could not start: listen EADDRINUSE: address already in use 127.0.0.1:42287\n";

  it("returns once the check passes, a failing check counting as not yet", async () => {
    let calls = 0;
    const check = async () => {
      calls += 1;
      if (calls === 1) throw new Error("ECONNREFUSED");
      return calls >= 3;
    };
    await untilReady("the teams subgraph", check, 5_000, output, () => [], 1);
    expect(calls).toBe(3);
  });

  it("fails at once, naming the process that ended and with what it said, long before its bound", async () => {
    const exited: string[] = [];
    let calls = 0;
    const check = async () => {
      calls += 1;
      if (calls === 2) exited.push("teams (exit code 1)");
      return false;
    };
    const started = Date.now();
    await expect(untilReady("the teams subgraph", check, 240_000, output, () => exited, 1)).rejects.toThrow(
      "the teams subgraph was not ready: teams (exit code 1) ended before the hub was. It said:\n[teams] Silta could not start: listen EADDRINUSE",
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("gives up after its bound with what the processes said, when none ended", async () => {
    await expect(
      untilReady(
        "the gateway",
        async () => false,
        20,
        output,
        () => [],
        1,
      ),
    ).rejects.toThrow("the gateway was not ready within 0.02 s. It said:\n[teams]");
  });
});
