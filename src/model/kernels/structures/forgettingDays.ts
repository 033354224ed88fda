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
  /** The last day of soldier i's kept spans (0: none): a spell starting after it is drawn without reading his spans (a cache miss). */
  private readonly reach: Uint16Array;

  constructor(
    readonly key: number,
    readonly rate: number,
    readonly days: number,
    readonly capacity: number,
  ) {
    this.spans = new Uint16Array(capacity * SPANS * 2);
    this.filed = new Uint8Array(capacity);
    this.reach = new Uint16Array(capacity);
  }

  matches(key: number, rate: number, days: number, capacity: number): boolean {
    return this.key === key && Object.is(this.rate, rate) && this.days === days && this.capacity === capacity;
  }

  /** Soldier i's first day t in [from, days] whose draw is below the rate (days + 1: none) when a kept span covers `from`, else -1. */
  find(i: number, from: number): number {
    if (from > this.reach[i]) return -1;
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
    if (t > this.reach[i]) this.reach[i] = t;
  }
}

/**
 * On which run with given values on one set of soldiers the slots of one keeper of inputs start
 * keeping spans (1: the first). A keeper of ensembles learns it from its slots: the page's
 * comparison of a pair runs two variants a seed, so spans kept by the second variant were read by
 * no run, and cost it the stores (page ensemble 2 x 110 seeds, Node CPU: 3.4% a run); with ten
 * variants a seed the eight runs after the keeping one read them (4% a run faster than keeping
 * none). So when a kept slot's spans are let go unread, the next slots start one run later; read,
 * one run earlier (not before the first). Whether spans are kept never changes a number.
 */
export class SpanKeeping {
  private run: number;

  /** `learns`: move the run by what each slot's spans were worth (ensembles); else keep it (single runs, searches). */
  constructor(
    private readonly first: number,
    private readonly learns: boolean,
  ) {
    this.run = first;
  }

  /** The run with given values that keeps. */
  get fromRun(): number {
    return this.run;
  }

  /** A slot's kept spans are let go; `read`: some run after the keeping one read them. */
  spansLetGo(read: boolean): void {
    if (this.learns) this.run = read ? Math.max(this.first, this.run - 1) : this.run + 1;
  }

  /** Back to the first (a new ensemble). */
  reset(): void {
    this.run = this.first;
  }
}

/**
 * Where the forgetting spans of runs on one set of soldiers (one RunInputs, so one seed) are kept:
 * the last rate's, replaced when a run needs another rate, length or army. Keeping starts on the
 * keeper's run with given values (SpanKeeping): keeping costs a first run some 10% (a store per
 * spell, 273,000 a run of russia-asylum-2022), which an ensemble of one scenario, a new seed a run,
 * would pay on every run, so ensembles and searches start on the second run on the same soldiers
 * and values. A keeper of single runs, where the next run is most likely a slider's move on the
 * same soldiers, keeps from the first (the first move reads them).
 */
export class ForgettingDaysSlot {
  private kept: ForgettingDays | null = null;
  /** Whether a run after the keeping one was given the kept spans. */
  private read = false;
  /** The values of the last runs that kept none, and how many ran with them. */
  private asked: { key: number; rate: number; days: number; capacity: number; runs: number } | null = null;

  constructor(private readonly keeping = new SpanKeeping(2, false)) {}

  /** The kept spans of runs with these values; new ones on the keeper's run with them (SpanKeeping); else null (drawn as without keeping). */
  for(key: number, rate: number, days: number, capacity: number): ForgettingDays | null {
    const kept = this.kept;
    if (kept && kept.matches(key, rate, days, capacity)) {
      this.read = true;
      return kept;
    }
    this.kept = null;
    if (capacity > MOST_SOLDIERS || days >= MOST_DAYS) return null;
    const asked = this.asked;
    const runs = asked !== null && asked.key === key && Object.is(asked.rate, rate) && asked.days === days && asked.capacity === capacity ? asked.runs + 1 : 1;
    if (runs < this.keeping.fromRun) {
      this.asked = { key, rate, days, capacity, runs };
      return null;
    }
    this.asked = null;
    this.read = false;
    this.kept = new ForgettingDays(key, rate, days, capacity);
    return this.kept;
  }

  /** Lets the kept spans go (the keeper lets the inputs go), telling the keeper's SpanKeeping whether they were read. */
  clear(): void {
    if (this.kept) this.keeping.spansLetGo(this.read);
    this.kept = null;
    this.read = false;
    this.asked = null;
  }
}
