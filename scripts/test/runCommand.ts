import { spawn } from "node:child_process";
import { join } from "node:path";

export const root = join(__dirname, "..", "..");

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command as a user would from the project's root (`npm run …`, `npx tsx …`), with the
 * given environment on top of a clean one (no TTY: what CI and scripts see), and collects its output.
 */
export function runCommand(
  command: string[],
  env: Record<string, string>,
  options: { timeoutMs?: number; stdin?: string } = {},
): Promise<CommandResult> {
  const [program, ...args] = command;
  const child = spawn(program!, args, {
    cwd: root,
    env: { PATH: process.env["PATH"]!, HOME: process.env["HOME"] ?? "/tmp", NODE_ENV: "development", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.stdin ?? "");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command.join(" ")} did not end in ${options.timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A line of a Node stack trace: what a user should never have to read to learn what they did wrong. */
export const stackTraceLine = /^\s+at .+(:\d+:\d+\)?|\(node:.+\))$/m;
