/** Who the signed-in user is, as their token says. Only for showing and choosing views: the gateway verifies the token. */
export interface SignedInViewer {
  /** The token's subject: a professional's, client's or system's id. */
  id: string;
  kind: "professional" | "client" | "system";
  /** The professional's organisation (`silta_org`). */
  organizationId?: string;
  roles: string[];
}

/**
 * Reads the claims of a JWT without verifying it (the gateway does that on every request). Throws
 * when the token is not a JWT with a subject, so a pasted wrong value is refused at sign-in.
 */
export function viewerFromToken(token: string): SignedInViewer {
  const payload = token.split(".")[1];
  if (!payload) throw new Error("not_a_jwt");
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(decodeBase64Url(payload)) as Record<string, unknown>;
  } catch {
    throw new Error("not_a_jwt");
  }
  const id = claims["sub"];
  if (typeof id !== "string" || id === "") throw new Error("no_subject");
  const kind = claims["silta_kind"];
  const organizationId = claims["silta_org"];
  const roles = Array.isArray(claims["roles"]) ? claims["roles"].filter((role): role is string => typeof role === "string") : [];
  return {
    id,
    kind: kind === "client" || kind === "system" ? kind : "professional",
    ...(typeof organizationId === "string" ? { organizationId } : {}),
    roles,
  };
}

function decodeBase64Url(text: string): string {
  const base64 = text
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(text.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
