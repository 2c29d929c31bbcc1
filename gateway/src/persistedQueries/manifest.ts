import { createHash } from "node:crypto";

export interface PersistedOperation {
  /** SHA-256 of the operation's text, lower-case hex: the id callers send. */
  id: string;
  body: string;
  name?: string;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Reads a client's manifest of operations: Apollo's persisted query manifest
 * (`{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id","name","type","body"}]}`)
 * or a plain `{"<sha256>": "<operation text>"}` map (Relay, GraphQL Code Generator). Every id must
 * be the SHA-256 of its body, so a manifest cannot smuggle in an operation under another's id.
 */
export function parseManifest(json: unknown): PersistedOperation[] {
  if (typeof json !== "object" || json === null) throw new Error("The manifest must be a JSON object.");
  const manifest = json as Record<string, unknown>;
  const operations: PersistedOperation[] = Array.isArray(manifest["operations"])
    ? (manifest["operations"] as unknown[]).map((entry, index) => {
        const operation = entry as Record<string, unknown>;
        if (typeof operation["body"] !== "string") throw new Error(`operations[${index}] has no body.`);
        return {
          id: typeof operation["id"] === "string" ? operation["id"] : sha256(operation["body"]),
          body: operation["body"],
          ...(typeof operation["name"] === "string" ? { name: operation["name"] } : {}),
        };
      })
    : Object.entries(manifest).map(([id, body]) => {
        if (typeof body !== "string") throw new Error(`The manifest entry ${id} is not an operation's text.`);
        return { id, body };
      });
  for (const operation of operations) {
    if (operation.id !== sha256(operation.body)) {
      throw new Error(
        `The manifest's id ${operation.id} is not the SHA-256 of its operation${operation.name ? ` ${operation.name}` : ""}.`,
      );
    }
  }
  return operations;
}
