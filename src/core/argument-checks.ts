import { dec, Decimal } from "./decimal";
import { Outcome, outOfRange } from "./errors";
import { bilingual } from "./messages";

/** Domain checks shared by the formulas; each message names the parameter and its unit. */

export function nonNegative(value: number, parameter: string, unit: string): Outcome<Decimal> {
  if (!Number.isFinite(value) || value < 0) {
    return outOfRange(bilingual(`${parameter} 须为不小于 0 的数（${unit}）`, `${parameter} must be a number ≥ 0 in ${unit}`) + ` (got ${value})`);
  }
  return dec(value);
}

export function positive(value: number, parameter: string, unit: string): Outcome<Decimal> {
  if (!Number.isFinite(value) || value <= 0) {
    return outOfRange(bilingual(`${parameter} 须大于 0（${unit}）`, `${parameter} must be > 0 in ${unit}`) + ` (got ${value})`);
  }
  return dec(value);
}

/**
 * A share or rate as Excel stores it: 3.5% is 0.035. A value above `max` is almost always a
 * percentage typed as a whole number, so the message says how to write it.
 */
export function fraction(value: number, parameter: string, max = 1): Outcome<Decimal> {
  if (!Number.isFinite(value) || value < 0 || value > max) {
    const asPercent = value > max && value / 100 <= max ? `${value}%` : "3.5%";
    const asFraction = asPercent === "3.5%" ? "0.035" : String(dec(value).div(100));
    return outOfRange(
      bilingual(
        `${parameter} 为比例，须在 0 到 ${max} 之间（${asPercent} 即 ${asFraction}）`,
        `${parameter} is a fraction between 0 and ${max} (${asPercent} = ${asFraction})`,
      ) + ` (got ${value})`,
    );
  }
  return dec(value);
}
