import { join } from "node:path";
import { noArguments } from "./cliArguments";
import { buildWebApp, projectWebApp } from "./webAppBuild";

/**
 * `npm run ui:build [-- --force]`: builds the web app (ui/ → ui/dist, served at /app/ by the hub)
 * when its sources, the lock file or the supergraph changed since the last build. `npm start` and
 * `npm test` run it every time; an unchanged app costs a hash of its sources.
 */
const root = join(__dirname, "..");

async function main(): Promise<void> {
  noArguments(
    "usage: npm run ui:build [-- --force]   builds ui/ into ui/dist when its inputs changed",
    process.argv.slice(2).filter((arg) => arg !== "--force"),
  );
  const started = Date.now();
  const result = await buildWebApp({
    ...projectWebApp(root),
    force: process.argv.includes("--force"),
  });
  if (result === "no app") console.log("No web app to build (ui/package.json is missing)");
  else if (result === "up to date") console.log("Web app up to date (ui/dist matches its sources)");
  else console.log(`Built the web app into ui/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
