/**
 * Generators of boundary inputs, valid and invalid, for the fuzz tests: scenario objects, sweep
 * specs, comparison files, address (URL) states and command lines. Each mixes well-formed values
 * with the bad ones users produce: out of range, NaN, wrong types, unknown and prototype keys.
 */
import fc from "fast-check";
import { PARAMETERS } from "../../src/scenario";

const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "colour", "atractiveness");

/** A number, usually valid for the registry range, sometimes not a number at all. */
function numberish(min: number, max: number, integer: boolean) {
  const inRange = integer ? fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, 1e6) }) : fc.double({ min, max, noNaN: true });
  return fc.oneof(
    { weight: 80, arbitrary: inRange },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -1, 1e12, 0.5, -0) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 5 }), fc.constant(null), fc.boolean(), fc.constant([])) },
  );
}

const registry = new Map(PARAMETERS.map((p) => [p.path, p]));
const param = (path: string, cap?: number) => {
  const p = registry.get(path)!;
  return numberish(p.min, cap ?? p.max, p.integer === true);
};

/** Sometimes adds a stray key to an object. */
function withStray<T extends Record<string, unknown>>(arb: fc.Arbitrary<T>) {
  const stray = fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(hostileKey, fc.jsonValue({ maxDepth: 1 })) });
  return fc.tuple(arb, stray).map(([object, stray]) => {
    if (!stray) return object;
    // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it.
    const copy = { ...object };
    Object.defineProperty(copy, stray[0], { value: stray[1], enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

const distribution = fc.oneof(
  withStray(fc.record({ distribution: fc.constant("normal"), mean: param("thresholds.mean"), sd: param("thresholds.sd") }, { requiredKeys: ["distribution"] })),
  withStray(fc.record({ distribution: fc.constant("uniform"), min: param("thresholds.min"), max: param("thresholds.max") }, { requiredKeys: ["distribution"] })),
  fc.record({ distribution: fc.constant("beta"), alpha: param("thresholds.alpha"), beta: param("thresholds.beta") }),
  fc.record({ distribution: fc.constantFrom("cauchy", 3, null) as fc.Arbitrary<unknown> }),
);

/** Small armies, so that accepted scenarios can be run to the end quickly. */
export const scenarioObject = (maxSize = 400, maxDays = 60) =>
  withStray(
    fc.record(
      {
        name: fc.oneof(fc.string({ maxLength: 30 }), fc.constant("<script>window.pwned=1</script>"), fc.integer()),
        description: fc.string({ maxLength: 40 }),
        parameters: withStray(
          fc.record(
            {
              seed: param("seed"),
              army: withStray(fc.record({ size: param("army.size", maxSize), days: param("army.days", maxDays), unitSize: param("army.unitSize", 50) }, { requiredKeys: [] })),
              thresholds: distribution,
              initialDefectors: fc.oneof(fc.record({ count: param("initialDefectors.count", 20) }), fc.record({ share: param("initialDefectors.share") }), fc.record({ ids: fc.array(fc.integer({ min: -2, max: 500 }), { maxLength: 4 }) })),
              observation: fc.record(
                {
                  scope: fc.constantFrom("global", "unit", "network", "mix", "telepathy"),
                  globalWeight: param("observation.globalWeight"),
                  local: fc.constantFrom("unit", "network"),
                  countThreshold: param("observation.countThreshold", 5),
                  homophily: param("observation.homophily"),
                },
                { requiredKeys: [] },
              ),
              network: fc.oneof(
                fc.record({ type: fc.constant("erdos-renyi"), meanDegree: param("network.meanDegree", 12) }),
                fc.record({ type: fc.constant("small-world"), degree: fc.constantFrom(2, 4, 6, 3), rewire: param("network.rewire") }),
                fc.record({ type: fc.constant("regular-ring"), degree: fc.constantFrom(2, 4, 6, 3), rewire: param("network.rewire") }),
                fc.record({ type: fc.constant("units"), tiesPerUnit: param("network.tiesPerUnit", 5) }),
                fc.record({ type: fc.constant("scale-free"), meanDegree: param("network.meanDegree", 12), exponent: param("network.exponent"), maxDegree: param("network.maxDegree", 200) }),
                fc.record({ type: fc.constant("preferential-attachment"), tiesPerSoldier: param("network.tiesPerSoldier", 6) }),
                fc.record({ type: fc.constant("clustered"), meanDegree: param("network.meanDegree", 12), clustering: param("network.clustering") }),
              ),
              offer: withStray(
                fc.record(
                  {
                    attractiveness: param("offer.attractiveness"),
                    urgency: param("offer.urgency"),
                    urgencyDays: param("offer.urgencyDays", 100),
                    windows: fc.array(fc.record({ open: param("offer.windows.open", 80), close: fc.oneof(param("offer.windows.close", 90), fc.constant(null)) }, { requiredKeys: ["open"] }), { maxLength: 3 }),
                  },
                  { requiredKeys: [] },
                ),
              ),
              awareness: fc.record({ initial: param("awareness.initial"), leafletReach: param("awareness.leafletReach"), wordOfMouth: param("awareness.wordOfMouth") }, { requiredKeys: [] }),
              opportunity: fc.record({ daily: param("opportunity.daily") }, { requiredKeys: [] }),
              deterrence: fc.record(
                {
                  catchProbability: param("deterrence.catchProbability"),
                  punishmentRise: param("deterrence.punishmentRise"),
                  punishmentDays: param("deterrence.punishmentDays", 60),
                  reprisal: param("deterrence.reprisal"),
                  familyShare: param("deterrence.familyShare"),
                },
                { requiredKeys: [] },
              ),
              ineligibleShare: param("ineligibleShare"),
              events: fc.array(
                fc.oneof(
                  fc.record({ type: fc.constant("setback"), day: param("events.day", 70), shift: param("events.shift"), days: fc.oneof(param("events.days", 50), fc.constant(null)) }, { requiredKeys: ["type", "day"] }),
                  fc.record({ type: fc.constant("mobilisation"), day: param("events.day", 70), count: param("events.count", 200), thresholds: distribution, aware: param("events.aware") }, { requiredKeys: ["type", "day", "count", "thresholds"] }),
                  fc.record({ type: fc.constant("leaflets"), day: param("events.day", 70), reach: param("events.reach") }, { requiredKeys: ["type", "day"] }),
                  fc.record({ type: fc.constant("combat"), day: param("events.day", 70), capture: param("events.capture"), days: fc.oneof(param("events.days", 50), fc.constant(null)) }, { requiredKeys: ["type", "day"] }),
                  fc.record(
                    { type: fc.constant("extend"), day: param("events.day", 70), window: param("events.window", 3), close: fc.oneof(param("events.close", 90), fc.constant(null)), credibilityLoss: param("events.credibilityLoss") },
                    { requiredKeys: ["type", "day", "close"] },
                  ),
                ),
                { maxLength: 3 },
              ),
              behaviour: fc.record(
                {
                  actRate: param("behaviour.actRate"),
                  pullDays: param("behaviour.pullDays", 30),
                  forgetRate: param("behaviour.forgetRate"),
                  credibility: param("behaviour.credibility"),
                  closureFear: param("behaviour.closureFear"),
                  memoryDays: fc.oneof(param("behaviour.memoryDays", 90), fc.constant(null)),
                  punishmentDelay: param("behaviour.punishmentDelay", 20),
                  punishmentNews: fc.constantFrom("scope", "local", "rumour"),
                  draftEvasion: param("behaviour.draftEvasion"),
                  offerEvasion: param("behaviour.offerEvasion"),
                },
                { requiredKeys: [] },
              ),
              capture: fc.record({ daily: param("capture.daily"), newsReaches: fc.constantFrom(true, false, "yes") }, { requiredKeys: [] }),
              leaders: fc.record(
                {
                  share: param("leaders.share"),
                  thresholds: distribution,
                  influence: param("leaders.influence"),
                  surrender: param("leaders.surrender"),
                  opportunity: fc.oneof(param("leaders.opportunity"), fc.constant(null)),
                  reach: param("leaders.reach"),
                },
                { requiredKeys: [] },
              ),
              cohesion: fc.record({ strength: param("cohesion.strength") }, { requiredKeys: [] }),
              cascadeCutoff: param("cascadeCutoff"),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: ["name"] },
    ),
  );

export const sweepObject = fc.record(
  {
    kind: fc.constantFrom("sweep", "sweep", "sweep", "comparison"),
    scenario: scenarioObject(100, 20),
    axes: fc.array(
      fc.oneof(
        fc.record({ path: fc.constantFrom("offer.attractiveness", "network.meanDegree", "army.size", "offer.charm", "__proto__"), values: fc.array(fc.double({ min: -1, max: 20, noNaN: true }), { maxLength: 4 }) }),
        fc.record({ path: fc.constantFrom("offer.attractiveness", "thresholds.sd"), from: fc.double({ min: -1, max: 1, noNaN: true }), to: fc.double({ min: -1, max: 1, noNaN: true }), steps: fc.integer({ min: -1, max: 6 }), scale: fc.constantFrom("linear", "log", "cubic") }, { requiredKeys: ["path", "from", "to", "steps"] }),
      ),
      { maxLength: 3 },
    ),
    runs: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constant(NaN)),
  },
  { requiredKeys: ["kind", "scenario", "axes"] },
);

export const comparisonObject = fc.record(
  {
    kind: fc.constantFrom("comparison", "comparison", "sweep"),
    runs: fc.oneof(fc.integer({ min: -1, max: 20_000 }), fc.constant(2.5)),
    masterSeed: fc.oneof(fc.integer({ min: -1, max: 2 ** 33 }), fc.constant("x")),
    commonRandomNumbers: fc.oneof(fc.boolean(), fc.constant("yes")),
    baseline: fc.integer({ min: -1, max: 9 }),
    variants: fc.array(fc.record({ name: fc.oneof(fc.constantFrom("a", "b", "a"), fc.string({ maxLength: 8 })), colour: fc.constantFrom("#0072b2", "red", undefined), scenario: scenarioObject(100, 20) }, { requiredKeys: ["name", "scenario"] }), { maxLength: 9 }),
  },
  { requiredKeys: ["kind", "variants"] },
);

/** Address query strings as users paste them: real keys with odd values, and junk. */
export const addressSearch = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constant("scenario"), fc.constantFrom("asylum-offer-deadline", "watts-2002", "nope", "__proto__", "")),
      fc.tuple(fc.constant("seed"), fc.constantFrom("3", "-1", "NaN", "1e99", "4294967296", "x")),
      fc.tuple(
        fc.constant("set"),
        fc.array(fc.tuple(fc.constantFrom("offer.attractiveness", "army.size", "__proto__.x", "constructor.prototype.y", "offer.windows.0.close", "nope"), fc.constantFrom("0.2", "null", "NaN", "-5", "1e12", "abc", "")), { maxLength: 3 }).map((pairs) => pairs.map(([k, v]) => `${k}:${v}`).join(",")),
      ),
      fc.tuple(fc.constantFrom("file", "name"), fc.constantFrom("e30", "!!!", "eyJuYW1lIjoiPHNjcmlwdD4ifQ", "")),
      fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => "?" + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"));

/** Command lines: real commands and flags with values good and bad, over a tiny scenario. */
export const commandLine = (tinyScenario: string, brokenScenario: string) =>
  fc
    .tuple(
      fc.constantFrom("run", "validate", "list", "calibrate", "compare", "tipping", "merge", "sweep", "bogus", "--version", "--nope"),
      fc.array(
        fc.oneof(
          fc.constantFrom(tinyScenario, brokenScenario, "/nonexistent.json", "--json", "--no-crn", "--resume", "-x", "--"),
          fc.tuple(fc.constantFrom("--runs", "--seed", "--set", "--workers", "--target", "--fit", "--level", "--range", "--shard", "--baseline"), fc.constantFrom("2", "0", "-1", "abc", "1e9", "", "army.size=-5", "offer.attractiveness=0.1", "__proto__.x=1", "defected@day=5:0.1", "1/2", "0:1", "NaN")).map(([f, v]) => `${f}=${v}`),
        ),
        { maxLength: 5 },
      ),
    )
    .map(([command, rest]) => [command, ...rest]);
