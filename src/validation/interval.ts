import { dec, Decimal } from "../core/decimal";

/**
 * A printed number stands for every value that rounds to it: v printed with d decimals is
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. A check fails only if no exact values inside the intervals satisfy it
 * (the interval arithmetic of XBRL Calculations 1.1 and the EBA).
 */
export class Interval {
  constructor(
    readonly lo: Decimal,
    readonly hi: Decimal,
  ) {}

  static exact(value: Decimal | number | string): Interval {
    const v = dec(value);
    return new Interval(v, v);
  }

  /** The interval a printed value with `decimals` decimals stands for. */
  static printed(value: Decimal, decimals: number): Interval {
    const half = dec(10).pow(-decimals).div(2);
    return new Interval(value.minus(half), value.plus(half));
  }

  get mid(): Decimal {
    return this.lo.plus(this.hi).div(2);
  }

  /** Width of one unit of the last printed digit. */
  get unit(): Decimal {
    return this.hi.minus(this.lo);
  }

  plus(other: Interval): Interval {
    return new Interval(this.lo.plus(other.lo), this.hi.plus(other.hi));
  }

  minus(other: Interval): Interval {
    return new Interval(this.lo.minus(other.hi), this.hi.minus(other.lo));
  }

  times(other: Interval | Decimal): Interval {
    const o = other instanceof Interval ? other : new Interval(other, other);
    const products = [this.lo.times(o.lo), this.lo.times(o.hi), this.hi.times(o.lo), this.hi.times(o.hi)];
    return new Interval(Decimal.min(...products), Decimal.max(...products));
  }

  /** undefined when the divisor may be zero. */
  div(other: Interval | Decimal): Interval | undefined {
    const o = other instanceof Interval ? other : new Interval(other, other);
    if (o.lo.lessThanOrEqualTo(0) && o.hi.greaterThanOrEqualTo(0)) return undefined;
    return this.times(new Interval(dec(1).div(o.hi), dec(1).div(o.lo)));
  }

  intersect(other: Interval): Interval | undefined {
    const lo = Decimal.max(this.lo, other.lo);
    const hi = Decimal.min(this.hi, other.hi);
    return lo.lessThanOrEqualTo(hi) ? new Interval(lo, hi) : undefined;
  }

  /** 0 when they overlap, else the gap between them. */
  distance(other: Interval): Decimal {
    if (this.hi.lessThan(other.lo)) return other.lo.minus(this.hi);
    if (other.hi.lessThan(this.lo)) return this.lo.minus(other.hi);
    return dec(0);
  }
}

export function sum(intervals: Interval[]): Interval {
  return intervals.reduce((a, b) => a.plus(b), Interval.exact(0));
}
