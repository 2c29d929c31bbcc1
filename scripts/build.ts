import { readFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { build, type Plugin } from "esbuild";
import { noArguments } from "./cliArguments";
import { subgraphNames } from "@silta/registry";
import { compiledEntryOf, sourceEntryOf, type ServiceName } from "./serviceCommands";

/**
 * `npm run build`: every service's entry point as one CommonJS file under dist/ (docs/decisions/0018),
 * what the containers and the servers-mode benchmarks run with plain `node`, without tsx's hooks.
 * Silta's own code (the `@silta/*` workspaces and the Prisma clients generated into them) is bundled;
 * registry packages stay in node_modules and are required from there, as under tsx.
 */
const root = join(__dirname, "..");

/** Every service of servers mode: the six subgraphs, the gateway and compose's development identity provider. */
export const services: readonly ServiceName[] = [...subgraphNames, "gateway", "devIdentityProvider"];

/**
 * Files found next to the sources (the clients' deadline rules, kernel migrations, the supergraph,
 * the IDE's browser files) are read from `__dirname`, which in a bundle would be dist/. Each source
 * file's `__dirname` becomes its own folder again, found from the bundle's place at run time, so
 * the bundle works wherever the repository is (/app in the image, a checkout here).
 */
const sourceDirname: Plugin = {
  name: "source-dirname",
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (args.path.includes(`${sep}node_modules${sep}`) || !/\b__(dirname|filename)\b/.test(source)) return undefined;
      const fromRoot = (path: string) => JSON.stringify(relative(root, path).split(sep).join("/"));
      return {
        loader: "ts",
        contents: source
          .replace(/\b__dirname\b/g, `require("node:path").join(__siltaRoot, ${fromRoot(dirname(args.path))})`)
          .replace(/\b__filename\b/g, `require("node:path").join(__siltaRoot, ${fromRoot(args.path)})`),
      };
    });
  },
};

/** Registry packages stay external; workspace packages (`@silta/*`) and relative imports are bundled. */
const registryPackagesExternal: Plugin = {
  name: "registry-packages-external",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@silta/") ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Bundles one entry point (a TypeScript file of the repository) into `outfile`, which must be inside
 * the repository: the bundle requires the registry packages from its node_modules.
 */
export async function bundle(entry: string, outfile: string): Promise<void> {
  const toRoot = relative(dirname(outfile), root).split(sep).join("/");
  if (relative(root, outfile).startsWith("..")) throw new Error(`${outfile} is outside the repository ${root}`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node24",
    // For stack traces with --enable-source-maps; Node does not read the map otherwise.
    sourcemap: "linked",
    logLevel: "warning",
    banner: { js: `const __siltaRoot = require("node:path").join(__dirname, ${JSON.stringify(toRoot)});` },
    plugins: [registryPackagesExternal, sourceDirname],
  });
}

/**
 * Bundles every service into `outDir` (default: the repository itself, so dist/…), in the layout of
 * {@link compiledEntryOf}. Returns the bundles written, from the repository root.
 */
export async function buildServices(outDir: string = root): Promise<string[]> {
  const built: string[] = [];
  for (const service of services) {
    const outfile = join(outDir, compiledEntryOf(service));
    await bundle(join(root, sourceEntryOf(service)), outfile);
    built.push(relative(root, outfile));
  }
  return built;
}

/**
 * The processes of the gateway benchmark (`npm run bench:gateway`), bundled like the services so that
 * it measures the gateway as it ships: Silta's, stock Apollo's and the benchmark's subgraphs.
 */
export const gatewayBenchmarkEntries = ["siltaGateway", "stockGateway", "subgraphs"].map((name) => ({
  source: `gateway/bench/${name}.ts`,
  bundle: `dist/bench/gateway/${name}.js`,
}));

export async function buildGatewayBenchmark(): Promise<string[]> {
  for (const { source, bundle: outfile } of gatewayBenchmarkEntries) await bundle(join(root, source), join(root, outfile));
  return gatewayBenchmarkEntries.map((entry) => entry.bundle);
}

const usage = `usage: npm run build [-- --gateway-benchmark]

Bundles every service's entry point into dist/ (dist/gateway.js, dist/subgraphs/<name>.js,
dist/devIdentityProvider.js), what the image runs (docs/decisions/0018-compiled-services.md).
  --gateway-benchmark   also the gateway benchmark's processes, into dist/bench/gateway/ (bench:gateway runs this)`;

if (require.main === module) {
  const argv = process.argv.slice(2);
  const withBenchmark = argv[0] === "--gateway-benchmark";
  noArguments(usage, withBenchmark ? argv.slice(1) : argv);
  const started = Date.now();
  Promise.all([buildServices(), withBenchmark ? buildGatewayBenchmark() : []]).then(
    ([services, benchmark]) =>
      console.log(`Built ${[...services, ...benchmark].join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
