/**
 * Everything the page exposes for the browser tests, the timing scripts (scripts/measure-*.ts) and
 * curious users, in one place: production code marks its state here and nowhere else.
 * - marks: `data-*` attributes on <body> (e.g. data-compare-state="done"), which a test waits for;
 * - events: CustomEvents on document (e.g. "lab:rendered"), for timing without polling;
 * - hooks: `window.defectionLab`, `window.defectionCompare`, `window.defectionSweep`, `window.defectionLevers`, functions
 *   that make a worker fail or set the pool's size.
 */

/** Where a long job stands, as its panel's mark says. */
export type JobState = "idle" | "running" | "done" | "cancelled" | "failed";

/** The marks the page sets on <body> (as dataset keys), each named after what it tells. */
export type Mark =
  | "renderedAt"
  | "runId"
  | "settledRunId"
  | "compareState"
  | "compareRuns"
  | "compareDrawn"
  | "compareElapsedMs"
  | "compareWorkers"
  | "comparisonLink"
  | "sweepState"
  | "sweepCells"
  | "leversState"
  | "leversPoints"
  | "leversElapsedMs"
  | "tippingState"
  | "calibrateState"
  | "knifeEdgeState"
  | "ready";

export function mark(key: Mark, value: string | number): void {
  document.body.dataset[key] = String(value);
}

export type PageEvent = "lab:rendered" | "lab:charts-drawn" | "compare:drawn" | "sweep:drawn" | "levers:drawn";

export function announce(event: PageEvent, detail: object): void {
  document.dispatchEvent(new CustomEvent(event, { detail }));
}

export type HookName = "defectionLab" | "defectionCompare" | "defectionSweep" | "defectionLevers";

export function exposeHooks(name: HookName, hooks: Record<string, (...args: never[]) => unknown>): void {
  Object.assign(window, { [name]: hooks });
}

/** Runs `work` under a performance measure named `name` (read by scripts/measure-latency.ts to say where a redraw's time goes). */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
