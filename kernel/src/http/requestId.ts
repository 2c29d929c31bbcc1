import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";
const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a caller's request id when it is a plain token (so it can be correlated), else mints one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && acceptable.test(value) ? value : randomUUID();
}
