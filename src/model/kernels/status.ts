/**
 * The one set of soldier states and sentinels every kernel and the reference share.
 * A slot whose soldier has not joined yet has status 0.
 */
export const LOYAL = 1;
export const DEFECTED = 2;
export const CAUGHT = 3;
/** Called up but evaded the draft: never on the roll. */
export const EVADED = 4;
/** Captured in combat (issue 15): out of the ranks, not defected. */
export const CAPTURED = 5;
/** "No such day yet" (no catch seen, no punishment seen): far enough back that day - NO_DAY exceeds any window. */
export const NO_DAY = -1e9;
