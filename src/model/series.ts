/** Allocating and writing the per-day series every kernel produces (RunSeries, result.ts). */
import type { RunSeries } from "./result";

export function allocateSeries(days: number): RunSeries {
  const length = days + 1;
  return {
    army: new Int32Array(length),
    loyal: new Int32Array(length),
    aware: new Int32Array(length),
    defected: new Int32Array(length),
    newDefected: new Int32Array(length),
    caught: new Int32Array(length),
    newCaught: new Int32Array(length),
    strength: new Float64Array(length),
    evaded: new Int32Array(length),
    manpowerDenied: new Int32Array(length),
  };
}

/** Writes day d's counts; loyal, strength (loyal / army at day 0) and manpower denied follow from them. */
export function recordDay(
  s: RunSeries,
  d: number,
  initialSize: number,
  army: number,
  aware: number,
  defected: number,
  newDefected: number,
  caught: number,
  newCaught: number,
  evaded = 0,
): void {
  s.army[d] = army;
  s.aware[d] = aware;
  s.defected[d] = defected;
  s.newDefected[d] = newDefected;
  s.caught[d] = caught;
  s.newCaught[d] = newCaught;
  const loyal = army - defected - caught;
  s.loyal[d] = loyal;
  s.strength[d] = loyal / initialSize;
  s.evaded[d] = evaded;
  s.manpowerDenied[d] = defected + caught + evaded;
}
