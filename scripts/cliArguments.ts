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
