/**
 * Peak memory of the `defection` command as a user runs it (issue 19): scenario files written to a
 * temporary folder (thresholds or ties in CSV files beside them, as a user would hand them over),
 * then `defection run` in a child process, whose peak resident set size the child reports itself at
 * exit (bench/reportPeakMemory.mjs, preloaded with --import; process.resourceUsage().maxRSS).
 * The child is started from a small shell, not forked from the bench: Linux carries a forked
 * process's high-water mark (a copy of the bench's own memory) across exec into maxRSS.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchFolder, repoRoot } from "./benchFolder";

const bin = join(repoRoot, "bin", "defection.js");

export interface CliMemoryRow {
  case: string;
  soldiers: number;
  days: number;
  ties?: number;
  seconds: number;
  peakRssMB: number;
  peakBytesPerSoldier: number;
  exitCode: number | null;
}

interface CliCase {
  name: string;
  soldiers: number;
  days: number;
  /** Writes the scenario (and its CSV files) into dir; returns the scenario's path and how many ties it has. */
  write(dir: string): Promise<{ scenario: string; ties?: number }>;
}

const base = (soldiers: number, days: number, rest: object) => ({
  name: "bench",
  parameters: { seed: 1, army: { size: soldiers, days, unitSize: 100 }, initialDefectors: { count: Math.max(1, Math.round(soldiers / 1000)) }, ...rest },
});

/** Writes lines from a generator to a file, in chunks (10^7 rows do not fit one string comfortably). */
async function writeLines(path: string, header: string, count: number, line: (k: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(header + "\n");
  let chunk: string[] = [];
  for (let k = 0; k < count; k++) {
    chunk.push(line(k));
    if (chunk.length === 65536 || k === count - 1) {
      if (!out.write(chunk.join("\n") + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      chunk = [];
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** A small deterministic generator (mulberry32), so the files are the same every time. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const listThresholds = (soldiers: number): CliCase => ({
  name: `global, thresholds from a CSV file`,
  soldiers,
  days: 200,
  async write(dir) {
    const random = mulberry32(soldiers);
    await writeLines(join(dir, "thresholds.csv"), "threshold", soldiers, () => random().toFixed(6));
    const scenario = join(dir, "scenario.json");
    writeFileSync(scenario, JSON.stringify(base(soldiers, 200, { thresholds: { distribution: "file", file: "thresholds.csv" } })));
    return { scenario };
  },
});

const edgeList = (soldiers: number): CliCase => ({
  name: `Watts, ties from a CSV file (mean degree 4)`,
  soldiers,
  days: 100,
  async write(dir) {
    const random = mulberry32(soldiers + 1);
    const ties = soldiers * 2;
    // Each tie once, either way round: the command refuses a repeated tie (issue 20).
    const seen = new Set<number>();
    await writeLines(join(dir, "ties.csv"), "a,b", ties, () => {
      for (;;) {
        const a = Math.floor(random() * soldiers);
        let b = Math.floor(random() * (soldiers - 1));
        if (b >= a) b++;
        const key = Math.min(a, b) * soldiers + Math.max(a, b);
        if (seen.has(key)) continue;
        seen.add(key);
        return `${a},${b}`;
      }
    });
    const scenario = join(dir, "scenario.json");
    writeFileSync(scenario, JSON.stringify(base(soldiers, 100, { thresholds: { distribution: "normal", mean: 0.18, sd: 0 }, observation: { scope: "network" }, network: { type: "edges", file: "ties.csv" } })));
    return { scenario, ties };
  },
});

const drawnThresholds = (soldiers: number): CliCase => ({
  name: `global, normal thresholds drawn`,
  soldiers,
  days: 200,
  async write(dir) {
    const scenario = join(dir, "scenario.json");
    writeFileSync(scenario, JSON.stringify(base(soldiers, 200, { thresholds: { distribution: "normal", mean: 0.35, sd: 0.2 } })));
    return { scenario };
  },
});

/**
 * Arguments for /bin/sh running a command as its child (`; exit $?` keeps the shell from exec'ing
 * it in place), so the command's maxRSS counts its own memory only.
 */
export const throughShell = (...command: string[]): string[] => ["-c", '"$0" "$@"; exit $?', ...command];

export const cliMemoryCases = (quick: boolean): CliCase[] =>
  quick ? [drawnThresholds(1e5), listThresholds(1e5), edgeList(1e5)] : [drawnThresholds(1e7), listThresholds(1e6), listThresholds(1e7), edgeList(1e6)];

export async function cliMemory(cases: CliCase[]): Promise<CliMemoryRow[]> {
  const rows: CliMemoryRow[] = [];
  for (const c of cases) {
    const dir = mkdtempSync(join(tmpdir(), "defection-bench-cli-"));
    try {
      const { scenario, ties } = await c.write(dir);
      const peakFile = join(dir, "peak.json");
      const child = spawnSync("/bin/sh", throughShell(process.execPath, "--import", join(benchFolder, "reportPeakMemory.mjs"), bin, "run", scenario, "--summary", join(dir, "summary.csv")), {
        env: { ...process.env, DEFECTION_PEAK_FILE: peakFile },
        encoding: "utf8",
        maxBuffer: 1 << 26,
      });
      if (child.status !== 0) console.error(`${c.name} ${c.soldiers}: exit ${child.status}\n${child.stderr.slice(0, 2000)}`);
      const peak = JSON.parse(readFileSync(peakFile, "utf8")) as { maxRssBytes: number; seconds: number };
      const row: CliMemoryRow = {
        case: c.name,
        soldiers: c.soldiers,
        days: c.days,
        seconds: peak.seconds,
        peakRssMB: peak.maxRssBytes / 2 ** 20,
        peakBytesPerSoldier: peak.maxRssBytes / c.soldiers,
        exitCode: child.status,
      };
      if (ties !== undefined) row.ties = ties;
      console.log(
        `${`${c.name}, ${c.soldiers} x ${c.days}${ties ? ` (${ties} ties)` : ""}`.padEnd(66)} ${row.seconds.toFixed(2).padStart(7)} s  peak RSS ${row.peakRssMB.toFixed(0).padStart(6)} MB  (${row.peakBytesPerSoldier.toFixed(0)} B/soldier)${child.status !== 0 ? `  exit ${child.status}` : ""}`,
      );
      rows.push(row);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
