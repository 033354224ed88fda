/**
 * The ensemble row (issue 19): the page's comparison, 1,000 runs x 10,000 soldiers x 365 days of
 * each of two variants (the asylum offer with its 60-day deadline and open-ended), as `defection
 * compare` runs it on worker threads, one per core, as a user would: wall time of the command.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot as root } from "./benchFolder";
import { ensembleTiming, ensembleVariants, type EnsembleTiming } from "./ensembleVariants";

const bin = join(root, "bin", "defection.js");

export interface EnsembleRow extends EnsembleTiming {
  exitCode: number | null;
}

export function ensemble(runs: number): EnsembleRow {
  const dir = mkdtempSync(join(tmpdir(), "defection-bench-ensemble-"));
  try {
    const files = ensembleVariants().map(({ id, scenario }) => {
      const file = join(dir, `${id}.json`);
      writeFileSync(file, JSON.stringify(scenario));
      return file;
    });
    const workers = cpus().length;
    const t0 = performance.now();
    const child = spawnSync(process.execPath, [bin, "compare", ...files, "--runs", String(runs), "--workers", String(workers), "--summary", join(dir, "summary.csv")], { encoding: "utf8" });
    const seconds = (performance.now() - t0) / 1000;
    if (child.status !== 0) console.error(`defection compare exited ${child.status}: ${child.stderr.slice(0, 2000)}`);
    const row = { ...ensembleTiming(runs, files.length, workers, seconds), exitCode: child.status };
    console.log(`defection compare, 2 variants x ${runs} runs x 10,000 soldiers x 365 days on ${workers} worker threads: ${seconds.toFixed(1)} s (${row.msPerRun.toFixed(1)} ms a run)`);
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
