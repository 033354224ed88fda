/**
 * Ctrl-C (SIGINT) and SIGTERM clean-up for every command that writes: while a clean-up is
 * registered (an output file is open), a signal runs them all and exits 130 (SIGINT) or 143
 * (SIGTERM), so a killed command leaves no temporary file. With nothing registered no handler is
 * installed, so a long computation that writes nothing yet still stops at once on Ctrl-C.
 */
const cleanups = new Set<() => void>();
let notice: (() => string | null) | null = null;

const onSignal = (signal: NodeJS.Signals) => {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // One failing clean-up must not keep the others from running.
    }
  }
  const text = notice?.();
  if (text) process.stderr.write(text);
  process.exit(signal === "SIGINT" ? 130 : 143);
};

/** Runs `cleanup` if the process is interrupted before the returned function is called. */
export function onInterrupt(cleanup: () => void): () => void {
  if (cleanups.size === 0) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  cleanups.add(cleanup);
  return () => {
    if (!cleanups.delete(cleanup) || cleanups.size > 0) return;
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

/** A line printed on interruption (e.g. how to resume a sweep); null removes it. */
export function setInterruptNotice(text: (() => string | null) | null): void {
  notice = text;
}

/** Registered clean-ups, for tests. */
export function pendingCleanups(): number {
  return cleanups.size;
}
