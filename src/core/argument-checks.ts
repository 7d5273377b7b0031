import { dec, Decimal } from "./decimal";
import { Outcome, outOfRange } from "./errors";
import { say } from "./messages";
import { ERRORS } from "./error-messages";

/** Domain checks shared by the formulas; each message names the parameter and its unit. */

export function nonNegative(value: number, parameter: string, unit: string): Outcome<Decimal> {
  if (!Number.isFinite(value) || value < 0) {
    return outOfRange(say(ERRORS["argument.negative"](parameter, unit)) + ` (got ${value})`);
  }
  return dec(value);
}

export function positive(value: number, parameter: string, unit: string): Outcome<Decimal> {
  if (!Number.isFinite(value) || value <= 0) {
    return outOfRange(say(ERRORS["argument.not-positive"](parameter, unit)) + ` (got ${value})`);
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
    return outOfRange(say(ERRORS["argument.fraction"](parameter, max, asPercent, asFraction)) + ` (got ${value})`);
  }
  return dec(value);
}
