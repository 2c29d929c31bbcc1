import "@testing-library/jest-dom";
import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import { toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);

// jsdom lacks these browser APIs that the app (token decoding, client-chosen ids) and Recharts (sizing) use.
Object.assign(globalThis, { TextEncoder, TextDecoder });
if (typeof globalThis.crypto?.randomUUID !== "function") Object.defineProperty(globalThis, "crypto", { value: webcrypto });
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? ResizeObserverStub });
