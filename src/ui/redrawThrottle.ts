/**
 * Redraws while work streams in (ensembles, sweeps): at most every MIN_REDRAW_MS, and never sooner
 * than 8 times the last draw's cost after it, so drawing takes at most an eighth of the main thread.
 */
const MIN_REDRAW_MS = 250;

export interface RedrawThrottle {
  /** Asks for a redraw: at once with `now`, else when the throttle allows; requests in between merge. */
  request(now?: boolean): void;
  /** Draws now, dropping a pending request (for the final state of a run). */
  flush(): void;
}

export function redrawThrottle(draw: () => void): RedrawThrottle {
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  let cost = 0;
  const run = () => {
    pending = false;
    const start = performance.now();
    draw();
    last = performance.now();
    cost = last - start;
  };
  return {
    request(now = false) {
      if (pending && !now) return;
      pending = true;
      clearTimeout(timer);
      const wait = now ? 0 : Math.max(0, Math.max(MIN_REDRAW_MS, cost * 8) - (performance.now() - last));
      timer = setTimeout(run, wait);
    },
    flush() {
      clearTimeout(timer);
      run();
    },
  };
}
