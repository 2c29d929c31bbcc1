import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import {
  BenchmarkLockError,
  benchmarkLockSettings,
  describeHolder,
  holderLine,
  parseHolderLine,
  privateBenchmarkLock,
  takeBenchmarkLock,
  type BenchmarkLockSettings,
} from "./benchmarkLock";

const root = join(__dirname, "..", "..");
/** A name of this test's own: it never waits for, nor holds up, a real benchmark on the machine. */
const settingsOf = (waitMs: number): BenchmarkLockSettings => ({
  name: `silta-benchmark-test-${process.pid}-${randomBytes(4).toString("hex")}`,
  waitMs,
  pollMs: 50,
});
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/**
 * Another process that takes the lock as `bench:holder-test` through this module, as a benchmark's
 * entry point does; `hold` keeps it alive, else it ends once it has the lock (and never released it).
 */
function startHolder(name: string, hold: boolean): Promise<ChildProcess> {
  const script = `
    const { takeBenchmarkLock } = require(process.env.LOCK_MODULE);
    takeBenchmarkLock("bench:holder-test").then(() => {
      console.log("held");
      if (process.env.HOLD) setInterval(() => undefined, 60_000);
    });`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: root,
    env: {
      PATH: process.env["PATH"]!,
      LOCK_MODULE: join(__dirname, "benchmarkLock.ts"),
      SILTA_BENCH_LOCK: name,
      ...(hold ? { HOLD: "1" } : {}),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => (chunk.toString().includes("held") ? resolve(child) : undefined));
    child.once("exit", (code) => reject(new Error(`the holder ended with ${code} before it held the lock`)));
  });
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the machine-wide benchmark lock", () => {
  it("makes a second benchmark wait, naming the holder, and go on promptly once the holder is killed", async () => {
    const settings = settingsOf(60_000);
    const holder = await startHolder(settings.name, true);
    const notices: string[] = [];
    let taken = false;
    const taking = takeBenchmarkLock("bench:waiter", settings, (line) => notices.push(line)).then((lock) => {
      taken = true;
      return lock;
    });

    await until(() => notices.length > 0);
    expect(notices[0]).toMatch(
      new RegExp(
        `^waiting for another benchmark on this machine: bench:holder-test \\(pid ${holder.pid}, since \\d\\d:\\d\\d:\\d\\d UTC\\); giving up after 60 s$`,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taken).toBe(false);

    holder.kill("SIGKILL");
    const killedAt = Date.now();
    const lock = await taking;
    expect(Date.now() - killedAt).toBeLessThan(2_000);
    expect(notices[1]).toMatch(/^the other benchmark ended; bench:waiter goes on after [\d.]+ (ms|s) of waiting$/);
    await lock.release();
  });

  it("gives up after its bound with an error that names the holder", async () => {
    const settings = settingsOf(300);
    const holder = await startHolder(settings.name, true);
    const taking = takeBenchmarkLock("bench:waiter", settings, () => undefined);
    await expect(taking).rejects.toThrow(BenchmarkLockError);
    await expect(taking).rejects.toThrow(
      new RegExp(
        `^gave up after \\d+ ms waiting for another benchmark on this machine: bench:holder-test \\(pid ${holder.pid}, since \\d\\d:\\d\\d:\\d\\d UTC\\); SILTA_BENCH_LOCK_WAIT_MS sets how long to wait$`,
      ),
    );
  });

  it("is free again once released: the next benchmark takes it without waiting", async () => {
    const settings = settingsOf(0);
    const first = await takeBenchmarkLock("bench:first", settings, () => undefined);
    await expect(takeBenchmarkLock("bench:second", settings, () => undefined)).rejects.toThrow(/bench:first/);
    await first.release();
    const second = await takeBenchmarkLock("bench:second", settings, () => undefined);
    await second.release();
  });

  it("never keeps a finished benchmark's process alive, and the process's end frees it", async () => {
    const settings = settingsOf(0);
    const holder = await startHolder(settings.name, false);
    const code = await new Promise((resolve) => holder.once("exit", resolve));
    expect(code).toBe(0);
    const lock = await takeBenchmarkLock("bench:next", settings, () => undefined);
    await lock.release();
  });

  it("is no lock, said in one line, where there are no abstract sockets", async () => {
    const settings = settingsOf(0);
    const notices: string[] = [];
    const none = await takeBenchmarkLock("bench:elsewhere", settings, (line) => notices.push(line), "darwin");
    expect(notices).toEqual([
      "no benchmark lock on darwin (it needs Linux's abstract sockets): another benchmark may run alongside",
    ]);
    const real = await takeBenchmarkLock("bench:here", settings, () => undefined);
    await real.release();
    await none.release();
  });
});

describe("the holder's line", () => {
  const holder = { pid: 1234, benchmark: "bench:views", since: new Date("2026-12-07T21:40:02.345Z") };

  it("is read back as it was written", () => {
    expect(holderLine(holder)).not.toContain("\n");
    expect(parseHolderLine(holderLine(holder))).toEqual(holder);
  });

  it("reads as nothing when it is not a holder's (cut, of another shape, or not JSON)", () => {
    expect(parseHolderLine(holderLine(holder).slice(0, 20))).toBeUndefined();
    expect(
      parseHolderLine(JSON.stringify({ pid: "1234", benchmark: "bench:views", since: "2026-12-07T21:40:02Z" })),
    ).toBeUndefined();
    expect(parseHolderLine(JSON.stringify({ pid: 1234, benchmark: "bench:views", since: "yesterday" }))).toBeUndefined();
    expect(parseHolderLine("")).toBeUndefined();
  });

  it("names the benchmark, its process and since when, in UTC", () => {
    expect(describeHolder(holder)).toBe("bench:views (pid 1234, since 21:40:02 UTC)");
    expect(describeHolder(undefined)).toBe("one that did not say which");
  });
});

describe("the lock's settings", () => {
  it("default to the machine's one lock and half an hour's wait", () => {
    expect(benchmarkLockSettings({})).toEqual({ name: "silta-benchmark", waitMs: 1_800_000, pollMs: 500 });
    expect(benchmarkLockSettings({ SILTA_BENCH_LOCK: "", SILTA_BENCH_LOCK_WAIT_MS: "" }).name).toBe("silta-benchmark");
  });

  it("take the name and the wait from the environment", () => {
    expect(benchmarkLockSettings({ SILTA_BENCH_LOCK: "silta-benchmark-ci", SILTA_BENCH_LOCK_WAIT_MS: "0" })).toEqual({
      name: "silta-benchmark-ci",
      waitMs: 0,
      pollMs: 500,
    });
  });

  it("give a test a lock of its own: a valid name, another each time", () => {
    const one = privateBenchmarkLock("fit-test");
    expect(one.SILTA_BENCH_LOCK).toMatch(/^silta-benchmark-fit-test-[0-9a-f]{8}$/);
    expect(benchmarkLockSettings(one).name).toBe(one.SILTA_BENCH_LOCK);
    expect(privateBenchmarkLock("fit-test").SILTA_BENCH_LOCK).not.toBe(one.SILTA_BENCH_LOCK);
  });

  it("refuse a wrong name and a wrong wait, naming both variables", () => {
    expect(() => benchmarkLockSettings({ SILTA_BENCH_LOCK: "a/b", SILTA_BENCH_LOCK_WAIT_MS: "soon" })).toThrow(
      /SILTA_BENCH_LOCK must be .*"a\/b".*; SILTA_BENCH_LOCK_WAIT_MS must be a whole number .*\(is soon\)/,
    );
    expect(() => benchmarkLockSettings({ SILTA_BENCH_LOCK_WAIT_MS: "-1" })).toThrow(BenchmarkLockError);
  });
});
