import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { badUserInput } from "../errors";

/** Cursors are padded to a multiple of this many bytes, so their length does not tell a key's length. */
const PAD_TO = 64;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Cursors of lists of client data: the position (the sort key of the last row the viewer was
 * shown) sealed with AES-256-GCM, bound to the viewer and to the list it came from. A caller sees
 * only random-looking bytes of a fixed length bucket; a cursor of another viewer, another list or
 * another search, or one that was altered, is refused as a bad input.
 */
export interface CursorSeal {
  /** Seals `key` for this viewer and `scope` (the field and what it was asked, e.g. `clients:<search>`). */
  seal(scope: string, key: readonly (string | number)[]): string;
  /** Opens a cursor sealed by `seal` with the same viewer and scope; BAD_USER_INPUT at `field` otherwise. */
  open(field: string, scope: string, cursor: string, length: number): (string | number)[];
}

/**
 * The seal of one viewer's request. `secret` is the service's own secret (the viewer signing secret
 * every replica shares), from which a key used for nothing else is derived.
 */
export function cursorSeal(secret: Uint8Array, viewerId: string): CursorSeal {
  const key = cursorKeyOf(secret);
  const aad = (scope: string) => Buffer.from(JSON.stringify([viewerId, scope]));
  return {
    seal(scope, position) {
      const json = Buffer.from(JSON.stringify(position));
      const padded = Buffer.alloc(Math.ceil((json.length + 1) / PAD_TO) * PAD_TO, 0x20);
      json.copy(padded);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(aad(scope));
      const body = Buffer.concat([cipher.update(padded), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
    },
    open(field, scope, cursor, length) {
      try {
        const bytes = Buffer.from(cursor, "base64url");
        if (bytes.length > IV_BYTES + TAG_BYTES) {
          const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
          decipher.setAAD(aad(scope));
          decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
          const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
          const position = JSON.parse(plain.toString("utf8").trimEnd()) as unknown;
          if (
            Array.isArray(position) &&
            position.length === length &&
            position.every((part) => typeof part === "string" || typeof part === "number")
          )
            return position;
        }
      } catch {
        // Altered, foreign or malformed: the same answer below.
      }
      throw badUserInput(
        field,
        "cursor",
        `${field} is not a cursor this API gave you for this list; pass a pageInfo.endCursor of the same query back unchanged.`,
      );
    },
  };
}

/** The cursor key of each secret, derived once: every request builds a seal, most never use it. */
const cursorKeys = new WeakMap<Uint8Array, Buffer>();

function cursorKeyOf(secret: Uint8Array): Buffer {
  let key = cursorKeys.get(secret);
  if (!key) {
    key = createHmac("sha256", secret).update("silta cursor key v1").digest();
    cursorKeys.set(secret, key);
  }
  return key;
}

/**
 * A connection's edge whose cursor is sealed only if the query reads it (then once, so `endCursor`
 * and the last edge's cursor stay the same string). A caseload of 79 clients asked without cursors
 * sealed 79 of them, an AES-GCM cipher and 12 random bytes each: a tenth of the teams subgraph's CPU
 * per request (docs/benchmarks.md, seventh sitting).
 */
export function edgeWithSealedCursor<Node>(node: Node, seal: () => string): { node: Node; readonly cursor: string } {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      return (cursor ??= seal());
    },
  };
}
