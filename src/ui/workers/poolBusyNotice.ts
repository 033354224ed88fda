/**
 * What a view says when the page's one pool of workers is busy with another view's work: whose
 * work it is and where to cancel it. One table, so a new user of the pool is named everywhere.
 */
const USERS: Record<string, string> = {
  comparison: "the comparison's ensemble: cancel it in the Compare tab",
  sweep: "the sweep: cancel it in the Sweep tab",
  sensitivity: "the sensitivity analysis: cancel it in the Which levers matter tab",
  calibration: "the calibration: cancel it in Calibrate to history",
};

/** `user`: who runs on the pool (WorkerPool.runningFor); `what`: what the asking view would run ("the sweep"). */
export function poolBusyNotice(user: string | null, what: string): string {
  return `The workers are running ${USERS[user ?? ""] ?? "another job"}, or run ${what} when it is done.`;
}

/**
 * Whether a view may start `what` on the pool now: clears the view's messages, and when another
 * view's work holds the pool, says so (whose work, where to cancel it) and answers false.
 */
export function poolFreeFor(pool: { busy: boolean; runningFor: string | null }, messages: { clear(): void; show(kind: "notice", text: string): void }, what: string): boolean {
  messages.clear();
  if (!pool.busy) return true;
  messages.show("notice", poolBusyNotice(pool.runningFor, what));
  return false;
}
