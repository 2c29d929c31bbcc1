import { recordFailure } from "./breakerVerdict";
import { CircuitBreaker } from "./circuitBreaker";
import { SubgraphCallError } from "./subgraphCallError";

const breaker = () => new CircuitBreaker({ failures: 2, openMs: 60_000 });
const timeout = new SubgraphCallError("timeout", "late", false);

describe("recordFailure", () => {
  it("opens the breaker on a subgraph refusing connections, whoever calls", () => {
    const subject = breaker();
    recordFailure(subject, new SubgraphCallError("unreachable", "ECONNREFUSED", true), "professional:a");
    recordFailure(subject, new SubgraphCallError("unreachable", "ECONNREFUSED", true), "professional:a");
    expect(subject.state).toBe("open");
  });

  it("counts timeouts and 5xx once per caller, so one caller's heavy operation cannot open it", () => {
    const subject = breaker();
    recordFailure(subject, timeout, "professional:a");
    recordFailure(subject, new SubgraphCallError("http", "HTTP 500", false, 500), "professional:a");
    expect(subject.state).toBe("closed");
    recordFailure(subject, timeout, "professional:b");
    expect(subject.state).toBe("open");
  });

  it("reads a 4xx as a healthy subgraph and a hang-up as nothing", () => {
    const subject = breaker();
    recordFailure(subject, timeout, "professional:a");
    recordFailure(subject, new SubgraphCallError("abandoned", "gone", false), "professional:b");
    recordFailure(subject, new SubgraphCallError("http", "HTTP 401", false, 401), undefined);
    recordFailure(subject, timeout, "professional:c");
    expect(subject.state).toBe("closed");
  });
});
