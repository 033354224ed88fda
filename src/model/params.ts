/**
 * The fully resolved inputs of one simulation run: every mechanism of MODEL.md with its value.
 * Scenario files are validated and defaulted into this shape by `src/scenario`; the model trusts it.
 * Shares and probabilities are in [0, 1]; thresholds are fractions of observed soldiers; days are
 * whole simulation steps (day 0 is the starting state, steps are days 1..days).
 */

/** How base thresholds t_i are drawn. */
export type ThresholdDistribution =
  /** Normal(mean, sd), clipped (not truncated) to [0, 1], as in Granovetter (1978). */
  | { kind: "normal"; mean: number; sd: number }
  /** Uniform on [min, max]. */
  | { kind: "uniform"; min: number; max: number }
  /** Beta(alpha, beta). */
  | { kind: "beta"; alpha: number; beta: number }
  /** One value per soldier, in soldier order (from the scenario, or a CSV file: a Float64Array). */
  | { kind: "list"; values: number[] | Float64Array };

/** A part of the army with its own thresholds (e.g. mobilised conscripts vs contract soldiers). */
export interface Subgroup {
  name: string;
  /** Share of the initial army in this subgroup; the shares of all subgroups sum to 1. */
  share: number;
  thresholds: ThresholdDistribution;
  /** This subgroup's share excluded from the offer, instead of the army's `ineligibleShare` (divided armies: Lyall 2020). Absent: the army's. */
  ineligibleShare?: number;
  /** This subgroup's share with families exposed to reprisals, instead of the army's `deterrence.familyShare`. Absent: the army's. */
  familyShare?: number;
}

/** Who a soldier observes when judging how many have defected. */
export type ObservationScope = "global" | "unit" | "network" | "mix";

export type NetworkSpec =
  /** G(n, p) with p = meanDegree / (n - 1). */
  | { kind: "erdos-renyi"; meanDegree: number }
  /** Watts-Strogatz ring lattice of even degree, each edge rewired with probability rewire. */
  | { kind: "small-world"; degree: number; rewire: number }
  /** Every unit a clique, plus tiesPerUnit random ties from each unit to soldiers of other units. */
  | { kind: "units"; tiesPerUnit: number }
  /** Ring lattice of even degree whose ties swap ends with probability rewire, so every soldier keeps the degree. */
  | { kind: "regular-ring"; degree: number; rewire: number }
  /** Configuration model with a power-law degree sequence P(k) ~ k^-exponent of the given mean, cut off at maxDegree. */
  | { kind: "scale-free"; meanDegree: number; exponent: number; maxDegree: number }
  /** Barabasi-Albert preferential attachment: each soldier ties himself to tiesPerSoldier earlier ones. */
  | { kind: "preferential-attachment"; tiesPerSoldier: number }
  /** Random graph with triangles (Newman 2009, Miller 2009): near-regular degree, clustering coefficient as given. */
  | { kind: "clustered"; meanDegree: number; clustering: number }
  /** An explicit undirected edge list of 0-based soldier ids, as flat pairs a0, b0, a1, b1, ... */
  | { kind: "edges"; edges: Int32Array };

/** A period in which the offer can be accepted: days open <= d < close (close null: never closes). */
export interface OfferWindow {
  open: number;
  close: number | null;
}

export type ScheduledEvent =
  /** A battlefield setback: thresholds fall by `shift` from `day` on, for `days` days (null: for good). */
  | { kind: "setback"; day: number; shift: number; days: number | null }
  /** Soldiers join the army on `day`, with their own thresholds and initially aware share. */
  | {
      kind: "mobilisation";
      day: number;
      count: number;
      thresholds: ThresholdDistribution;
      aware: number;
      /** "existing": the newcomers are replacements spread over the initial army's units, one each in turn; "new" (absent): they form new units. */
      joinUnits?: "new" | "existing";
    }
  /** A one-off leaflet drop or broadcast reaching each unaware soldier with probability `reach`. */
  | { kind: "leaflets"; day: number; reach: number }
  /**
   * From `day` on, offer window `window` closes on `close` instead (null: never); every soldier who
   * believed deadlines stops believing them with probability `credibilityLoss`.
   */
  | { kind: "extend"; day: number; window: number; close: number | null; credibilityLoss: number }
  /** Fighting: from `day`, for `days` days (null: for good), each soldier still in the ranks is captured with probability `capture` a day. */
  | { kind: "combat"; day: number; capture: number; days: number | null };

/** Initial defectors at day 0: chosen at random (seeded) by count or share, or named by id. */
export type InitialDefectors =
  | { kind: "count"; count: number }
  | { kind: "share"; share: number }
  | { kind: "ids"; ids: number[] | Int32Array };

export interface ModelParams {
  /** Soldiers at day 0. */
  size: number;
  /** Steps simulated after day 0. */
  days: number;
  /** Soldiers per unit: soldier i is in unit floor(i / unitSize). */
  unitSize: number;
  initialDefectors: InitialDefectors;
  /** Thresholds of the whole initial army, used when there are no subgroups. */
  thresholds: ThresholdDistribution;
  /** Optional partition of the initial army, each with its own thresholds. Empty: none. */
  subgroups: Subgroup[];
  observation: {
    scope: ObservationScope;
    /** With scope "mix": weight of the army-wide rate; the local signal gets 1 - globalWeight. */
    globalWeight: number;
    /** With scope "mix": which local signal is mixed in. */
    local: "unit" | "network";
    /**
     * Complex contagion (Centola & Macy 2007): a soldier is willing only when at least this many of
     * those he observes have defected (the army under global, unit mates, neighbours; the local part
     * under mix), besides his share threshold. Off: 0 (absent).
     */
    countThreshold?: number;
    /**
     * Divided armies (Lyall 2020): how much a soldier discounts those outside his own subgroup. An
     * observed soldier of another subgroup counts with weight 1 - homophily (1: only his own
     * subgroup is seen), in shares and counts alike. Off: 0 (absent).
     */
    homophily?: number;
  };
  /** The graph, used when the scope (or the mix's local part) is "network". */
  network: NetworkSpec;
  offer: {
    /** How much the offer lowers every eligible soldier's threshold while it is open. Off: 0. */
    attractiveness: number;
    /** Windows in increasing order, not overlapping. Off: one window open from day 0, never closing. */
    windows: OfferWindow[];
    /** Extra lowering of thresholds on the last open day before a deadline. Off: 0. */
    urgency: number;
    /** Days before a deadline over which urgency ramps up linearly to its full value. */
    urgencyDays: number;
  };
  awareness: {
    /** Share aware of the offer at day 0. Off: 1 (everyone knows). */
    initial: number;
    /** Daily probability that leaflets/broadcasts reach an unaware soldier. */
    leafletReach: number;
    /** Daily probability of hearing of the offer when every observed soldier is aware (scaled by the aware share observed). */
    wordOfMouth: number;
  };
  /** Daily probability that a willing soldier has a chance to reach the enemy line. Off: 1. */
  opportunity: number;
  deterrence: {
    /** Probability that a defection attempt is caught (the soldier leaves the army, not defected). Off: 0. */
    catchProbability: number;
    /** Threshold rise for soldiers who saw a punishment in the last punishmentDays days. Off: 0. */
    punishmentRise: number;
    punishmentDays: number;
    /** Threshold rise of soldiers with families at home, from threatened reprisals. Off: 0. */
    reprisal: number;
    /** Share of soldiers with families exposed to reprisals. */
    familyShare: number;
  };
  /** Share of soldiers excluded from the offer (e.g. suspected war criminals). Off: 0. */
  ineligibleShare: number;
  events: ScheduledEvent[];
  /** Deadlines, memory and the draft over time (MODEL.md "Behaviour over time"); behaviourOff() switches all off. */
  behaviour: BehaviourParams;
  /** Men taken prisoner in combat, counted apart from defectors (issue 15); captureOff() switches it off. */
  capture: CaptureParams;
  /** Unit leaders whose defection moves their unit (issue 15); leadersOff() switches them off. */
  leaders: LeaderParams;
  /** Primary-group cohesion (Shils & Janowitz 1948): threshold rise of a member of an intact unit, scaled by the share of the unit still in the ranks. Off: 0. */
  cohesion: number;
  /** A run is a cascade when its final defected share is at least this. */
  cascadeCutoff: number;
}

/** How soldiers act on the offer over time. Every field's "off" value gives the foundation's numbers. */
export interface BehaviourParams {
  /** Daily probability that a willing soldier with a chance takes it when no deadline is in view (procrastination). Off: 1. */
  actRate: number;
  /** Days before a believed deadline over which the pull on acting ramps up to 1 on the last open day. */
  pullDays: number;
  /** Daily probability that an aware soldier who has not acted forgets the offer (and must hear of it again). Off: 0. */
  forgetRate: number;
  /** Probability that a soldier believes announced deadlines, drawn once per soldier. Off: 1. */
  credibility: number;
  /** Daily hazard at which an open-ended offer is feared to close; it pulls like a deadline 1 / hazard days ahead. Off: 0. */
  closureFear: number;
  /** The observed defected share counts only defections of the last memoryDays days. Off: null (forever). */
  memoryDays: number | null;
  /** Days before news of a punishment reaches those who see it. Off: 0. */
  punishmentDelay: number;
  /** "scope": news of a punishment reaches whom the observation scope says (army-wide under global and mix); "local": only the unit or network. Off: "scope". */
  punishmentNews: "scope" | "local";
  /** Share of each mobilisation's called-up men who evade the draft and never join. Off: 0. */
  draftEvasion: number;
  /** Extra evasion share when the offer (covering evaders) is open on the day of a mobilisation. Off: 0. */
  offerEvasion: number;
}

/** Capture in combat (issue 15). Off: daily 0 and no combat events. */
export interface CaptureParams {
  /** Daily probability that a soldier still in the ranks is captured, every day of the run (combat events add to it). Off: 0. */
  daily: number;
  /** Whether news of captures reaches the others: captured men then count as defected in every observed share. Off: false. */
  newsReaches: boolean;
}

/**
 * Unit leaders (issue 15): the first soldier of a unit (slot u x unitSize) leads it when the unit's
 * draw falls under `share`. Off: share 0 (every other field then does nothing).
 */
export interface LeaderParams {
  /** Share of units with a leader. Off: 0. */
  share: number;
  /** The leaders' own thresholds (normal, uniform or beta), drawn from their own stream. */
  thresholds: ThresholdDistribution;
  /** From the day after a leader defects, his unit's members' thresholds fall by this. Off: 0. */
  influence: number;
  /** Probability that the whole unit surrenders with him on the day he defects. Off: 0. */
  surrender: number;
  /** The leaders' own daily opportunity; null: the soldiers' (params.opportunity). */
  opportunity: number | null;
  /** Leaders hear of the offer at this multiple of the soldiers' awareness hazard (below 1: harder to reach). Off: 1. */
  reach: number;
}
