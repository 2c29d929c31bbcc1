import { CircuitBreaker, type BreakerState } from "./circuitBreaker";

function breaker() {
  let now = 0;
  const changes: BreakerState[] = [];
  const circuit = new CircuitBreaker({ failures: 3, openMs: 1000, now: () => now, onChange: (state) => changes.push(state) });
  return { circuit, changes, advance: (ms: number) => (now += ms) };
}

describe("the circuit breaker", () => {
  it("stays closed below the failure threshold, and a success resets the count", () => {
    const { circuit } = breaker();
    circuit.failed();
    circuit.failed();
    circuit.succeeded();
    circuit.failed();
    circuit.failed();
    expect(circuit.state).toBe("closed");
    expect(circuit.tryAcquire()).toBe(true);
  });

  it("opens at the threshold and refuses calls until the open time has passed", () => {
    const { circuit, advance } = breaker();
    for (let index = 0; index < 3; index += 1) circuit.failed();
    expect(circuit.state).toBe("open");
    expect(circuit.tryAcquire()).toBe(false);
    advance(999);
    expect(circuit.tryAcquire()).toBe(false);
  });

  it("counts nothing for a call its caller hung up on, and lets the next call probe in its place", () => {
    const { circuit, advance } = breaker();
    for (let index = 0; index < 3; index += 1) circuit.failed();
    advance(1000);
    expect(circuit.tryAcquire()).toBe(true);
    circuit.abandoned();
    expect(circuit.state).toBe("half_open");
    expect(circuit.tryAcquire()).toBe(true);
    expect(circuit.tryAcquire()).toBe(false);
    circuit.succeeded();
    circuit.failed();
    circuit.failed();
    circuit.abandoned();
    circuit.failed();
    expect(circuit.state).toBe("open");
  });

  it("lets exactly one probe through when half-open; its success closes the circuit", () => {
    const { circuit, advance, changes } = breaker();
    for (let index = 0; index < 3; index += 1) circuit.failed();
    advance(1000);
    expect(circuit.tryAcquire()).toBe(true);
    expect(circuit.state).toBe("half_open");
    expect(circuit.tryAcquire()).toBe(false);
    circuit.succeeded();
    expect(circuit.state).toBe("closed");
    expect(changes).toEqual(["open", "half_open", "closed"]);
  });

  it("opens again when the probe fails, for another full open time", () => {
    const { circuit, advance } = breaker();
    for (let index = 0; index < 3; index += 1) circuit.failed();
    advance(1000);
    circuit.tryAcquire();
    circuit.failed();
    expect(circuit.state).toBe("open");
    advance(999);
    expect(circuit.tryAcquire()).toBe(false);
    advance(1);
    expect(circuit.tryAcquire()).toBe(true);
  });

  it("counts failures one caller may have caused once per caller, so one caller alone cannot open it", () => {
    const { circuit } = breaker();
    for (let index = 0; index < 10; index += 1) circuit.failed("professional:p-1");
    expect(circuit.state).toBe("closed");
    circuit.failed("professional:p-2");
    circuit.failed("professional:p-3");
    expect(circuit.state).toBe("open");
  });

  it("counts every failure no caller can cause", () => {
    const { circuit } = breaker();
    circuit.failed("professional:p-1");
    circuit.failed();
    circuit.failed();
    expect(circuit.state).toBe("open");
  });

  it("forgets the callers of a run once a call succeeds", () => {
    const { circuit } = breaker();
    circuit.failed("professional:p-1");
    circuit.failed("professional:p-2");
    circuit.succeeded();
    circuit.failed("professional:p-1");
    circuit.failed("professional:p-2");
    expect(circuit.state).toBe("closed");
  });
});
