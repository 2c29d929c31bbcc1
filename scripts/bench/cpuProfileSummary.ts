import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The parts of a V8 `.cpuprofile` read here. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Milliseconds of CPU sampled (everything but idle). */
  busyMs: number;
  /** Wall milliseconds the profile covers. */
  spanMs: number;
  /** The functions with the most self time: `name file:line`, ms. */
  topFunctions: [string, number][];
  /** Self time by where the code lives: a package of node_modules, a directory of the project, or V8's own. */
  byOrigin: [string, number][];
}

/** Where a frame's code lives, coarse enough to read at a glance. */
function originOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [first, second] = url.slice(modules + "node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : first!;
  }
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const project = url.match(/\/(kernel|gateway|subgraphs\/[a-z]+|scripts)\/src\/([a-z]+)?/);
  if (project) return project[2] ? `${project[1]}/${project[2]}` : project[1]!;
  return url.replace(/^file:\/\//, "");
}

/**
 * A frame of a bundle (the services run from dist/, `npm run build`) at its place in the sources, read
 * from the bundle's source map, so that the summary names kernel/…, gateway/… and subgraphs/… files
 * as it did when the processes ran the sources. Any other frame is returned as it is.
 */
function sourceFrameOf(
  maps: Map<string, SourceMap | undefined>,
  frame: { url: string; lineNumber: number; columnNumber: number },
): { url: string; lineNumber: number } {
  if (!/\/dist\/.*\.js$/.test(frame.url)) return frame;
  const bundle = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
  if (!maps.has(bundle)) {
    const mapFile = `${bundle}.map`;
    maps.set(bundle, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8")) as never) : undefined);
  }
  const entry = maps.get(bundle)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !("originalSource" in entry)) return frame;
  return { url: resolve(dirname(bundle), entry.originalSource), lineNumber: entry.originalLine };
}

export function summarizeCpuProfile(file: string, top = 20): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const functions = new Map<string, number>();
  const origins = new Map<string, number>();
  let busy = 0;
  const maps = new Map<string, SourceMap | undefined>();
  for (const [id, micros] of self) {
    const { functionName, ...frame } = byId.get(id)!.callFrame;
    const { url, lineNumber } = sourceFrameOf(maps, frame);
    // The profiler's own session shows where the thread waited for it while idle: not work of the process.
    if (functionName === "(idle)" || (functionName === "post" && url.startsWith("node:inspector"))) continue;
    busy += micros;
    const file = url.replace(/^.*\/(node_modules\/|(?=kernel\/|gateway\/|subgraphs\/|scripts\/))/, "");
    const key = `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
    const origin = originOf(url, functionName);
    origins.set(origin, (origins.get(origin) ?? 0) + micros);
  }
  const sorted = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, micros]) => [key, micros / 1000] as [string, number]);
  return {
    busyMs: busy / 1000,
    spanMs: (profile.endTime - profile.startTime) / 1000,
    topFunctions: sorted(functions, top),
    byOrigin: sorted(origins, top),
  };
}
