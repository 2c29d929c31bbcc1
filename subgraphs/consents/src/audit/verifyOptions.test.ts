import { DEFAULT_UNSEALED_BOUND_MS } from "./verifyAccessLog";
import { readVerifyOptions, UsageError } from "./verifyOptions";

describe("readVerifyOptions: audit:verify's command line", () => {
  const saved = process.env["ACCESS_LOG_UNSEALED_BOUND_MS"];
  beforeEach(() => delete process.env["ACCESS_LOG_UNSEALED_BOUND_MS"]);
  afterAll(() => {
    if (saved === undefined) delete process.env["ACCESS_LOG_UNSEALED_BOUND_MS"];
    else process.env["ACCESS_LOG_UNSEALED_BOUND_MS"] = saved;
  });

  it("asks for the help text, and gives the defaults of a bare run", () => {
    expect(readVerifyOptions(["--help"])).toBe("help");
    expect(readVerifyOptions(["-h"])).toBe("help");
    expect(readVerifyOptions([])).toEqual({
      checkpointFile: undefined,
      sinceCheckpoint: false,
      wholeEvery: undefined,
      sliceSeconds: undefined,
      statementTimeoutMs: 900_000,
      unsealedBoundMs: DEFAULT_UNSEALED_BOUND_MS,
    });
  });

  it("reads the scheduled run's command line (docs/operations.md), every value given", () => {
    const args = [
      "--checkpoint",
      "/var/lib/silta/head.json",
      "--since-checkpoint",
      "--slice-seconds",
      "900",
      "--whole-every",
      "7",
    ];
    expect(readVerifyOptions([...args, "--statement-timeout", "100", "--unsealed-bound", "5000"])).toEqual({
      checkpointFile: "/var/lib/silta/head.json",
      sinceCheckpoint: true,
      wholeEvery: 7,
      sliceSeconds: 900,
      statementTimeoutMs: 100,
      unsealedBoundMs: 5000,
    });
  });

  it.each([
    [["--since-checkpoint"], "--since-checkpoint needs --checkpoint <file>"],
    [["--whole-every", "7"], "--whole-every needs --since-checkpoint"],
    [
      ["--checkpoint", "c", "--since-checkpoint", "--whole-every", "0"],
      "--whole-every must be a whole number of days from 1 to 9999, got 0",
    ],
    [["--checkpoint", "c", "--since-checkpoint", "--whole-every", "1.5"], "--whole-every must be a whole number of days"],
    [["--slice-seconds", "60"], "--slice-seconds needs --since-checkpoint"],
    [
      ["--checkpoint", "c", "--since-checkpoint", "--slice-seconds", "86401"],
      "--slice-seconds must be a whole number of seconds from 0 to 86400",
    ],
    [["--statement-timeout", "99"], "--statement-timeout must be a whole number of milliseconds from 100 to 999999999, got 99"],
    [["--statement-timeout", "1e6"], "--statement-timeout must be a whole number of milliseconds"],
    [["--unsealed-bound", "soon"], "--unsealed-bound must be a whole number of milliseconds up to 999999999, got soon"],
    [["--unsealed-bound=-5"], "--unsealed-bound must be a whole number of milliseconds"],
    [["--walk-everything"], "Unknown option '--walk-everything'"],
  ])("refuses %j with the rule it breaks, as a usage error", (args, message) => {
    expect(() => readVerifyOptions(args)).toThrow(UsageError);
    expect(() => readVerifyOptions(args)).toThrow(message);
  });

  it("takes the unsealed bound from the environment when the option is not given, an empty variable meaning the default", () => {
    process.env["ACCESS_LOG_UNSEALED_BOUND_MS"] = "7000";
    expect(readVerifyOptions([])).toMatchObject({ unsealedBoundMs: 7000 });
    expect(readVerifyOptions(["--unsealed-bound", "10"])).toMatchObject({ unsealedBoundMs: 10 });
    process.env["ACCESS_LOG_UNSEALED_BOUND_MS"] = "";
    expect(readVerifyOptions([])).toMatchObject({ unsealedBoundMs: DEFAULT_UNSEALED_BOUND_MS });
  });

  it("refuses a bad ACCESS_LOG_UNSEALED_BOUND_MS by the variable's name, not as a usage error, unless the option overrides it", () => {
    process.env["ACCESS_LOG_UNSEALED_BOUND_MS"] = "soon";
    let refusal: unknown;
    try {
      readVerifyOptions([]);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).not.toBeInstanceOf(UsageError);
    expect((refusal as Error).message).toBe(
      "ACCESS_LOG_UNSEALED_BOUND_MS must be a whole number of milliseconds up to 999999999, got soon",
    );
    expect(readVerifyOptions(["--unsealed-bound", "10"])).toMatchObject({ unsealedBoundMs: 10 });
  });
});
