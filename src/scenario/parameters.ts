/**
 * Every numeric scenario parameter in one place: its path under `parameters`, default, unit,
 * allowed range and meaning. The schema, the command line's --set, the page's sliders and the
 * README's parameter table are all made from this list.
 */
import { MAX_SEED } from "../model/runSeed";

export interface NumericParameter {
  /** Dotted path under a scenario's `parameters` (as used by --set). */
  readonly path: string;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Default when the scenario leaves the value out; mechanisms default to off. */
  readonly default: number;
  readonly integer?: boolean;
  readonly doc: string;
}

/** Largest army (initial plus mobilised): 10 million soldiers take about 300 MB of typed arrays. */
export const MAX_SOLDIERS = 10_000_000;
/** Largest number of simulated days (about 27 years). */
export const MAX_DAYS = 10_000;
/** Largest number of undirected network edges (8 bytes each in CSR, plus build buffers). */
export const MAX_EDGES = 50_000_000;

const p = (
  path: string,
  label: string,
  unit: string,
  min: number,
  max: number,
  def: number,
  doc: string,
  integer = false,
): NumericParameter => ({ path, label, unit, min, max, default: def, integer, doc });

export const PARAMETERS: readonly NumericParameter[] = [
  p("seed", "Seed", "integer", 0, MAX_SEED, 1, "Seed of every random draw; run r of a batch uses seed + r.", true),
  p("army.size", "Army size", "soldiers", 1, MAX_SOLDIERS, 1000, "Soldiers at day 0.", true),
  p("army.days", "Days", "days", 1, MAX_DAYS, 365, "Days simulated after day 0.", true),
  p("army.unitSize", "Unit size", "soldiers", 1, 100_000, 100, "Soldiers per unit: soldier i is in unit floor(i / unitSize).", true),
  p("thresholds.mean", "Threshold mean", "share", 0, 1, 0.5, "Normal thresholds: mean (clipped to [0, 1]).", false),
  p("thresholds.sd", "Threshold spread", "share", 0, 1, 0.2, "Normal thresholds: standard deviation.", false),
  p("thresholds.min", "Threshold minimum", "share", 0, 1, 0, "Uniform thresholds: lower end.", false),
  p("thresholds.max", "Threshold maximum", "share", 0, 1, 1, "Uniform thresholds: upper end.", false),
  p("thresholds.alpha", "Beta alpha", "shape", 0.01, 1000, 2, "Beta thresholds: first shape.", false),
  p("thresholds.beta", "Beta beta", "shape", 0.01, 1000, 2, "Beta thresholds: second shape.", false),
  p("initialDefectors.count", "Initial defectors", "soldiers", 0, MAX_SOLDIERS, 0, "Soldiers defected at day 0, chosen at random.", true),
  p("initialDefectors.share", "Initial defectors (share)", "share of army", 0, 1, 0, "Share defected at day 0, chosen at random.", false),
  p("observation.globalWeight", "Weight of army-wide news", "share", 0, 1, 0.5, "Scope \"mix\": weight of the army-wide share against the local one.", false),
  p("observation.countThreshold", "Count threshold", "defected soldiers", 0, 1000, 0, "Complex contagion: a soldier is willing only when at least this many of those he observes have defected (the army, unit mates, neighbours; the local part under mix), besides his share threshold. Off: 0.", true),
  p("observation.homophily", "Homophily", "share", 0, 1, 0, "Divided armies: those of another subgroup (or the mobilised) count with weight 1 - homophily in a soldier's observed defected share and count (1: he sees only his own). Off: 0.", false),
  p("network.meanDegree", "Mean degree", "ties per soldier", 0, 1000, 4, "Erdos-Renyi, scale-free and clustered networks: mean number of ties.", false),
  p("network.degree", "Lattice degree", "ties per soldier", 0, 1000, 4, "Small-world and regular ring: ties per soldier before rewiring (even).", true),
  p("network.rewire", "Rewiring", "probability", 0, 1, 0.1, "Small-world: probability that a tie's far end moves to a random soldier; regular ring: that it swaps far ends with a random tie (degrees kept).", false),
  p("network.tiesPerUnit", "Ties per unit", "ties", 0, 100_000, 2, "Units network: random ties from each unit to other units.", true),
  p("network.exponent", "Degree exponent", "exponent", 2, 5, 2.5, "Scale-free: tail exponent of the degree distribution, P(k) ~ k^-exponent.", false),
  p("network.maxDegree", "Degree cut-off", "ties per soldier", 1, MAX_SOLDIERS, 1000, "Scale-free: no soldier has more ties than this (nor more than the army less one).", true),
  p("network.tiesPerSoldier", "Ties per newcomer", "ties", 0, 1000, 2, "Preferential attachment: ties each soldier makes to earlier ones, chosen in proportion to their degree (mean degree about twice this).", true),
  p("network.clustering", "Clustering", "share of neighbour pairs tied", 0, 1, 0.2, "Clustered: share of a soldier's neighbour pairs tied to each other (at most 1/3 at mean degree 4, 1/5 at 6).", false),
  p("offer.attractiveness", "Offer attractiveness", "threshold share", 0, 1, 0, "Lowers every eligible soldier's threshold while the offer is open. Off: 0.", false),
  p("offer.urgency", "Deadline urgency", "threshold share", 0, 1, 0, "Extra lowering on the last open day before a deadline, ramping up over urgencyDays. Off: 0.", false),
  p("offer.urgencyDays", "Urgency ramp", "days", 0, MAX_DAYS, 14, "Days before a deadline over which urgency builds up.", true),
  p("offer.windows.open", "Offer opens", "day", 0, MAX_DAYS, 0, "First day a window is open.", true),
  p("offer.windows.close", "Offer closes", "day", 1, MAX_DAYS + 1, MAX_DAYS + 1, "First day the window is closed again (null or absent: never closes).", true),
  p("awareness.initial", "Aware at start", "share of army", 0, 1, 1, "Share who know of the offer at day 0. Off: 1.", false),
  p("awareness.leafletReach", "Leaflet reach", "probability per day", 0, 1, 0, "Daily chance that leaflets or broadcasts reach an unaware soldier.", false),
  p("awareness.wordOfMouth", "Word of mouth", "probability per day", 0, 1, 0, "Daily chance of hearing of the offer when all observed soldiers are aware.", false),
  p("opportunity.daily", "Opportunity", "probability per day", 0, 1, 1, "Daily chance that a willing soldier can reach the enemy line. Off: 1.", false),
  p("deterrence.catchProbability", "Catch probability", "probability", 0, 1, 0, "Chance that an attempt is caught. Off: 0.", false),
  p("deterrence.punishmentRise", "Punishment effect", "threshold share", 0, 1, 0, "Threshold rise for soldiers who saw a punishment recently. Off: 0.", false),
  p("deterrence.punishmentDays", "Punishment memory", "days", 0, MAX_DAYS, 30, "How long a seen punishment deters.", true),
  p("deterrence.reprisal", "Reprisal threat", "threshold share", 0, 1, 0, "Threshold rise of soldiers with families at home. Off: 0.", false),
  p("deterrence.familyShare", "Soldiers with families", "share of army", 0, 1, 0, "Share exposed to reprisal threats.", false),
  p("ineligibleShare", "Ineligible", "share of army", 0, 1, 0, "Share excluded from the offer (e.g. suspected war criminals). Off: 0.", false),
  p("behaviour.actRate", "Acting rate", "probability per day", 0, 1, 1, "Procrastination: daily chance that a willing soldier with a chance takes it when no deadline is in view. Off: 1.", false),
  p("behaviour.pullDays", "Deadline pull horizon", "days", 0, MAX_DAYS, 14, "Days before a believed deadline over which the chance of acting rises to 1 on the last open day.", true),
  p("behaviour.forgetRate", "Forgetting rate", "probability per day", 0, 1, 0, "Daily chance that an aware soldier who has not acted forgets the offer and must hear of it again. Off: 0.", false),
  p("behaviour.credibility", "Deadline credibility", "probability", 0, 1, 1, "Chance that a soldier believes announced deadlines (drawn once per soldier); one who does not treats the offer as open-ended. Off: 1.", false),
  p("behaviour.closureFear", "Fear of closure", "hazard per day", 0, 1, 0, "Daily hazard at which an open-ended offer is feared to close; it pulls like a deadline 1/hazard days ahead. Off: 0.", false),
  p("behaviour.memoryDays", "Memory of defections", "days", 1, MAX_DAYS + 1, MAX_DAYS + 1, "The observed defected share counts only defections of the last memoryDays days (null or absent: forever).", true),
  p("behaviour.punishmentDelay", "Punishment news delay", "days", 0, MAX_DAYS, 0, "Days before news of a punishment reaches those who see it. Off: 0.", true),
  p("behaviour.draftEvasion", "Draft evasion", "share of called-up", 0, 1, 0, "Share of each mobilisation's called-up men who evade and never join. Off: 0.", false),
  p("behaviour.offerEvasion", "Evasion from the offer", "share of called-up", 0, 1, 0, "Extra evasion share when the offer (covering evaders) is open on a mobilisation's day. Off: 0.", false),
  p("capture.daily", "Capture in combat", "probability per day", 0, 1, 0, "Daily chance that a soldier still in the ranks is captured, counted apart from defectors (combat events add to it). Off: 0.", false),
  p("leaders.share", "Units with a leader", "share of units", 0, 1, 0, "Share of units whose first soldier is a leader with his own thresholds. Off: 0.", false),
  p("leaders.thresholds.mean", "Leaders' threshold mean", "share", 0, 1, 0.5, "Leaders' (officers') normal thresholds: mean (clipped to [0, 1]); a scenario that gives leaders no thresholds of their own has normal ones of mean 0.5 and spread 0.2.", false),
  p("leaders.influence", "Leader's influence", "threshold share", 0, 1, 0, "From the day after a leader defects, his unit's members' thresholds fall by this. Off: 0.", false),
  p("leaders.surrender", "Whole-unit surrender", "probability", 0, 1, 0, "Chance that a leader's whole unit surrenders with him on the day he defects. Off: 0.", false),
  p("leaders.opportunity", "Leader's opportunity", "probability per day", 0, 1, 1, "Leaders' own daily chance to reach the enemy line (null or absent: the soldiers').", false),
  p("leaders.reach", "Leader's reach", "multiple of soldiers' hazard", 0, 10, 1, "Leaders hear of the offer at this multiple of the soldiers' awareness hazard (below 1: harder to reach). Off: 1.", false),
  p("cohesion.strength", "Unit cohesion", "threshold share", 0, 1, 0, "Threshold rise of a member of an intact unit, scaled by the share of his unit still in the ranks (Shils & Janowitz 1948). Off: 0.", false),
  p("cascadeCutoff", "Cascade cut-off", "share of army", 0, 1, 0.5, "A run counts as a cascade when its final defected share reaches this.", false),
  p("events.day", "Event day", "day", 0, MAX_DAYS, 0, "Day a scheduled event happens.", true),
  p("events.shift", "Setback shift", "threshold share", -1, 1, 0.1, "Setback: how much thresholds fall (negative: a rally raises them).", false),
  p("events.days", "Setback duration", "days", 1, MAX_DAYS, MAX_DAYS, "Setback or combat: days it lasts (absent: for good).", true),
  p("events.count", "Mobilised soldiers", "soldiers", 0, MAX_SOLDIERS, 0, "Mobilisation: soldiers who join.", true),
  p("events.aware", "Mobilised aware", "share", 0, 1, 1, "Mobilisation: share of newcomers already aware of the offer.", false),
  p("events.reach", "Campaign reach", "probability", 0, 1, 0.5, "Leaflet campaign: chance of reaching each unaware soldier that day.", false),
  p("events.capture", "Combat capture", "probability per day", 0, 1, 0, "Combat: daily chance that each soldier still in the ranks is captured while it lasts.", false),
  p("events.window", "Extended window", "window index", 0, 99, 0, "Extension: which offer window (0-based) it moves.", true),
  p("events.close", "Extended close", "day", 1, MAX_DAYS + 1, MAX_DAYS + 1, "Extension: the window's new closing day (null: never closes).", true),
  p("events.credibilityLoss", "Credibility lost", "probability", 0, 1, 0, "Extension: chance that each soldier who believed deadlines stops believing them.", false),
];

const byPath = new Map(PARAMETERS.map((parameter) => [parameter.path, parameter]));

/** The registry entry for a path; array indices are ignored ("offer.windows.0.open" -> "offer.windows.open"). */
export function parameterAt(path: string): NumericParameter | undefined {
  return byPath.get(path.split(".").filter((part) => !/^\d+$/.test(part)).join("."));
}

export function describeRange(parameter: NumericParameter): string {
  const kind = parameter.integer ? "a whole number" : "a number";
  return `${kind} from ${formatNumber(parameter.min)} to ${formatNumber(parameter.max)} (${parameter.unit})`;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 10_000 ? value.toLocaleString("en-US") : String(value);
}
