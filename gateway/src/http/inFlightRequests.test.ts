import { InFlightRequests } from "./inFlightRequests";

describe("InFlightRequests", () => {
  it("drains at once when nothing is in flight", async () => {
    const requests = new InFlightRequests();
    await requests.drain(60_000);
    expect(requests.draining).toBe(true);
  });

  it("waits for the last request in flight to end", async () => {
    const requests = new InFlightRequests();
    requests.begin();
    requests.begin();
    let drained = false;
    const draining = requests.drain(60_000).then(() => (drained = true));
    requests.end();
    await Promise.resolve();
    expect(drained).toBe(false);
    requests.end();
    await draining;
    expect(requests.count).toBe(0);
  });

  it("stops waiting after the grace", async () => {
    const requests = new InFlightRequests();
    requests.begin();
    await requests.drain(5);
    expect(requests.count).toBe(1);
  });
});
