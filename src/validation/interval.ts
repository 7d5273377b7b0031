/**
 * A printed number stands for every value that rounds to it: v printed with d decimals is
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. A check fails only if no exact values inside the intervals satisfy it
 * (the interval arithmetic of XBRL Calculations 1.1 and the EBA).
 *
 * Endpoints are float64 (a million-row ledger must check in seconds). Every operation rounds its
 * endpoints outward by a few units in the last place, so an interval always contains the exact
 * decimal one: a check can never fail because of binary rounding; it can only pass a miss smaller
 * than about 10⁻¹⁵ of the values, far below any printed digit.
 */
const EPSILON = 4 * Number.EPSILON;

function down(x: number): number {
  return x - Math.abs(x) * EPSILON - Number.MIN_VALUE;
}

function up(x: number): number {
  return x + Math.abs(x) * EPSILON + Number.MIN_VALUE;
}

/** ½·10⁻ᵈ for the usual numbers of decimals. */
const HALF_UNITS = Array.from({ length: 21 }, (_, d) => 0.5 / 10 ** d);

export class Interval {
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {}

  static exact(value: number): Interval {
    return new Interval(value, value);
  }

  /** The interval a printed value with `decimals` decimals stands for. */
  static printed(value: number, decimals: number): Interval {
    const half = HALF_UNITS[decimals] ?? 0.5 / 10 ** decimals;
    return new Interval(down(value - half), up(value + half));
  }

  get mid(): number {
    return (this.lo + this.hi) / 2;
  }

  /** Width: one unit of the last printed digit for a printed value. */
  get unit(): number {
    return this.hi - this.lo;
  }

  plus(other: Interval): Interval {
    return new Interval(down(this.lo + other.lo), up(this.hi + other.hi));
  }

  minus(other: Interval): Interval {
    return new Interval(down(this.lo - other.hi), up(this.hi - other.lo));
  }

  times(other: Interval | number): Interval {
    const o = typeof other === "number" ? Interval.exact(other) : other;
    const a = this.lo * o.lo;
    const b = this.lo * o.hi;
    const c = this.hi * o.lo;
    const d = this.hi * o.hi;
    return new Interval(down(Math.min(a, b, c, d)), up(Math.max(a, b, c, d)));
  }

  /** undefined when the divisor may be zero. */
  div(other: Interval | number): Interval | undefined {
    const o = typeof other === "number" ? Interval.exact(other) : other;
    if (o.lo <= 0 && o.hi >= 0) return undefined;
    return this.times(new Interval(down(1 / o.hi), up(1 / o.lo)));
  }

  /** Scales by an exact factor (a unit conversion). */
  scale(factor: number): Interval {
    return factor === 1 ? this : this.times(factor);
  }

  intersect(other: Interval): Interval | undefined {
    const lo = Math.max(this.lo, other.lo);
    const hi = Math.min(this.hi, other.hi);
    return lo <= hi ? new Interval(lo, hi) : undefined;
  }

  /** 0 when they overlap, else the gap between them. */
  distance(other: Interval): number {
    if (this.hi < other.lo) return other.lo - this.hi;
    if (other.hi < this.lo) return this.lo - other.hi;
    return 0;
  }
}

/** A running sum of intervals: one outward rounding at the end, scaled by the number of additions. */
export class IntervalSum {
  private lo = 0;
  private hi = 0;
  private count = 0;

  add(interval: Interval): void {
    this.lo += interval.lo;
    this.hi += interval.hi;
    this.count++;
  }

  get interval(): Interval {
    const slack = this.count * EPSILON;
    return new Interval(this.lo - Math.abs(this.lo) * slack - Number.MIN_VALUE, this.hi + Math.abs(this.hi) * slack + Number.MIN_VALUE);
  }
}

export function sum(intervals: Interval[]): Interval {
  const total = new IntervalSum();
  for (const i of intervals) total.add(i);
  return total.interval;
}
