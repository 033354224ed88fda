/**
 * The days on which each soldier has an opportunity to defect, kept across runs. Soldier i's
 * opportunity on day d is a pure function of the seed's opportunity key, i, d and the daily
 * opportunity (RunState.hasChance): it does not move with the offer's attractiveness or anything
 * else a slider usually moves. Drawing a parked soldier's days ahead (RunState.firstChance) is
 * most of a slow run's time when chances are rare (one hash per soldier per day, nearly all of
 * them "no"); kept here as a bitmask, the next run with the same soldiers reads them instead.
 *
 * Bits are drawn 32 days (one word) at a time, on demand, so a first run draws at most a word's
 * worth more at each end of a drawing-ahead than it would without the cache (6% more draws in a
 * first run of chieu-hoi at 0.36, 16% in hessians-1776 at 0.28: 0-3% of its time), and later runs
 * draw only the words no earlier run needed. Drawn 8 days at a time instead, a first run drew 2-4%
 * more, but the bookkeeping per 8 days cost 10-15% more time, first runs and later ones alike. The words live with the run's inputs (RunInputs.chanceDays),
 * put there by whoever keeps inputs between runs (RunInputsCache, InputsBySeed), who let them go
 * with the inputs (clear). A kernel never writes anything else into its inputs, and what it writes
 * here is what it would have drawn, so sharing them cannot change a number.
 */
import { drawBits as drawBitsImported } from "../../random";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const drawBits = drawBitsImported;

/**
 * The largest bitmask one run's soldiers get (capacity x days rounded up to whole words): 2^27
 * bits, 16 MiB, half of what a page worker keeps for the soldiers of the largest army it keeps
 * between runs. chieu-hoi needs 35,000 x 3,651 days (16.1 MB), hessians-1776 30,500 x 2,651
 * (10.1 MB); a larger army or a longer run draws as it would without the cache.
 */
export const CHANCE_DAYS_BITS = 2 ** 27;

/** Words of 32 days per soldier for a run of `days` days (days 0..days). */
const wordsPerSoldier = (days: number) => Math.ceil((days + 1) / 32);

/**
 * The arrays of the last days let go while no run read them, for the next: fresh memory costs a
 * page fault per 4 KB when first touched (some 5 ms for 10 MB), which an ensemble (a new seed each
 * run) would pay every run. Only `known` is cleared for reuse; a word is read only once known.
 */
let spare: { words: Int32Array; known: Int32Array } | null = null;

/** Bits a bitmask of `capacity` soldiers over `days` days takes (whole words). */
export function chanceDaysBits(capacity: number, days: number): number {
  return capacity * wordsPerSoldier(days) * 32;
}

/** Each soldier's opportunity days for one opportunity key, daily opportunity, run length and army: drawn on demand, 32 days at a time. */
export class OpportunityDays {
  private readonly perSoldier: number;
  /**
   * Bit b of word w of soldier i (words[i * perSoldier + w]): day 32w + b is an opportunity day.
   * Once let go (retire), both arrays are empty: every word then reads as unknown and is drawn
   * again, so a run still holding these days gets the same numbers, only slower.
   */
  private words: Int32Array;
  /** Bit (x & 31) of known[x >>> 5]: word x has been drawn. */
  private known: Int32Array;
  /** Runs reading these days now (RunState.takeOpportunityDays, until its run's result). */
  private readers = 0;
  private retiring = false;
  /** drawAhead's place: every word before it is known. */
  private drawnUpTo = 0;
  /** An opportunity is a draw whose 32 bits + 0.5 are below this (u < p, random.ts). */
  private readonly below: number;

  constructor(
    readonly key: number,
    readonly opportunity: number,
    readonly days: number,
    readonly capacity: number,
    /** drawSalt(d) for d = 0..days (RunState.daySalts; they depend on nothing else). */
    private readonly salts: Uint32Array,
  ) {
    this.perSoldier = wordsPerSoldier(days);
    const count = capacity * this.perSoldier;
    const knownCount = Math.ceil(count / 32);
    const reused = spare !== null && spare.words.length >= count && spare.known.length >= knownCount ? spare : null;
    if (reused) {
      spare = null;
      this.words = reused.words.subarray(0, count);
      this.known = reused.known.subarray(0, knownCount).fill(0);
    } else {
      this.words = new Int32Array(count);
      this.known = new Int32Array(knownCount);
    }
    this.below = opportunity * 4294967296;
  }

  /** Whether these are the opportunity days of runs with this key, daily opportunity, length and army. */
  matches(key: number, opportunity: number, days: number, capacity: number): boolean {
    return this.key === key && Object.is(this.opportunity, opportunity) && this.days === days && this.capacity === capacity;
  }

  /** Whether soldier i has an opportunity on day d: read when its word is known, else drawn alone (one day is not worth a word). */
  has(i: number, d: number): boolean {
    const x = i * this.perSoldier + (d >>> 5);
    if ((this.known[x >>> 5] & (1 << (x & 31))) !== 0) return ((this.words[x] >>> (d & 31)) & 1) === 1;
    return drawBits(this.key, i, this.salts[d]) + 0.5 < this.below;
  }

  /** Soldier i's first opportunity day in [from, end), else end; draws the words not yet known on the way. */
  next(i: number, from: number, end: number): number {
    if (from >= end) return end;
    const base = i * this.perSoldier;
    let w = from >>> 5;
    let bits = this.word(i, base + w, w) & (-1 << (from & 31));
    for (;;) {
      if (bits !== 0) {
        const t = (w << 5) + 31 - Math.clz32(bits & -bits);
        return t < end ? t : end;
      }
      w++;
      if (w << 5 >= end) return end;
      bits = this.word(i, base + w, w);
    }
  }

  /**
   * next(i, from, last), and when that finds none, next(i, last, knownUntil(i, last, further)): his
   * first opportunity day in [from, last) (drawing words not yet known), else his first one in
   * [last, further) through words known already, else where the known words end (at least last,
   * at most further). One pass over his words instead of three: with rare opportunities nearly
   * every word is empty, and scanning them was most of the time spent here once they are known.
   * Tried and reverted: a per-soldier bitmask of words not known to be empty, to skip empty words
   * 32 at a time: warm runs of chieu-hoi 0-5% faster, first runs 5-10% and runs one step up 2-5%
   * slower (keeping it up to date on every drawn word; CPU medians of 7, two alternations).
   */
  nextThrough(i: number, from: number, last: number, further: number): number {
    const base = i * this.perSoldier;
    const known = this.known;
    const words = this.words;
    if (from < last) {
      let w = from >>> 5;
      let x = base + w;
      let bits = ((known[x >>> 5] & (1 << (x & 31))) !== 0 ? words[x] : this.word(i, x, w)) & (-1 << (from & 31));
      for (;;) {
        if (bits !== 0) {
          const t = (w << 5) + 31 - Math.clz32(bits & -bits);
          if (t < last) return t;
          break;
        }
        w++;
        if (w << 5 >= last) break;
        x++;
        bits = (known[x >>> 5] & (1 << (x & 31))) !== 0 ? words[x] : this.word(i, x, w);
      }
    }
    let w = last >>> 5;
    let x = base + w;
    let mask = -1 << (last & 31);
    for (; w << 5 < further; w++, x++, mask = -1) {
      if ((known[x >>> 5] & (1 << (x & 31))) === 0) return Math.max(last, w << 5);
      const bits = words[x] & mask;
      if (bits !== 0) {
        const t = (w << 5) + 31 - Math.clz32(bits & -bits);
        return t < further ? t : further;
      }
    }
    return Math.max(last, further);
  }

  /**
   * How far soldier i's days from `from` on are known already, up to `further`: the first day of
   * his first word not yet drawn, at least `from`, at most `further`. Days up to there cost nothing
   * to look ahead through.
   */
  knownUntil(i: number, from: number, further: number): number {
    const base = i * this.perSoldier;
    const known = this.known;
    let w = from >>> 5;
    for (let x = base + w; w << 5 < further && (known[x >>> 5] & (1 << (x & 31))) !== 0; w++, x++);
    return Math.max(from, Math.min(further, w << 5));
  }

  /**
   * Draws up to `count` of the words not yet known, in order, and says whether every word is now
   * known. A page's worker calls it while idle (workers/simulationWorker.ts), so that a later run
   * at a value no run has read yet (more soldiers parked, or parked longer) reads its days instead
   * of drawing them; what it writes is what a run would have drawn.
   */
  drawAhead(count: number): boolean {
    const { known } = this;
    const total = Math.min(this.words.length, this.capacity * this.perSoldier); // 0 once let go
    let x = this.drawnUpTo;
    while (x < total && count > 0) {
      if ((x & 31) === 0 && known[x >>> 5] === -1) {
        x += 32; // 32 known words at once
        continue;
      }
      if ((known[x >>> 5] & (1 << (x & 31))) === 0) {
        const i = Math.floor(x / this.perSoldier);
        this.word(i, x, x - i * this.perSoldier);
        count--;
      }
      x++;
    }
    this.drawnUpTo = Math.min(x, total);
    return this.drawnUpTo >= total;
  }

  /** A run starts reading these days. */
  read(): void {
    this.readers++;
  }

  /** A run is done reading these days; when they were let go meanwhile, their arrays go to the next. */
  done(): void {
    this.readers--;
    if (this.retiring && this.readers === 0) this.recycle();
  }

  /** These days are let go (their slot keeps others): their arrays go to the next days once no run reads them. */
  retire(): void {
    this.retiring = true;
    if (this.readers === 0) this.recycle();
  }

  private recycle(): void {
    if (this.words.length === 0) return;
    // Whole buffers: a later, larger army may use all of them.
    spare = { words: new Int32Array(this.words.buffer), known: new Int32Array(this.known.buffer) };
    this.words = new Int32Array(0);
    this.known = new Int32Array(0);
  }

  /** Word x (soldier i's w-th), drawn now if not yet known. */
  private word(i: number, x: number, w: number): number {
    if ((this.known[x >>> 5] & (1 << (x & 31))) !== 0) return this.words[x];
    const { key, salts, below } = this;
    const start = w << 5;
    const end = Math.min(start + 32, this.days + 1);
    let bits = 0;
    for (let t = start; t < end; t++) if (drawBits(key, i, salts[t]) + 0.5 < below) bits |= 1 << (t - start);
    this.words[x] = bits;
    this.known[x >>> 5] |= 1 << (x & 31);
    return bits;
  }
}

/** Bits of opportunity days that may be kept at once, shared by the slots of one keeper (InputsBySeed's seeds). */
export class ChanceDaysBudget {
  constructor(private left: number) {}

  take(bits: number): boolean {
    if (bits > this.left) return false;
    this.left -= bits;
    return true;
  }

  give(bits: number): void {
    this.left += bits;
  }
}

/**
 * Where the opportunity days of runs on one set of soldiers (one RunInputs, so one seed) are kept:
 * the last opportunity value's, replaced when a run needs another value, length or army.
 */
export class ChanceDaysSlot {
  private kept: OpportunityDays | null = null;

  constructor(private readonly budget = new ChanceDaysBudget(CHANCE_DAYS_BITS)) {}

  /**
   * The opportunity days of a run with opportunity key `key`: the kept ones when they were drawn
   * for the same key, opportunity, length and army, else new ones when they fit the budget (null:
   * draw as without a cache). None when every day is an opportunity (nothing to draw).
   */
  for(key: number, opportunity: number, days: number, capacity: number, salts: Uint32Array): OpportunityDays | null {
    const kept = this.kept;
    if (kept && kept.matches(key, opportunity, days, capacity)) return kept;
    if (!(opportunity < 1)) return null;
    this.clear();
    const bits = chanceDaysBits(capacity, days);
    if (bits > CHANCE_DAYS_BITS || !this.budget.take(bits)) return null;
    this.kept = new OpportunityDays(key, opportunity, days, capacity, salts);
    return this.kept;
  }

  /** drawAhead on the kept days: true when there are none or all are drawn. */
  drawAhead(count: number): boolean {
    return this.kept?.drawAhead(count) ?? true;
  }

  /** Lets the kept days go (their bits go back to the budget). */
  clear(): void {
    if (!this.kept) return;
    this.budget.give(chanceDaysBits(this.kept.capacity, this.kept.days));
    this.kept.retire();
    this.kept = null;
  }
}
