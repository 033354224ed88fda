import type { BehaviourParams, CaptureParams, LeaderParams, ModelParams } from "./params";

/** Every behaviour-over-time mechanism off: soldiers act on the first chance, never forget, believe every deadline. */
export function behaviourOff(): BehaviourParams {
  return {
    actRate: 1,
    pullDays: 14,
    forgetRate: 0,
    credibility: 1,
    closureFear: 0,
    memoryDays: null,
    punishmentDelay: 0,
    punishmentNews: "scope",
    draftEvasion: 0,
    offerEvasion: 0,
  };
}

/** No captures in combat. */
export function captureOff(): CaptureParams {
  return { daily: 0, newsReaches: false };
}

/** No unit leaders (their other fields are the scenario defaults and do nothing while share is 0). */
export function leadersOff(): LeaderParams {
  return { share: 0, thresholds: { kind: "normal", mean: 0.5, sd: 0.2 }, influence: 0, surrender: 0, opportunity: null, reach: 1 };
}

/**
 * Every mechanism switched off: the synchronous global threshold model of Granovetter (1978).
 * Scenario defaults (src/scenario/parameters.ts) start from these values.
 */
export function foundationParams(overrides: Partial<ModelParams> = {}): ModelParams {
  return {
    size: 100,
    days: 100,
    unitSize: 10,
    initialDefectors: { kind: "count", count: 0 },
    thresholds: { kind: "uniform", min: 0, max: 1 },
    subgroups: [],
    observation: { scope: "global", globalWeight: 0.5, local: "network" },
    network: { kind: "erdos-renyi", meanDegree: 4 },
    offer: { attractiveness: 0, windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 14 },
    awareness: { initial: 1, leafletReach: 0, wordOfMouth: 0 },
    opportunity: 1,
    deterrence: { catchProbability: 0, punishmentRise: 0, punishmentDays: 30, reprisal: 0, familyShare: 0 },
    ineligibleShare: 0,
    events: [],
    behaviour: behaviourOff(),
    capture: captureOff(),
    leaders: leadersOff(),
    cohesion: 0,
    cascadeCutoff: 0.5,
    ...overrides,
  };
}
