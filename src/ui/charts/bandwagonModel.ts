/**
 * The data of Kuran's bandwagon diagram for a run: F(x) of the thresholds the offer leaves, its
 * equilibria grouped for display, and the run's own path (share on day d against day d + 1).
 */
import { bandwagonOfSorted, type Bandwagon, type Equilibrium } from "../../model/bandwagon";
import type { ChartData } from "./chartData";
import { runShares } from "./timeline";

/** Equilibria closer together than a display tolerance, drawn as one mark. */
export interface EquilibriumMark {
  /** Share of the lowest equilibrium of the group (where the dynamic from below stops). */
  share: number;
  /** Share of the highest one. */
  last: number;
  /** How many equilibria the mark stands for. */
  members: number;
  /**
   * The group's nature seen from outside it: stable when F falls below the diagonal just above the
   * group (a downward crossing), which is the stability of its highest member.
   */
  stable: boolean;
}

/**
 * Groups consecutive equilibria whose shares are within `tolerance` of the previous one. A sampled
 * F jitters around the diagonal where it crosses, giving runs of alternately stable and unstable
 * equilibria k/N a few soldiers apart; a reader sees one crossing there.
 */
export function groupEquilibria(equilibria: Equilibrium[], tolerance: number): EquilibriumMark[] {
  const marks: EquilibriumMark[] = [];
  for (const e of equilibria) {
    const last = marks[marks.length - 1];
    if (last && e.share - last.last <= tolerance) {
      last.last = e.share;
      last.members++;
      last.stable = e.stable;
    } else {
      marks.push({ share: e.share, last: e.share, members: 1, stable: e.stable });
    }
  }
  return marks;
}

/** Base thresholds of the initial army lowered by the offer's attractiveness. */
export function offerThresholds(data: ChartData): Float64Array {
  const n = Math.min(data.params.size, data.thresholds.length);
  const a = data.params.offer.attractiveness;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = data.thresholds[i] - a;
  return out;
}

export interface BandwagonModel {
  bandwagon: Bandwagon;
  equilibria: EquilibriumMark[];
  /** Defected share of the run on each day. */
  shares: Float64Array;
  /** The run's final share. */
  finalShare: number;
  /** Where the global dynamic on F settles from the run's day-0 share. */
  settles: number;
}

/**
 * The model of `data`, computed once: sorting the thresholds dominates (about 12 ms for 10^5
 * soldiers), and describe() and render() of one run both need it. Keyed by the run's arrays, so
 * a new run (new arrays) is never served a stale diagram.
 */
const cache = new WeakMap<Float64Array, { defected: Int32Array; attractiveness: number; size: number; tolerance: number; model: BandwagonModel }>();

export function bandwagonModel(data: ChartData, tolerance = 0.01): BandwagonModel {
  const hit = cache.get(data.thresholds);
  const { attractiveness } = data.params.offer;
  if (hit && hit.defected === data.series.defected && hit.attractiveness === attractiveness && hit.size === data.params.size && hit.tolerance === tolerance) return hit.model;
  const model = computeModel(data, tolerance);
  cache.set(data.thresholds, { defected: data.series.defected, attractiveness, size: data.params.size, tolerance, model });
  return model;
}

/**
 * The last run's base thresholds and their sorted copy. A slider that moves a parameter the
 * soldiers are not drawn from (the offer's attractiveness above all) leaves the thresholds as they
 * were, and sorting them again is most of the diagram's cost (about 12 ms at 10^5 soldiers).
 */
let lastBase: { base: Float64Array; sorted: Float64Array } | null = null;

function sameValues(a: ArrayLike<number>, b: Float64Array, n: number): boolean {
  if (b.length !== n) return false;
  for (let i = 0; i < n; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * The offer's thresholds (base minus attractiveness) sorted ascending, from the kept sort of the
 * base when the base is unchanged. Exact: rounding t - a is monotone in t, so sorting t and then
 * subtracting gives the very array that subtracting and then sorting does.
 */
function sortedOfferThresholds(data: ChartData): Float64Array {
  const n = Math.min(data.params.size, data.thresholds.length);
  if (!lastBase || !sameValues(data.thresholds, lastBase.base, n)) {
    const base = data.thresholds.slice(0, n);
    lastBase = { base, sorted: base.slice().sort() };
  }
  const a = data.params.offer.attractiveness;
  const sorted = lastBase.sorted;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sorted[i] - a;
  return out;
}

function computeModel(data: ChartData, tolerance: number): BandwagonModel {
  const bw = bandwagonOfSorted(sortedOfferThresholds(data));
  const shares = runShares(data.series.defected, data.series.army);
  return {
    bandwagon: bw,
    equilibria: groupEquilibria(bw.equilibria(), tolerance),
    shares,
    finalShare: data.summary.finalShare,
    settles: bw.settlesAt(shares[0] ?? 0),
  };
}

/**
 * The run as a cobweb on the diagram: from (x_d, x_d) up to (x_d, x_d+1) and across to
 * (x_d+1, x_d+1), as SVG path data in the given scales (to a thousandth of a pixel). A day whose
 * share is the kept one's draws nothing and is left out; so is a day less than `minStep` pixels
 * from the last point kept (the last day always stays): a 3,650-day run moves a few hundredths of
 * a pixel a day, and a staircase of such steps strokes the same pixels as the one step over them.
 */
export function cobwebPath(shares: ArrayLike<number>, x: (v: number) => number, y: (v: number) => number, minStep = 0): string {
  if (shares.length === 0) return "";
  let kept = shares[0];
  let d = `M${round(x(kept))},${round(y(kept))}`;
  const end = shares.length - 1;
  for (let k = 1; k <= end; k++) {
    const share = shares[k];
    if (share === kept || (k < end && Math.max(Math.abs(x(share) - x(kept)), Math.abs(y(share) - y(kept))) < minStep)) continue;
    d += `V${round(y(share))}H${round(x(share))}`;
    kept = share;
  }
  return d;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
