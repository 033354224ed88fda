/** Spawns the real `defection` command (bin/defection.js through node), as a user would. */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(ROOT, "bin/defection.js");

export interface CliResult {
  status: number | null;
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, ["bin/defection.js", ...args], { cwd: ROOT, encoding: "utf8", timeout: 15_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command in `cwd` (a temp folder), with extra spawn options (environment, stdio). */
export function runCliIn(cwd: string, args: readonly string[], options: SpawnSyncOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 30_000, ...options });
  return { status: result.status, signal: result.signal, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
}

/** Starts the command in `cwd` without waiting; `node` flags (e.g. a heap limit) go before the script. */
export function startCli(cwd: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; node?: string[] } = {}): ChildProcess & { output: { stdout: string; stderr: string }; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [...(options.node ?? []), BIN, ...args], { cwd, env: { ...process.env, ...options.env } });
  const output = { stdout: "", stderr: "" };
  child.stdout!.on("data", (d) => (output.stdout += d));
  child.stderr!.on("data", (d) => (output.stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return Object.assign(child, { output, exited });
}

/** Polls `test` every 50 ms until it is true (or fails after `ms`). */
export async function until(test: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
