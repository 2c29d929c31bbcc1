import { z } from "zod";

/** A destination's name: what `destination=` and `--destination` name. */
const destinationName = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, "must be a lower-case name (a-z, 0-9, _ and -)");
/** Long enough that guessing it is hopeless: it is all that keeps a pseudonym from being recomputed. */
const destinationKey = z.string().min(32, "must be at least 32 characters");

/**
 * `SILTA_EXPORT_DESTINATION_KEYS`: the data lake destinations and their pseudonymisation keys,
 * `name=key` pairs separated by commas (`lake=…,research=…`). Unset means no export is served.
 * Read here, with the rest of a subgraph's environment (`subgraphConfigSchema`, every problem at
 * once) and by `npm run export`; what the keys are for is the export's (`@silta/export`).
 */
export const exportDestinationsField = z.string().transform((value, context) => {
  const destinations = new Map<string, string>();
  for (const pair of value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = pair.indexOf("=");
    const name = separator > 0 ? pair.slice(0, separator).trim() : "";
    const key = separator > 0 ? pair.slice(separator + 1).trim() : "";
    const parsedName = destinationName.safeParse(name);
    if (!parsedName.success) {
      context.addIssue({ code: "custom", message: `destination "${name}" ${parsedName.error.issues[0]!.message}` });
      continue;
    }
    const parsedKey = destinationKey.safeParse(key);
    if (!parsedKey.success) {
      context.addIssue({ code: "custom", message: `the key of destination ${name} ${parsedKey.error.issues[0]!.message}` });
      continue;
    }
    if (destinations.has(name)) context.addIssue({ code: "custom", message: `destination ${name} is named twice` });
    destinations.set(name, key);
  }
  return destinations as ReadonlyMap<string, string>;
});

export type ExportDestinations = ReadonlyMap<string, string>;
