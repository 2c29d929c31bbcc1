import { phaseCpuLine } from "./profiledPhase";

describe("the loaded phase's CPU line", () => {
  const hub = {
    byProcess: new Map([
      ["teams", 320],
      ["gateway", 270],
      ["training", 4],
    ]),
    postgres: 150,
  };

  it("gives each process's CPU per request and their sum with PostgreSQL's, leaving out a process that idled", () => {
    expect(phaseCpuLine(hub, 100)).toBe(
      "CPU per request in the loaded phase (/proc, ms): teams 3.2, gateway 2.7, PostgreSQL 1.5; all 7.4",
    );
  });

  it("says how much of the machine's core time was idle and stolen by the host meanwhile", () => {
    expect(phaseCpuLine({ ...hub, benchmark: 80, machine: { idle: 0.046, steal: 0.184 } }, 100)).toBe(
      "CPU per request in the loaded phase (/proc, ms): teams 3.2, gateway 2.7, PostgreSQL 1.5; all 7.4; the benchmark's own process 0.8, not in all; the machine's cores 5 % idle, 18 % stolen by the host",
    );
  });

  it("gives the benchmark's own process apart, outside the hub's sum", () => {
    expect(phaseCpuLine({ ...hub, benchmark: 80 }, 100)).toBe(
      "CPU per request in the loaded phase (/proc, ms): teams 3.2, gateway 2.7, PostgreSQL 1.5; all 7.4; the benchmark's own process 0.8, not in all",
    );
  });
});
