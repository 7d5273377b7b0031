/**
 * The decimal path's results, computed in float64 when that is provably the same number.
 *
 * A cell holds a double; the decimal path reads it as its shortest decimal (what Excel shows), e.g.
 * 0.5271 = 5271 × 10⁻⁴. When every operand is such a decimal with a small integer mantissa, a·b÷c is
 * n ÷ m with integers n, m < 2⁵³, both exact in float64, and IEEE division returns the double nearest
 * to n ÷ m. The decimal path computes the same quotient to 40 digits and then takes the nearest double.
 * Both are the same double: n ÷ m (m < 2⁵³, n < 2⁵³) is never a midpoint between two doubles, and lies
 * at least 2⁻¹⁰⁷ (relative) from every midpoint, while 40-digit rounding moves it by at most 10⁻³⁹.
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
  // a·b÷c = (A·B ÷ C) × 10^shift with integer mantissas A, B, C.
  let numerator = mantissa(a, pa) * mantissa(b, pb);
  let denominator = mantissa(c, pc);
  const shift = pc - pa - pb;
  if (shift >= 0) numerator *= POWERS_OF_TEN[shift];
  else denominator *= POWERS_OF_TEN[-shift];
  if (!(Math.abs(numerator) < EXACT_LIMIT && Math.abs(denominator) < EXACT_LIMIT)) return NaN;
  return numerator / denominator;
}
