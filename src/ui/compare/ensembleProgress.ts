/**
 * Progress of an ensemble: a bar of runs done out of the total, and a line with the count, the
 * rate and an estimate of the time left (from the rate so far, which stabilises after a few batches).
 */

export interface EnsembleProgress {
  /** `done` runs of the `total` are already in (an ensemble continued after a cancel). */
  started(total: number, workers: number, done?: number): void;
  update(done: number): void;
  finished(text: string): void;
}

/** "about 1 min 20 s left" for a number of seconds. */
export function formatTimeLeft(seconds: number): string {
  if (!Number.isFinite(seconds)) return "estimating time left…";
  if (seconds < 1) return "less than a second left";
  if (seconds < 60) return `about ${Math.ceil(seconds)} s left`;
  const minutes = Math.floor(seconds / 60);
  return `about ${minutes} min ${Math.round(seconds - minutes * 60)} s left`;
}

export function ensembleProgress(bar: HTMLProgressElement, text: HTMLElement): EnsembleProgress {
  let total = 0;
  let start = 0;
  let pool = 1;
  let before = 0;
  bar.hidden = true;
  return {
    started(runs, workers, done = 0) {
      total = runs;
      pool = workers;
      before = done;
      start = performance.now();
      bar.hidden = false;
      bar.max = runs;
      bar.value = done;
      text.textContent = `Starting ${(runs - done).toLocaleString("en-US")} runs on ${workers} worker${workers === 1 ? "" : "s"}…`;
    },
    update(done) {
      bar.value = done;
      const elapsed = (performance.now() - start) / 1000;
      // The rate of this session only: runs already in took no time now.
      const left = done > before ? (elapsed / (done - before)) * (total - done) : Infinity;
      text.textContent = `${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} runs done (${pool} worker${pool === 1 ? "" : "s"}), ${formatTimeLeft(left)}`;
    },
    finished(message) {
      bar.hidden = true;
      text.textContent = message;
    },
  };
}
