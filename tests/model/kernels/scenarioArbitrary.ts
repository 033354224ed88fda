/**
 * Random small scenarios for the exactness tests: every mechanism, scope, network kind and event
 * kind, with parameters mixed freely, and values drawn often from round numbers (0, 1, k/20) so
 * that ties and exact equalities between shares and thresholds are common.
 */
import fc from "fast-check";
import type { BehaviourParams, CaptureParams, LeaderParams, ModelParams, NetworkSpec, OfferWindow, ScheduledEvent, Subgroup, ThresholdDistribution } from "../../../src/model";
import { behaviourOff, captureOff, leadersOff } from "../../../src/model";

const share = fc.oneof(fc.constantFrom(0, 1, 0.5, 0.25, 0.05), fc.double({ min: 0, max: 1, noNaN: true }));
const small = (max: number) => fc.oneof(fc.constant(0), fc.double({ min: 0, max, noNaN: true }), fc.integer({ min: 0, max: 20 }).map((k) => (k / 20) * max));
const round = fc.integer({ min: 0, max: 20 }).map((k) => k / 20);

const distribution = (listLength: number): fc.Arbitrary<ThresholdDistribution> =>
  fc.oneof(
    fc.record({ kind: fc.constant("normal" as const), mean: fc.double({ min: -0.1, max: 0.8, noNaN: true }), sd: small(0.3) }),
    fc
      .tuple(fc.oneof(round, share), fc.oneof(round, share))
      .map(([a, b]) => ({ kind: "uniform" as const, min: Math.min(a, b) * 0.6, max: Math.max(a, b) * 0.6 })),
    fc.record({ kind: fc.constant("beta" as const), alpha: fc.double({ min: 0.3, max: 6, noNaN: true }), beta: fc.double({ min: 0.3, max: 8, noNaN: true }) }),
    fc.array(fc.oneof(round, share), { minLength: listLength, maxLength: listLength }).map((values) => ({ kind: "list" as const, values })),
  );

const network = (capacity: number): fc.Arbitrary<NetworkSpec> =>
  fc.oneof(
    // Mean degrees from a grid: a subnormal one makes erdosRenyiEdges loop for ever (log(1 - p) = 0).
    fc.record({ kind: fc.constant("erdos-renyi" as const), meanDegree: fc.integer({ min: 0, max: 32 }).map((k) => k / 4) }),
    fc.record({ kind: fc.constant("small-world" as const), degree: fc.integer({ min: 0, max: 8 }), rewire: share }),
    fc.record({ kind: fc.constant("regular-ring" as const), degree: fc.integer({ min: 0, max: 8 }), rewire: share }),
    fc.record({ kind: fc.constant("units" as const), tiesPerUnit: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ kind: fc.constant("scale-free" as const), meanDegree: fc.integer({ min: 0, max: 32 }).map((k) => k / 4), exponent: fc.double({ min: 2, max: 5, noNaN: true }), maxDegree: fc.integer({ min: 1, max: 60 }) }),
    fc.record({ kind: fc.constant("preferential-attachment" as const), tiesPerSoldier: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ kind: fc.constant("clustered" as const), meanDegree: fc.integer({ min: 0, max: 32 }).map((k) => k / 4), clustering: share }),
    fc
      .array(fc.tuple(fc.nat(capacity - 1), fc.nat(capacity - 1)), { maxLength: capacity * 3 })
      .map((pairs) => ({ kind: "edges" as const, edges: Int32Array.from(pairs.flat()) })),
  );

const event = (days: number): fc.Arbitrary<ScheduledEvent> => {
  const day = fc.integer({ min: 0, max: days + 2 });
  return fc.oneof(
    fc.record({
      kind: fc.constant("setback" as const),
      day,
      shift: fc.oneof(round.map((x) => x * 0.4 - 0.1), fc.double({ min: -0.1, max: 0.3, noNaN: true })),
      days: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
    }),
    fc.record(
      { kind: fc.constant("mobilisation" as const), day, count: fc.integer({ min: 0, max: 40 }), thresholds: distribution(40), aware: share, joinUnits: fc.constantFrom("new" as const, "existing" as const) },
      { requiredKeys: ["kind", "day", "count", "thresholds", "aware"] },
    ),
    fc.record({ kind: fc.constant("leaflets" as const), day, reach: share }),
  );
};

/**
 * Forgetting rates: the edge values (1: everyone aware forgets the same day; the least positive
 * double and 1e-9: nobody or almost nobody ever does), round values, and anything between.
 */
const forgetRate = fc.oneof(
  fc.constantFrom(1, Number.MIN_VALUE, 1e-9, 0.5, 0.0751),
  fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true }),
  small(0.3).filter((x) => x > 0),
);

/**
 * Behaviour over time: "off" gives the off values, or values that must act as off (acting rate 1
 * with any pull horizon, a memory window as long as the run or longer, news of punishment as the
 * scope says, no evasion); "acting" procrastination and fear of closure; "forgetting" those with
 * forgetting always on; "eventDriven" every mechanism the event-driven kernel gives (those, with
 * forgetting sometimes, credibility, draft evasion, and extensions of the windows); "any" mixes
 * every mechanism freely, often with round values.
 */
type BehaviourKind = "off" | "acting" | "forgetting" | "eventDriven" | "any";

const behaviour = (days: number, kind: BehaviourKind): fc.Arbitrary<BehaviourParams> => {
  const neutral = fc.record({
    actRate: fc.constant(1),
    pullDays: fc.integer({ min: 0, max: 12 }),
    forgetRate: fc.constant(0),
    credibility: fc.constant(1),
    closureFear: fc.constant(0),
    memoryDays: fc.option(fc.integer({ min: days, max: days + 5 }), { nil: null }),
    punishmentDelay: fc.constant(0),
    punishmentNews: fc.constant("scope" as const),
    draftEvasion: fc.constant(0),
    offerEvasion: fc.constant(0),
  });
  if (kind === "off") return fc.oneof(fc.constant(behaviourOff()), neutral);
  if (kind === "acting")
    return neutral.chain((b) =>
      fc.record({ actRate: fc.oneof(fc.constant(1), share), closureFear: fc.oneof(fc.constant(0), small(0.5)) }).map((acting) => ({ ...b, ...acting })),
    );
  if (kind === "forgetting")
    return neutral.chain((b) =>
      fc
        .record({ actRate: fc.oneof(fc.constant(1), share), closureFear: fc.oneof(fc.constant(0), small(0.5)), forgetRate })
        .map((forgetting) => ({ ...b, ...forgetting })),
    );
  if (kind === "eventDriven")
    return neutral.chain((b) =>
      fc
        .record({
          actRate: fc.oneof(fc.constant(1), share),
          closureFear: fc.oneof(fc.constant(0), small(0.5)),
          forgetRate: fc.oneof(fc.constant(0), forgetRate),
          credibility: fc.oneof(fc.constant(1), fc.constant(0), share),
          draftEvasion: fc.oneof(fc.constant(0), share),
          offerEvasion: fc.oneof(fc.constant(0), share),
        })
        .map((eventDriven) => ({ ...b, ...eventDriven })),
    );
  const any = fc.record({
    actRate: fc.oneof(fc.constant(1), share),
    pullDays: fc.integer({ min: 0, max: 12 }),
    forgetRate: fc.oneof(fc.constant(0), small(0.3)),
    credibility: fc.oneof(fc.constant(1), share),
    closureFear: fc.oneof(fc.constant(0), small(0.5)),
    memoryDays: fc.option(fc.integer({ min: 1, max: days + 2 }), { nil: null }),
    punishmentDelay: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 })),
    punishmentNews: fc.constantFrom("scope" as const, "local" as const),
    draftEvasion: fc.oneof(fc.constant(0), share),
    offerEvasion: fc.oneof(fc.constant(0), share),
  });
  return fc.oneof(neutral, any);
};

/**
 * What armies do (issue 15): "off" gives the off values, or values that must act as off (news of
 * captures with no capture, leaders' other fields with no leaders); "any" switches capture, combat,
 * leaders and cohesion on at random.
 */
const armies = (days: number, kind: "off" | "any"): fc.Arbitrary<{ capture: CaptureParams; leaders: LeaderParams; cohesion: number; combat: ScheduledEvent[] }> => {
  const leaderFields = {
    thresholds: distribution(0).filter((d) => d.kind !== "list"),
    influence: small(0.4),
    surrender: share,
    opportunity: fc.option(share, { nil: null }),
    reach: fc.oneof(fc.constant(1), small(3)),
  };
  const off = fc.record({
    capture: fc.oneof(fc.constant(captureOff()), fc.record({ daily: fc.constant(0), newsReaches: fc.boolean() })),
    leaders: fc.oneof(fc.constant(leadersOff()), fc.record({ share: fc.constant(0), ...leaderFields })),
    cohesion: fc.constant(0),
    combat: fc.constant<ScheduledEvent[]>([]),
  });
  if (kind === "off") return off;
  const any = fc.record({
    capture: fc.record({ daily: fc.oneof(fc.constant(0), small(0.1)), newsReaches: fc.boolean() }),
    leaders: fc.record({ share: fc.oneof(fc.constant(0), fc.constant(1), share), ...leaderFields }),
    cohesion: fc.oneof(fc.constant(0), small(0.4)),
    combat: fc.array(
      fc.record({
        kind: fc.constant("combat" as const),
        day: fc.integer({ min: 0, max: days + 1 }),
        capture: fc.oneof(share, small(0.2)),
        days: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
      }),
      { maxLength: 2 },
    ),
  });
  return fc.oneof(off, any);
};

/** Extensions of the offer's windows (only with behaviour "any"): a later, earlier or no close. */
const extensions = (days: number, windowCount: number): fc.Arbitrary<ScheduledEvent[]> =>
  windowCount === 0
    ? fc.constant([])
    : fc.array(
        fc.record({
          kind: fc.constant("extend" as const),
          day: fc.integer({ min: 0, max: days + 1 }),
          window: fc.integer({ min: 0, max: windowCount - 1 }),
          close: fc.option(fc.integer({ min: 1, max: days + 4 }), { nil: null }),
          credibilityLoss: share,
        }),
        { maxLength: 3 },
      );

const windows = (days: number): fc.Arbitrary<OfferWindow[]> =>
  fc.oneof(
    fc.constant<OfferWindow[]>([{ open: 0, close: null }]),
    fc.array(fc.integer({ min: 0, max: days + 3 }), { minLength: 1, maxLength: 6 }).chain((cuts) => {
      const sorted = [...new Set(cuts)].sort((a, b) => a - b);
      const result: OfferWindow[] = [];
      for (let k = 0; k + 1 < sorted.length; k += 2) result.push({ open: sorted[k], close: sorted[k + 1] });
      if (sorted.length % 2 === 1) result.push({ open: sorted[sorted.length - 1], close: null });
      return fc.constant(result);
    }),
  );

/**
 * A whole scenario; `scope` pins the observation scope when given; `armies` "any" switches capture,
 * combat, leaders and cohesion on at random ("off", the default, keeps them off); `behaviour` "any" switches the
 * behaviour-over-time mechanisms on at random (and adds extensions of the windows), "acting" only
 * procrastination (acting rate, deadline pull) and fear of closure, "forgetting" those and
 * forgetting (always on), "eventDriven" every mechanism the event-driven kernel gives, "off" (the default) keeps them
 * at values that must act as off.
 */
export function scenario(
  options: {
    scope?: ModelParams["observation"]["scope"];
    maxSize?: number;
    maxDays?: number;
    behaviour?: BehaviourKind;
    armies?: "off" | "any";
    /** "count" (the default): count thresholds, which every kernel gives; "any": homophily and replacements joining units too. */
    divisions?: "count" | "any";
  } = {},
): fc.Arbitrary<ModelParams> {
  const { maxSize = 120, maxDays = 60, behaviour: behaviourKind = "off", armies: armiesKind = "off", divisions = "count" } = options;
  const countThreshold = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) });
  const homophily = divisions === "any" ? fc.oneof(fc.constant(0), share) : fc.constant(0);
  const groupShare = divisions === "any" ? fc.option(share, { nil: undefined }) : fc.constant(undefined);
  return fc
    .record({ size: fc.integer({ min: 1, max: maxSize }), days: fc.integer({ min: 0, max: maxDays }), unitSize: fc.integer({ min: 1, max: 12 }) })
    .chain(({ size, days, unitSize }) =>
      fc.array(event(days), { maxLength: 4 }).chain((events) => {
        let capacity = size;
        for (const e of events) if (e.kind === "mobilisation") capacity += e.count;
        return fc.record({
          size: fc.constant(size),
          days: fc.constant(days),
          unitSize: fc.constant(unitSize),
          events: fc.constant(events),
          initialDefectors: fc.oneof(
            fc.record({ kind: fc.constant("count" as const), count: fc.integer({ min: 0, max: 12 }) }),
            fc.record({ kind: fc.constant("share" as const), share: small(0.2) }),
            fc.record({ kind: fc.constant("ids" as const), ids: fc.array(fc.nat(capacity + 2), { maxLength: 6 }) }),
          ),
          thresholds: distribution(size),
          subgroups: fc.oneof(
            fc.constant<Subgroup[]>([]),
            fc.tuple(fc.double({ min: 0.1, max: 0.9, noNaN: true }), distribution(size), distribution(size), groupShare, groupShare).map(([s, a, b, ineligible, family]) => [
              { name: "a", share: s, thresholds: a, ...(ineligible !== undefined ? { ineligibleShare: ineligible } : {}) },
              { name: "b", share: 1 - s, thresholds: b, ...(family !== undefined ? { familyShare: family } : {}) },
            ]),
          ),
          observation: fc.record({
            scope: options.scope ? fc.constant(options.scope) : fc.constantFrom("global" as const, "unit" as const, "network" as const, "mix" as const),
            globalWeight: share,
            local: fc.constantFrom("unit" as const, "network" as const),
            countThreshold,
            homophily,
          }),
          network: network(capacity),
          offer: fc.record({ attractiveness: small(0.6), windows: windows(days), urgency: small(0.2), urgencyDays: fc.integer({ min: 0, max: 10 }) }),
          awareness: fc.record({ initial: share, leafletReach: fc.oneof(small(0.3), fc.constant(1)), wordOfMouth: fc.oneof(small(0.6), fc.constant(1)) }),
          opportunity: fc.oneof(fc.constant(1), fc.double({ min: 0.05, max: 1, noNaN: true })),
          deterrence: fc.record({
            catchProbability: small(0.5),
            punishmentRise: small(0.3),
            punishmentDays: fc.integer({ min: 0, max: 10 }),
            reprisal: small(0.3),
            familyShare: share,
          }),
          ineligibleShare: small(0.3),
          behaviour: behaviour(days, behaviourKind),
          armies: armies(days, armiesKind),
          cascadeCutoff: fc.constant(0.5),
        });
      }),
    )
    .map(({ armies: { combat, ...army }, ...params }) => ({ ...params, ...army, events: [...params.events, ...combat] }))
    .chain((params) =>
      behaviourKind !== "any" && behaviourKind !== "eventDriven"
        ? fc.constant(params)
        : extensions(params.days, params.offer.windows.length).map((extend) => ({ ...params, events: [...params.events, ...extend] })),
    )
    .map((params) => (divisions === "any" ? params : { ...params, events: params.events.map(newUnitsOnly) }));
}

/** A mobilisation forming new units (replacements joining existing ones are only in divisions "any"). */
function newUnitsOnly(event: ScheduledEvent): ScheduledEvent {
  if (event.kind !== "mobilisation" || event.joinUnits === undefined) return event;
  const { joinUnits: _, ...rest } = event;
  return rest;
}

/**
 * The same scenarios with every stochastic rule off (everyone aware on joining, opportunity 1, no
 * catches): the deterministic cases the fast kernels take.
 */
export function deterministic(scenarios: fc.Arbitrary<ModelParams>): fc.Arbitrary<ModelParams> {
  return scenarios.map((p) => ({
    ...p,
    awareness: { ...p.awareness, initial: 1 },
    opportunity: 1,
    deterrence: { ...p.deterrence, catchProbability: 0 },
    events: p.events.map((e) => (e.kind === "mobilisation" ? { ...e, aware: 1 } : e)),
  }));
}
