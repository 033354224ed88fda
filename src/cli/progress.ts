/**
 * A progress bar on stderr for long batches. It draws only when stderr is a terminal (never in
 * pipes, logs or tests) and only once a batch has run for a moment, so short runs stay silent.
 */
import type { Output } from "./io";
import { escapeText } from "../scenario/escapeText";

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const SILENT: Progress = { update() {}, finish() {} };
/** Milliseconds before the bar first appears, and between redraws. */
const DELAY = 500;
const INTERVAL = 100;

export function progressBar(out: Output, total: number, label: string, now: () => number = Date.now): Progress {
  if (!out.isTTY) return SILENT;
  // The label is a file name: its control characters must not move the cursor or recolour the terminal.
  label = escapeText(label);
  const start = now();
  let last = -Infinity;
  let drawn = false;
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(40, (out.columns ?? 80) - label.length - 30));
    const filled = Math.round((done / total) * width);
    const elapsed = (now() - start) / 1000;
    const eta = done > 0 ? (elapsed / done) * (total - done) : NaN;
    const etaText = Number.isFinite(eta) ? ` ${Math.ceil(eta)}s left` : "";
    out.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}${etaText}\x1b[K`);
    drawn = true;
  };
  return {
    update(done) {
      const t = now();
      if (t - start < DELAY || t - last < INTERVAL) return;
      last = t;
      draw(done);
    },
    finish() {
      if (drawn) out.write("\r\x1b[K");
    },
  };
}
