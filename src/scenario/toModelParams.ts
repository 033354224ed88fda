/** The model's inputs from a validated scenario whose file references are resolved. */
import type { ModelParams, NetworkSpec, ThresholdDistribution } from "../model/params";
import type { NetworkFileSpec, ScenarioFile, ThresholdsSpec } from "./schema";
import { InputError } from "./issues";

export function toModelParams(file: ScenarioFile): ModelParams {
  const p = file.parameters;
  const init = p.initialDefectors;
  return {
    size: p.army.size,
    days: p.army.days,
    unitSize: p.army.unitSize,
    initialDefectors:
      init.ids !== undefined ? { kind: "ids", ids: init.ids } : init.share !== undefined ? { kind: "share", share: init.share } : { kind: "count", count: init.count ?? 0 },
    thresholds: distribution(p.thresholds, "parameters.thresholds"),
    subgroups: p.subgroups.map((g, k) => ({
      name: g.name,
      share: g.share,
      thresholds: distribution(g.thresholds, `parameters.subgroups[${k}].thresholds`),
      ...(g.ineligibleShare !== undefined ? { ineligibleShare: g.ineligibleShare } : {}),
      ...(g.familyShare !== undefined ? { familyShare: g.familyShare } : {}),
    })),
    observation: { ...p.observation },
    network: network(p.network),
    offer: { ...p.offer, windows: p.offer.windows.map((w) => ({ ...w })) },
    awareness: { ...p.awareness },
    opportunity: p.opportunity.daily,
    deterrence: { ...p.deterrence },
    ineligibleShare: p.ineligibleShare,
    events: p.events.map((e, k) => {
      switch (e.type) {
        case "setback":
          return { kind: "setback", day: e.day, shift: e.shift, days: e.days };
        case "mobilisation":
          return {
            kind: "mobilisation",
            day: e.day,
            count: e.count,
            aware: e.aware,
            thresholds: distribution(e.thresholds, `parameters.events[${k}].thresholds`),
            ...(e.joinUnits !== undefined ? { joinUnits: e.joinUnits } : {}),
          };
        case "leaflets":
          return { kind: "leaflets", day: e.day, reach: e.reach };
        case "extend":
          return { kind: "extend", day: e.day, window: e.window, close: e.close, credibilityLoss: e.credibilityLoss };
        case "combat":
          return { kind: "combat", day: e.day, capture: e.capture, days: e.days };
      }
    }),
    behaviour: { ...p.behaviour },
    capture: { ...p.capture },
    leaders: { ...p.leaders, thresholds: distribution(p.leaders.thresholds, "parameters.leaders.thresholds") },
    cohesion: p.cohesion.strength,
    cascadeCutoff: p.cascadeCutoff,
  };
}

function distribution(spec: ThresholdsSpec, path: string): ThresholdDistribution {
  switch (spec.distribution) {
    case "normal":
      return { kind: "normal", mean: spec.mean, sd: spec.sd };
    case "uniform":
      return { kind: "uniform", min: spec.min, max: spec.max };
    case "beta":
      return { kind: "beta", alpha: spec.alpha, beta: spec.beta };
    case "list":
      return { kind: "list", values: spec.values };
    case "file":
      throw new InputError([{ path: `${path}.file`, message: `"${spec.file}" was not read; resolve file references first` }], "invalid scenario");
  }
}

function network(spec: NetworkFileSpec): NetworkSpec {
  switch (spec.type) {
    case "erdos-renyi":
      return { kind: "erdos-renyi", meanDegree: spec.meanDegree };
    case "small-world":
      return { kind: "small-world", degree: spec.degree, rewire: spec.rewire };
    case "regular-ring":
      return { kind: "regular-ring", degree: spec.degree, rewire: spec.rewire };
    case "units":
      return { kind: "units", tiesPerUnit: spec.tiesPerUnit };
    case "scale-free":
      return { kind: "scale-free", meanDegree: spec.meanDegree, exponent: spec.exponent, maxDegree: spec.maxDegree };
    case "preferential-attachment":
      return { kind: "preferential-attachment", tiesPerSoldier: spec.tiesPerSoldier };
    case "clustered":
      return { kind: "clustered", meanDegree: spec.meanDegree, clustering: spec.clustering };
    case "edges":
      return { kind: "edges", edges: spec.pairs ?? Int32Array.from((spec.edges ?? []).flat()) };
  }
}
