/** Where progress goes: stderr by default, so a command's stdout stays its result. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** What is being done, e.g. "importing rows". */
  label: string;
  /** What is counted, plural: "rows", "clients". */
  unit: string;
  /** How many there will be, when known: gives the time left. */
  total?: number;
  /** Default process.stderr. */
  stream?: ProgressStream;
  /** Milliseconds between redraws on a terminal. Default 250. */
  intervalMs?: number;
  /** For tests. Default Date.now. */
  now?: () => number;
}

export interface Progress {
  /**
   * How far it is: `done` of the unit, and when the total is not known in that unit, the fraction
   * of the work done (e.g. bytes read of a file) for the time left.
   */
  update(done: number, fraction?: number): void;
  /** Ends the line on a terminal, or writes the phase's one JSON line elsewhere. */
  finish(done?: number): void;
}

/**
 * One progress reporter for the long commands (seed, imports, export). On a terminal it redraws one
 * line on stderr: done, rate, time left. Elsewhere (CI, a pipe, a log collector) it draws nothing
 * and writes one JSON line when the phase ends, so logs stay short and parseable.
 */
export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 250;
  const started = now();
  let done = 0;
  let fraction: number | undefined;
  let drawnAt = -Infinity;
  let finished = false;

  const line = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const of = options.total === undefined ? "" : ` / ${count(options.total)}`;
    const share = options.total ? done / options.total : fraction;
    const left = share !== undefined && share > 0 && share < 1 ? `, ${duration((seconds / share) * (1 - share))} left` : "";
    return `${options.label}: ${count(done)}${of} ${options.unit}, ${count(Math.round(rate))} ${options.unit}/s${left}`;
  };

  return {
    update(value, part) {
      done = value;
      fraction = part;
      if (!stream.isTTY || finished) return;
      const at = now();
      if (at - drawnAt < interval) return;
      drawnAt = at;
      stream.write(`\r\x1b[2K${line()}`);
    },
    finish(value) {
      if (finished) return;
      finished = true;
      if (value !== undefined) done = value;
      const seconds = (now() - started) / 1000;
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${options.label}: ${count(done)} ${options.unit} in ${duration(seconds)}\n`);
        return;
      }
      stream.write(
        `${JSON.stringify({
          phase: options.label,
          [options.unit]: done,
          seconds: Number(seconds.toFixed(2)),
          perSecond: seconds > 0 ? Math.round(done / seconds) : null,
        })}\n`,
      );
    },
  };
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
