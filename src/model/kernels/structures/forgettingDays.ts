/**
 * Spans of each soldier's forgetting draws, kept across runs on the same soldiers
 * (offerForgetting.ts: a spell of awareness that starts on day a ends on the first day t >= a
 * whose forgetting draw is below the rate). The draws are a pure function of the seed's forgetting
 * key, soldier and day: they do not move with the offer's attractiveness or anything else a slider
 * usually moves, and a run at a nearby value has most of its spells start on the same days.
 *
 * A spell's end found by drawing days a..t is kept as the span [a, t]: no draw below the rate on
 * days a..t-1, one on day t (t = days + 1: none through the last day). Any later spell starting in
 * [a, t] ends on t, read without drawing. Each soldier keeps his first SPANS spans (a soldier of
 * russia-asylum-2022 has about 5.6 spells a run; 98% of a run's spells at a nearby attractiveness
 * are read); a spell not covered is drawn as without keeping, and kept when there is room.
 * Measured on russia-asylum-2022-open-ended (Node, one run of about 85 ms): bitmasks of days drawn
 * 32 days at a time, as opportunity days are kept (chanceDays.ts), made a first run some 40 ms
 * slower (a soldier's spells cover most of his days, so nearly every word was drawn); a mask of
 * single days with a second mask of the days known, 35 ms; spans of 32 bits 20 ms, of 16 bits 10
 * ms (a store per spell, 273,000 a run, each a cache miss), hence 16 bits, and the slot's rule that
 * a first run keeps nothing. What is kept is what would be drawn, so sharing it cannot change a
 * number.
 */
/**
 * Spans kept per soldier: his first ones (replacing the oldest instead made every span of a
 * soldier with more spells miss in the next run, each replacing the one the next spell needed).
 */
export const SPANS = 8;
/**
 * The largest army whose spans are kept (soldiers, mobilised included): 2^16, 2 MiB of spans; a
 * larger one draws as without keeping. A span read is a cache miss once the spans outgrow the
 * core's cache, and costs about what the ~13 draws it saves do. Node, CPU medians, runs at a moving
 * attractiveness, kept against not kept: russia-asylum-2022 at 49,000 soldiers 8% faster, at 70,000
 * 5-8%, at 110,000 the same (within 3%); the page's slider stress case (asylum-offer-deadline, 13 spells a
 * soldier, 55-60% of them read) at 10,000 and 30,000 soldiers the same, at 60,000 and 100,000 4-10% slower.
 */
export const MOST_SOLDIERS = 2 ** 16;
/** Runs this long or longer draw as without keeping (a span's last day, up to days + 1, takes 16 bits). */
const MOST_DAYS = 65535;

export class ForgettingDays {
  /** Soldier i's spans: [first day, last day] at spans[(i * SPANS + s) * 2 ...] (16 bits: a soldier's spans share a cache line with his neighbours'). */
  private readonly spans: Uint16Array;
  /** Spans kept per soldier (up to SPANS; the s-th is in slot s). */
  private readonly filed: Uint8Array;

  constructor(
    readonly key: number,
    readonly rate: number,
    readonly days: number,
    readonly capacity: number,
  ) {
    this.spans = new Uint16Array(capacity * SPANS * 2);
    this.filed = new Uint8Array(capacity);
  }

  matches(key: number, rate: number, days: number, capacity: number): boolean {
    return this.key === key && Object.is(this.rate, rate) && this.days === days && this.capacity === capacity;
  }

  /** Soldier i's first day t in [from, days] whose draw is below the rate (days + 1: none) when a kept span covers `from`, else -1. */
  find(i: number, from: number): number {
    const spans = this.spans;
    const base = i * SPANS * 2;
    const n = this.filed[i];
    for (let s = base, end = base + 2 * n; s < end; s += 2) {
      if (spans[s] <= from && from <= spans[s + 1]) return spans[s + 1];
    }
    return -1;
  }

  /** Keeps what a drawing found: soldier i's first day from `from` whose draw is below the rate is t (days + 1: none); a soldier with SPANS spans keeps no more. */
  keep(i: number, from: number, t: number): void {
    const n = this.filed[i];
    if (n === SPANS) return;
    this.filed[i] = n + 1;
    const slot = (i * SPANS + n) * 2;
    this.spans[slot] = from;
    this.spans[slot + 1] = t;
  }
}

/**
 * Where the forgetting spans of runs on one set of soldiers (one RunInputs, so one seed) are kept:
 * the last rate's, replaced when a run needs another rate, length or army. Unless told to keep
 * from the first run, the first run with given values keeps none (it only notes the values):
 * keeping costs a first run some 10% (a store per spell, 273,000 a run of russia-asylum-2022),
 * which an ensemble of one scenario, a new seed a run, would pay on every run; the second run on
 * the same soldiers and values starts keeping. A keeper of single runs, where the next run is most
 * likely a slider's move on the same soldiers, keeps from the first (the first move reads them).
 */
export class ForgettingDaysSlot {
  private kept: ForgettingDays | null = null;

  constructor(private readonly fromFirstRun = false) {}
  /** The values of the last run that kept none (its successor with the same values keeps). */
  private asked: { key: number; rate: number; days: number; capacity: number } | null = null;

  /** The kept spans of runs with these values; new ones on the second run with them; else null (drawn as without keeping). */
  for(key: number, rate: number, days: number, capacity: number): ForgettingDays | null {
    const kept = this.kept;
    if (kept && kept.matches(key, rate, days, capacity)) return kept;
    this.kept = null;
    if (capacity > MOST_SOLDIERS || days >= MOST_DAYS) return null;
    const asked = this.asked;
    if (!this.fromFirstRun && (asked === null || asked.key !== key || !Object.is(asked.rate, rate) || asked.days !== days || asked.capacity !== capacity)) {
      this.asked = { key, rate, days, capacity };
      return null;
    }
    this.asked = null;
    this.kept = new ForgettingDays(key, rate, days, capacity);
    return this.kept;
  }

  /** Lets the kept spans go. */
  clear(): void {
    this.kept = null;
    this.asked = null;
  }
}
