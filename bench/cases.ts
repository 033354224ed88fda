/** The benchmark's scenarios (issue 6): the global model, the Watts network model and the full model. */
import { foundationParams, type ModelParams } from "../src/model";

/**
 * Granovetter with normal thresholds (mean 0.35, sd 0.2) and 0.1% initial defectors: the 4% with
 * thresholds clipped at 0 go at once, the cascade crawls past the near-tangency of F(x) with the
 * diagonal around 12-15% and then takes nearly everyone by day ~25; the rest of the 200 days is still.
 */
export const globalCase = (size: number): ModelParams =>
  foundationParams({
    size,
    days: 200,
    thresholds: { kind: "normal", mean: 0.35, sd: 0.2 },
    initialDefectors: { kind: "share", share: 0.001 },
  });

/** Watts (2002): Erdos-Renyi of mean degree 4, every threshold 0.18, one initial defector. */
export const wattsCase = (size: number): ModelParams =>
  foundationParams({
    size,
    days: 100,
    thresholds: { kind: "uniform", min: 0.18, max: 0.18 },
    observation: { scope: "network", globalWeight: 0, local: "network" },
    network: { kind: "erdos-renyi", meanDegree: 4 },
    initialDefectors: { kind: "count", count: 1 },
  });

/**
 * Every mechanism on: two offer windows with deadline urgency, awareness from 20% with leaflets
 * and word of mouth, daily opportunity 0.3, catches with seen punishments, reprisals against
 * families, 5% ineligible, a setback, a mobilisation of 30% more soldiers with their own
 * thresholds, a leaflet campaign, and observation mixing the army-wide rate with a small-world
 * network (or with the unit).
 */
export const fullCase = (size: number, local: "network" | "unit" = "network"): ModelParams =>
  foundationParams({
    size,
    days: 365,
    unitSize: 30,
    thresholds: { kind: "normal", mean: 0.3, sd: 0.15 },
    subgroups: [
      { name: "contract", share: 0.6, thresholds: { kind: "normal", mean: 0.35, sd: 0.15 } },
      { name: "conscripts", share: 0.4, thresholds: { kind: "beta", alpha: 2, beta: 6 } },
    ],
    observation: { scope: "mix", globalWeight: 0.4, local },
    network: { kind: "small-world", degree: 6, rewire: 0.1 },
    offer: { attractiveness: 0.1, windows: [{ open: 5, close: 80 }, { open: 120, close: 300 }], urgency: 0.05, urgencyDays: 20 },
    awareness: { initial: 0.2, leafletReach: 0.02, wordOfMouth: 0.2 },
    opportunity: 0.3,
    deterrence: { catchProbability: 0.1, punishmentRise: 0.05, punishmentDays: 20, reprisal: 0.05, familyShare: 0.5 },
    ineligibleShare: 0.05,
    initialDefectors: { kind: "share", share: 0.001 },
    events: [
      { kind: "setback", day: 30, shift: 0.05, days: 40 },
      { kind: "mobilisation", day: 50, count: Math.round(size * 0.3), thresholds: { kind: "beta", alpha: 2, beta: 6 }, aware: 0.5 },
      { kind: "leaflets", day: 60, reach: 0.3 },
    ],
  });
