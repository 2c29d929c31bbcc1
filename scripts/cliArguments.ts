/**
 * For the scripts that take no arguments (`npm run compose`, `generate`, `db:migrate`):
 * `-- --help` prints the usage and exits 0; any argument is refused with the usage and exit 2,
 * rather than silently ignored.
 */
export function noArguments(usage: string, argv: string[] = process.argv.slice(2)): void {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  if (argv.length > 0) {
    console.error(`unexpected arguments: ${argv.join(" ")}\n${usage}`);
    process.exit(2);
  }
}

/** A command-line argument the user got wrong: the script prints its message and where help is, and exits 2. */
export class ArgumentError extends Error {}

/** `--name`'s value as a whole number within [min, max], or an {@link ArgumentError} naming the flag and the range. */
export function wholeNumberArgument(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new ArgumentError(`--${name} must be a whole number from ${min} to ${max} (is ${value})`);
  return number;
}
