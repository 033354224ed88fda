/**
 * Start-up of the `defection` command (issue 19): `defection --version` in a child process, timed
 * from outside (spawn to exit), median of a few runs after one untimed run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { throughShell } from "./cliMemory";
import { benchFolder, repoRoot } from "./benchFolder";

const bin = join(repoRoot, "bin", "defection.js");

export interface StartUpRow {
  command: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Peak resident set size of one `--version`: what any command costs before it reads a scenario. */
  peakRssMB: number;
}

export function startUp(runs: number): StartUpRow {
  const once = () => {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`defection --version exited ${child.status}: ${child.stderr}`);
    return performance.now() - t0;
  };
  once();
  const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
  const dir = mkdtempSync(join(tmpdir(), "defection-bench-start-"));
  let peakRssMB: number;
  try {
    const peakFile = join(dir, "peak.json");
    spawnSync("/bin/sh", throughShell(process.execPath, "--import", join(benchFolder, "reportPeakMemory.mjs"), bin, "--version"), { env: { ...process.env, DEFECTION_PEAK_FILE: peakFile } });
    peakRssMB = (JSON.parse(readFileSync(peakFile, "utf8")) as { maxRssBytes: number }).maxRssBytes / 2 ** 20;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const row = { command: "defection --version", median: times[times.length >> 1], min: times[0], max: times[times.length - 1], runs, peakRssMB };
  console.log(`defection --version: ${row.median.toFixed(0)} ms median of ${runs} (${row.min.toFixed(0)}-${row.max.toFixed(0)}), peak RSS ${peakRssMB.toFixed(0)} MB`);
  return row;
}
