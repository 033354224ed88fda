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
    captured: new Int32Array(length),
    newCaptured: new Int32Array(length),
    unitSurrenders: new Int32Array(length),
    newUnitSurrenders: new Int32Array(length),
  };
}

/** What armies do on a day (issue 15): captures and whole-unit surrenders, so far and that day. */
export interface ArmyDay {
  captured: number;
  newCaptured: number;
  unitSurrenders: number;
  newUnitSurrenders: number;
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
  armies?: ArmyDay,
): void {
  s.army[d] = army;
  s.aware[d] = aware;
  s.defected[d] = defected;
  s.newDefected[d] = newDefected;
  s.caught[d] = caught;
  s.newCaught[d] = newCaught;
  const loyal = armies ? army - defected - caught - armies.captured : army - defected - caught;
  if (armies) {
    s.captured[d] = armies.captured;
    s.newCaptured[d] = armies.newCaptured;
    s.unitSurrenders[d] = armies.unitSurrenders;
    s.newUnitSurrenders[d] = armies.newUnitSurrenders;
  }
  s.loyal[d] = loyal;
  s.strength[d] = loyal / initialSize;
  s.evaded[d] = evaded;
  s.manpowerDenied[d] = defected + caught + evaded;
}
