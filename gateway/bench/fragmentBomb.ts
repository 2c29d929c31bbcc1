/**
 * Gateway CPU spent refusing the fragment bomb of issue 14 (each of 27 fragments spreads the next
 * twice: 2^27 expansions in 1.2 kB). Prints the CPU time of the refusal, over `--runs` requests
 * (default 20), measured in process with process.cpuUsage. Run: npx tsx gateway/bench/fragmentBomb.ts
 */
import { post, startWorld } from "../test/support/testWorld";

const fragments = Array.from({ length: 27 }, (_, i) => `fragment F${i} on Person { name ...F${i + 1} ...F${i + 1} }`);
const query = `{ people { ...F0 } } ${fragments.join(" ")} fragment F27 on Person { id }`;

async function main(): Promise<void> {
  const world = await startWorld();
  try {
    const { url } = await world.gateway();
    const runsFlag = process.argv.indexOf("--runs");
    const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 20;
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const cpu = process.cpuUsage();
      const answer = await post(url, query, world.bearer);
      const spent = process.cpuUsage(cpu);
      if (answer.status !== 400) throw new Error(`expected a refusal, got HTTP ${answer.status}`);
      samples.push((spent.user + spent.system) / 1000);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `fragment bomb (${query.length} bytes): refused with OPERATION_LIMIT_EXCEEDED; gateway CPU per request: ` +
        `min ${samples[0]!.toFixed(1)} ms, median ${samples[Math.floor(runs / 2)]!.toFixed(1)} ms, ` +
        `max ${samples[runs - 1]!.toFixed(1)} ms (the first request also parses and validates the document)`,
    );
  } finally {
    await world.stop();
  }
}

void main();
