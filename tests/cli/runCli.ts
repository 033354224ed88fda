/** Spawns the real `defection` command (bin/defection.js through node), as a user would. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, ["bin/defection.js", ...args], { cwd: ROOT, encoding: "utf8", timeout: 15_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
