/**
 * Kuran's bandwagon diagram for the global model: F(x) = share of soldiers with threshold <= x.
 * With everyone observing the army-wide share, one step maps the defected share x to F(x), so the
 * run settles at the lowest fixed point reached from the start; equilibria are where F meets the
 * 45-degree line. With N soldiers the share only takes the values k/N, and k/N is an equilibrium
 * exactly when #{t_i <= k/N} = k.
 */

export interface Equilibrium {
  /** Defected share k / N at the equilibrium. */
  share: number;
  count: number;
  /** Stable: one more defector does not set off further defections (F((k+1)/N) <= (k+1)/N). */
  stable: boolean;
}

export interface Bandwagon {
  /** Sorted thresholds (ascending). */
  readonly sorted: Float64Array;
  /** F(x): share of thresholds <= x. */
  share(x: number): number;
  /** Every k/N with F(k/N) = k/N, ascending. */
  equilibria(): Equilibrium[];
  /** Where the synchronous global dynamic settles from `initialShare` defected (exact when the initial defectors are the soldiers with the lowest thresholds; 0 by default). */
  settlesAt(initialShare?: number): number;
  /** F sampled at `points` evenly spaced x in [0, 1], for plotting. */
  curve(points: number): { x: number; y: number }[];
}

export function bandwagon(thresholds: ArrayLike<number>): Bandwagon {
  return bandwagonOfSorted(Float64Array.from(thresholds).sort());
}

/** The diagram of thresholds already sorted ascending (kept as they are, not copied). */
export function bandwagonOfSorted(sorted: Float64Array): Bandwagon {
  const n = sorted.length;
  /** #{t <= x} by binary search. */
  const countAtMost = (x: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const share = (x: number) => (n === 0 ? 0 : countAtMost(x) / n);
  return {
    sorted,
    share,
    equilibria() {
      // One pass up the sorted thresholds: #{t <= k/n} for k = 0, 1, ..., n (the shares only grow),
      // rather than a binary search per k (a few ms at 10^5 soldiers on every redraw).
      const result: Equilibrium[] = [];
      let below = 0;
      const countUpTo = (x: number) => {
        while (below < n && sorted[below] <= x) below++;
        return below;
      };
      let count = countUpTo(0);
      for (let k = 0; k <= n; k++) {
        const next = k < n ? countUpTo((k + 1) / n) : 0;
        if (count === k) result.push({ share: k / n, count: k, stable: k === n || next <= k + 1 });
        count = next;
      }
      return result;
    },
    settlesAt(initialShare = 0) {
      // Initial defectors stay defected; the others defect when the share reaches their threshold.
      let x = initialShare;
      for (;;) {
        const next = Math.max(initialShare, share(x));
        if (next <= x) return x;
        x = next;
      }
    },
    curve(points) {
      const out: { x: number; y: number }[] = [];
      for (let k = 0; k < points; k++) {
        const x = points === 1 ? 0 : k / (points - 1);
        out.push({ x, y: share(x) });
      }
      return out;
    },
  };
}
