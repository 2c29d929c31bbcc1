import { readFileSync } from "node:fs";

/** The whole machine's CPU time so far, in ticks, as the first line of /proc/stat counts it. */
export interface MachineTime {
  /** Every tick of every core: busy, idle and stolen. */
  total: number;
  idle: number;
  /**
   * Ticks the hypervisor gave this virtual machine's cores to someone else while they had work:
   * on a shared host the same code's CPU per request and p95 move with it.
   */
  steal: number;
}

/** Reads the machine's CPU time now; undefined where /proc/stat is not there (not Linux). */
export function machineTimeNow(read: () => string = () => readFileSync("/proc/stat", "utf8")): MachineTime | undefined {
  let text: string;
  try {
    text = read();
  } catch {
    return undefined;
  }
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user).
  const fields = /^cpu\s+(.*)$/m.exec(text)?.[1]?.trim().split(/\s+/).map(Number);
  if (!fields || fields.length < 8 || fields.some((value) => !Number.isFinite(value))) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { total: user + nice + system + idle + iowait + irq + softirq + steal, idle: idle + iowait, steal };
}

/** What a phase's share of the machine was: idle and stolen, as fractions of all its cores' time. */
export function machineShares(before: MachineTime, after: MachineTime): { idle: number; steal: number } | undefined {
  const total = after.total - before.total;
  if (total <= 0) return undefined;
  return { idle: (after.idle - before.idle) / total, steal: (after.steal - before.steal) / total };
}
