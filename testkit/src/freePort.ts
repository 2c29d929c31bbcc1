import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** Linux's default first port for outgoing connections (`net.ipv4.ip_local_port_range`). */
const DEFAULT_EPHEMERAL_LOW = 32_768;
/** Where the ports picked here start: above the machine's own services' ports (PostgreSQL, Redis, RabbitMQ …); one in use is skipped by the check. */
const FIRST_PICKED = 20_000;

/**
 * A free port on 127.0.0.1 for a server that a test or a benchmark starts a moment later, in a
 * process of its own. Not one the system picks (`listen(0)`): those come from the range it also
 * gives outgoing connections (a pool's connection to PostgreSQL, a Redis client), and one of those
 * may take the port between the pick and the server's start (seen: a benchmark's teams subgraph
 * refused with EADDRINUSE). So a port below that range, at random, checked free.
 */
export async function freePort(): Promise<number> {
  const low = ephemeralLow();
  for (let attempt = 0; attempt < 100 && low - FIRST_PICKED >= 1_000; attempt += 1) {
    const port = FIRST_PICKED + Math.floor(Math.random() * (low - FIRST_PICKED));
    if (await canListen(port)) return port;
  }
  // A machine whose outgoing range starts low: the system's pick, as before.
  return listenOn(0);
}

/** The first port the system gives outgoing connections. */
export function ephemeralLow(read = () => readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8")): number {
  try {
    const low = Number(read().trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 0 ? low : DEFAULT_EPHEMERAL_LOW;
  } catch {
    return DEFAULT_EPHEMERAL_LOW;
  }
}

const canListen = (port: number) =>
  listenOn(port).then(
    () => true,
    () => false,
  );

/** Listens on the port (0: one the system picks), closes again, and gives the port. */
async function listenOn(port: number): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : port;
}
