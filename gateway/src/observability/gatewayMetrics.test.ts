import perfHooks from "node:perf_hooks";
import { GatewayMetrics } from "./gatewayMetrics";

describe("the gateway's metrics", () => {
  afterEach(() => jest.restoreAllMocks());

  it("sample the event loop's delay once a second, as the subgraphs do, not prom-client's hundred times", async () => {
    const monitor = jest.spyOn(perfHooks, "monitorEventLoopDelay");
    const metrics = new GatewayMetrics();
    expect(monitor).toHaveBeenCalledWith(expect.objectContaining({ resolution: 1_000 }));
    const names = (await metrics.registry.getMetricsAsJSON()).map((metric) => metric.name);
    expect(names).toEqual(expect.arrayContaining(["process_cpu_seconds_total", "nodejs_eventloop_lag_p99_seconds"]));
  });
});
