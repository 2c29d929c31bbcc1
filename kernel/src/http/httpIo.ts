import type { IncomingMessage, ServerResponse } from "node:http";

/** What {@link readBody} resolves to when the body is over the limit. */
export const tooLarge = Symbol("too large");

/**
 * Reads a request body up to `limit` bytes. Over the limit (declared or counted) it resolves to
 * {@link tooLarge} at once and drains the rest unread: destroying the socket would lose the 413.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string | typeof tooLarge> {
  const declared = Number(request.headers["content-length"]);
  return new Promise((resolve, reject) => {
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      resolve(tooLarge);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners("data");
        request.resume();
        resolve(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]);
}
