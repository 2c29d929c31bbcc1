import { parseArgs, type ParseArgsConfig } from "node:util";

/** A command-line mistake: printed with the usage, exit 2, no stack trace. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The benchmark's options as `parseArgs` reads them (strict: an unknown option is a {@link UsageError}). */
export function optionsOf<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, strict: true, options }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** An option's whole number within [min, max], or a {@link UsageError} naming the option and the rule. */
export function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (is ${value})`);
  return number;
}

/** Runs a benchmark's main: a {@link UsageError} prints the usage and exits 2, anything else exits 1. */
export function runBenchmark(main: () => Promise<void>, usage: string): void {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  });
}
