/**
 * Progress of an ensemble: a bar of runs done out of the total, and a line with the count, the
 * rate and an estimate of the time left (from the rate so far, which stabilises after a few batches).
 */

export interface EnsembleProgress {
  started(total: number, workers: number): void;
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
  bar.hidden = true;
  return {
    started(runs, workers) {
      total = runs;
      pool = workers;
      start = performance.now();
      bar.hidden = false;
      bar.max = runs;
      bar.value = 0;
      text.textContent = `Starting ${runs.toLocaleString("en-US")} runs on ${workers} worker${workers === 1 ? "" : "s"}…`;
    },
    update(done) {
      bar.value = done;
      const elapsed = (performance.now() - start) / 1000;
      const left = done > 0 ? (elapsed / done) * (total - done) : Infinity;
      text.textContent = `${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} runs done (${pool} worker${pool === 1 ? "" : "s"}), ${formatTimeLeft(left)}`;
    },
    finished(message) {
      bar.hidden = true;
      text.textContent = message;
    },
  };
}
