/** One positional whole-number argument of a benchmark script, e.g. `[clients=20000]`. */
export interface CountArgument {
  name: string;
  default: number;
  min: number;
  max: number;
}

/**
 * The whole-number arguments of a benchmark script (`bench.ts [clients] [runs]`). `--help` prints
 * the usage and exits 0; anything that is not a whole number in range, or an unknown option, prints
 * what was wrong and the usage, and exits 2, before the benchmark touches a database.
 */
export function benchArguments(argv: string[], usage: string, specs: CountArgument[]): number[] {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  const fail = (problem: string): never => {
    console.error(`${problem}\n${usage}`);
    process.exit(2);
  };
  const option = argv.find((arg) => arg.startsWith("-"));
  if (option) fail(`unknown option ${option}`);
  if (argv.length > specs.length) fail(`expected at most ${specs.length} argument(s), got ${argv.length}`);
  return specs.map((spec, index) => {
    const given = argv[index];
    if (given === undefined) return spec.default;
    const value = Number(given);
    if (!Number.isInteger(value) || value < spec.min || value > spec.max)
      fail(`${spec.name} must be a whole number from ${spec.min} to ${spec.max} (is ${given})`);
    return value;
  });
}
