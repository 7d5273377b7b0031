/**
 * The decimal path's results, computed in float64 when that is provably the same number.
 *
 * A cell holds a double; the decimal path reads it as its shortest decimal (what Excel shows), e.g.
 * 0.5271 = 5271 × 10⁻⁴. When every operand is such a decimal with an integer mantissa below 2⁵²,
 * a·b÷c is n ÷ m with integers n < 2¹⁰⁴ and m < 2⁵³. The decimal path computes that quotient to 40
 * digits and takes the nearest double; here it is rounded to the nearest double directly:
 * - n < 2⁵³: n and m are exact doubles, and IEEE division rounds n ÷ m correctly;
 * - otherwise n is held exactly as the sum of two doubles (Dekker's product), a first quotient is
 *   corrected by the exact sign of the remainder at the midpoints on either side of it.
 * Both paths give the same double: a quotient n ÷ m that is not itself a midpoint between two doubles
 * lies at least 2⁻¹⁰⁷ (relative) from every midpoint, while 40-digit rounding moves it by at most
 * 10⁻³⁹; a quotient exactly at a midpoint (possible only for n ≥ 2⁵³) is left to the decimal path.
 * Anything else — more digits, larger mantissas, negative or non-finite inputs — returns NaN, and the
 * caller takes the decimal path. tests/core/exact.test.ts compares both paths bit for bit.
 */

/** 10^0 … 10^22: every one exact in float64. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** A mantissa below 2⁵² is the only decimal with its places that rounds to the double (ulp < 10⁻ᵏ). */
const MANTISSA_LIMIT = 2 ** 52;
/** Integers below 2⁵³ are exact, and a rounded product that is below it was exact too. */
const EXACT_LIMIT = 2 ** 53;
/** More places than a ledger carries; the decimal path handles the rest. */
const MAX_PLACES = 10;

/**
 * The fewest decimal places (0–10) of a decimal whose nearest double is `value`, with a mantissa below
 * 2⁵²; otherwise -1. That decimal is then the only one with so few places, i.e. the shortest decimal
 * the decimal path reads. (0.5271 × 10⁴ may be 5271.000000000001 in float64, hence the rounding.)
 */
export function decimalPlaces(value: number): number {
  for (let places = 0; places <= MAX_PLACES; places++) {
    const mantissa = Math.round(value * POWERS_OF_TEN[places]);
    if (mantissa / POWERS_OF_TEN[places] === value) return Math.abs(mantissa) < MANTISSA_LIMIT ? places : -1;
  }
  return -1;
}

/** value × 10^places as the integer it stands for (places from decimalPlaces). */
function mantissa(value: number, places: number): number {
  return Math.round(value * POWERS_OF_TEN[places]);
}

/**
 * a × b ÷ c exactly as the decimal path returns it (40 digits, then the nearest double), or NaN when
 * that cannot be proven in float64. c must not be 0.
 */
export function exactMulDiv(a: number, b: number, c: number): number {
  const pa = decimalPlaces(a);
  const pb = decimalPlaces(b);
  const pc = decimalPlaces(c);
  if (pa < 0 || pb < 0 || pc < 0 || c === 0) return NaN;
  // a·b÷c = A·B ÷ C with integer mantissas, the power of ten folded into one of them.
  let ma = mantissa(a, pa);
  let mb = mantissa(b, pb);
  let mc = mantissa(c, pc);
  const shift = pc - pa - pb;
  if (shift < 0) mc *= POWERS_OF_TEN[-shift];
  else if (shift > 0 && Math.abs(ma * POWERS_OF_TEN[shift]) < EXACT_LIMIT) ma *= POWERS_OF_TEN[shift];
  else if (shift > 0) mb *= POWERS_OF_TEN[shift];
  if (!(Math.abs(ma) < EXACT_LIMIT && Math.abs(mb) < EXACT_LIMIT && Math.abs(mc) < EXACT_LIMIT)) return NaN;
  const product = ma * mb;
  if (Math.abs(product) < EXACT_LIMIT) return product / mc;
  return ma > 0 && mb > 0 && mc > 0 ? roundedQuotient(ma, mb, mc) : NaN;
}

// ---------------------------------------------------------------- products beyond 2⁵³

/** Veltkamp's constant 2²⁷ + 1: splits a double into two halves whose products are exact. */
const SPLITTER = 134217729;

/** a × b = hi + lo exactly (Dekker). Results in module scope: this runs once per ledger row. */
let productHi = 0;
let productLo = 0;

function twoProduct(a: number, b: number): void {
  productHi = a * b;
  const ta = SPLITTER * a;
  const aHi = ta - (ta - a);
  const aLo = a - aHi;
  const tb = SPLITTER * b;
  const bHi = tb - (tb - b);
  const bLo = b - bHi;
  productLo = aHi * bHi - productHi + aHi * bLo + aLo * bHi + aLo * bLo;
}

/** Scratch space for signOfSum's expansion: a sum of n doubles needs at most n components. */
let expansion = new Float64Array(8);

/**
 * The sign of a sum of doubles, exactly: the terms are added into a nonoverlapping expansion
 * (Shewchuk's grow-expansion, zeros dropped), whose largest component carries the sign of the sum.
 */
export function signOfSum(terms: readonly number[]): number {
  if (expansion.length < terms.length) expansion = new Float64Array(terms.length);
  let size = 0;
  for (const term of terms) {
    let q = term;
    let kept = 0;
    for (let i = 0; i < size; i++) {
      const component = expansion[i];
      const sum = q + component;
      const virtual = sum - q;
      const error = q - (sum - virtual) + (component - virtual);
      if (error !== 0) expansion[kept++] = error;
      q = sum;
    }
    if (q !== 0) expansion[kept++] = q;
    size = kept;
  }
  return size === 0 ? 0 : Math.sign(expansion[size - 1]);
}

/** The adjacent doubles of a positive finite double: its bit pattern plus or minus one. */
const bits = new DataView(new ArrayBuffer(8));

function adjacent(value: number, direction: 1 | -1): number {
  bits.setFloat64(0, value);
  const high = bits.getUint32(0);
  const low = bits.getUint32(4);
  if (direction === 1) {
    bits.setUint32(4, low === 0xffffffff ? 0 : low + 1);
    if (low === 0xffffffff) bits.setUint32(0, high + 1);
  } else {
    bits.setUint32(4, low === 0 ? 0xffffffff : low - 1);
    if (low === 0) bits.setUint32(0, high - 1);
  }
  return bits.getFloat64(0);
}

/** The sign of n − (q + offset)·m, for n = hi + lo, exactly; offset is a power of two or its negative. */
function remainderSign(hi: number, lo: number, q: number, offset: number, m: number): number {
  twoProduct(q, m);
  return signOfSum([hi, lo, -productHi, -productLo, -offset * m]);
}

/** The double nearest to a·b ÷ m (positive integers below 2⁵³); NaN at an exact midpoint. */
function roundedQuotient(a: number, b: number, m: number): number {
  twoProduct(a, b);
  const hi = productHi;
  const lo = productLo;
  let q = hi / m;
  // q is within a unit or two of the answer; each step moves it one double towards it.
  for (let step = 0; step < 4; step++) {
    const up = adjacent(q, 1);
    const above = remainderSign(hi, lo, q, (up - q) / 2, m);
    if (above === 0) return NaN;
    if (above > 0) {
      q = up;
      continue;
    }
    const down = adjacent(q, -1);
    const below = remainderSign(hi, lo, q, -(q - down) / 2, m);
    if (below === 0) return NaN;
    if (below < 0) {
      q = down;
      continue;
    }
    return q;
  }
  return NaN;
}
