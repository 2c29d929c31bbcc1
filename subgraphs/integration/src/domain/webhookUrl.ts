const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Why a receiver URL is refused, or null: it must be https (deliveries carry a signature, not
 * secrecy), except plain http to a loopback address where `allowInsecureLoopback` (outside production).
 */
export function urlProblem(url: string, allowInsecureLoopback: boolean): "url" | "https" | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "url";
  }
  if (parsed.username || parsed.password) return "url";
  if (parsed.protocol === "https:") return null;
  if (parsed.protocol === "http:" && allowInsecureLoopback && LOOPBACK.has(parsed.hostname)) return null;
  return "https";
}
