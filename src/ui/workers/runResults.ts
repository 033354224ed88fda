/**
 * The page's finished single runs, kept by their scenario: the same scenario (seed included) gives
 * the same numbers (the model is deterministic), so a slider moved back to a value it ran before,
 * or to a value the knife-edge probe has just run one step away (words/knifeEdgeProbe.ts), is drawn
 * from the kept output at once instead of being run again. The least recently used runs go first,
 * past MAX_RUNS or MAX_BYTES of typed arrays. Scenarios whose text is longer than MAX_KEY_CHARS
 * (threshold lists of a loaded file) are not kept: comparing them would cost what a run saves.
 */
import type { RunOutput } from "../../../workers/protocol";

const MAX_RUNS = 16;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_KEY_CHARS = 200_000;

/** The scenario as text with its keys sorted, so that two equal scenarios built in different orders match. */
export function scenarioKey(scenario: unknown): string {
  return JSON.stringify(scenario, (_, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value) && !ArrayBuffer.isView(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function bytesOf(output: RunOutput): number {
  return [...Object.values(output.series), output.fate, output.thresholds].reduce((sum, a) => sum + a.byteLength, 0);
}

export class RunResults {
  /** Insertion order is recency: the first entry is the least recently used. */
  private readonly runs = new Map<string, { output: RunOutput; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly maxRuns = MAX_RUNS,
    private readonly maxBytes = MAX_BYTES,
  ) {}

  /** The kept output of a run of the scenario whose scenarioKey is `key`, if any. */
  get(key: string): RunOutput | undefined {
    const hit = this.runs.get(key);
    if (!hit) return undefined;
    this.runs.delete(key);
    this.runs.set(key, hit);
    return hit.output;
  }

  /** Keeps the finished run `output` of the scenario whose scenarioKey is `key`. */
  put(key: string, output: RunOutput): void {
    if (key.length > MAX_KEY_CHARS) return;
    const old = this.runs.get(key);
    if (old) {
      this.runs.delete(key);
      this.bytes -= old.bytes;
    }
    const bytes = bytesOf(output);
    if (bytes > this.maxBytes) return;
    this.runs.set(key, { output, bytes });
    this.bytes += bytes;
    for (const [oldest, run] of this.runs) {
      if (this.runs.size <= this.maxRuns && this.bytes <= this.maxBytes) break;
      this.runs.delete(oldest);
      this.bytes -= run.bytes;
    }
  }

  get size(): number {
    return this.runs.size;
  }
}

/** The runs of the lab and of its knife-edge probe, shared: the probe's runs are the lab's next arrow presses. */
export const pageRunResults = new RunResults();
