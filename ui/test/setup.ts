import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "node:util";
import { toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);

// jsdom lacks these browser APIs that the app (token decoding) and Recharts (sizing) use.
Object.assign(globalThis, { TextEncoder, TextDecoder });
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? ResizeObserverStub });
