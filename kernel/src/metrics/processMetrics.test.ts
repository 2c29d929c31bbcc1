import perfHooks from "node:perf_hooks";
import { Registry } from "prom-client";
import { collectProcessMetrics } from "./processMetrics";
import { ServiceMetrics } from "./serviceMetrics";

describe("a process's own metrics", () => {
  afterEach(() => jest.restoreAllMocks());

  it("sample the event loop's delay once a second, not prom-client's hundred times", () => {
    const monitor = jest.spyOn(perfHooks, "monitorEventLoopDelay");
    collectProcessMetrics(new Registry());
    expect(monitor).toHaveBeenCalledWith(expect.objectContaining({ resolution: 1_000 }));
  });

  it("are what a subgraph's registry holds beside its decision calls", async () => {
    const names = (await new ServiceMetrics().registry.getMetricsAsJSON()).map((metric) => metric.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "process_cpu_seconds_total",
        "nodejs_eventloop_lag_p99_seconds",
        "silta_access_decision_call_seconds",
      ]),
    );
  });
});
