import { fraction, nonNegative, positive } from "./argument-checks";
import { dec, Decimal } from "./decimal";
import { ERRORS } from "./error-messages";
import { isFormulaError, Outcome, outOfRange, valueError } from "./errors";
import { FACILITY_RATE, FACILITY_SHARE, FACILITY_START, facilityRateOn } from "./factors/power-sector";
import { say } from "./messages";

/** What-if helpers of a green-finance desk. Rates and shares are fractions (3.5% = 0.035). */

/** Funds the PBoC carbon emission reduction facility provides: eligible loans × share (default 60 %). */
export function carbonFacilityFunds(eligibleLoans: number, share?: number): Outcome<Decimal> {
  const loans = nonNegative(eligibleLoans, "eligible_loans", "money");
  if (isFormulaError(loans)) return loans;
  const s = share === undefined ? dec(FACILITY_SHARE.value) : fraction(share, "share");
  if (isFormulaError(s)) return s;
  return loans.times(s);
}

/** An ISO date from a date cell (Excel's serial day, 1900 system) or date text (2026-03-01, 2026/3/1, 2026年3月1日). */
export function isoDate(value: number | string, parameter: string): Outcome<string> {
  if (typeof value === "number") {
    const date = new Date(Math.round((value - 25569) * 86_400_000));
    if (Number.isFinite(value) && value >= 1 && !Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
  } else {
    const m = value.trim().match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
    if (m) {
      const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
      const date = new Date(`${iso}T00:00:00Z`);
      if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)) return iso;
    }
  }
  return valueError(say(ERRORS["argument.date"](parameter, String(value))));
}

/** The facility's rate on a loan's date: the one in force then (data/factors.json). */
function facilityRateFor(date: number | string): Outcome<Decimal> {
  const iso = isoDate(date, "date");
  if (isFormulaError(iso)) return iso;
  const record = facilityRateOn(iso);
  if (!record) return outOfRange(say(ERRORS["facility.before-start"](iso, FACILITY_START)));
  return dec(record.value);
}

/**
 * Interest saved by funding with the facility instead of the bank's own funds: funds × (own rate − facility rate) × years.
 * The facility's rate: `facilityRate` if given, else the one in force on `date`, else today's.
 */
export function carbonFacilitySaving(
  eligibleLoans: number,
  fundingRate: number,
  years = 1,
  share?: number,
  facilityRate?: number,
  date?: number | string,
): Outcome<Decimal> {
  const funds = carbonFacilityFunds(eligibleLoans, share);
  if (isFormulaError(funds)) return funds;
  const own = fraction(fundingRate, "funding_rate", 0.5);
  if (isFormulaError(own)) return own;
  const period = nonNegative(years, "years", "years");
  if (isFormulaError(period)) return period;
  const facility =
    facilityRate !== undefined ? fraction(facilityRate, "facility_rate", 0.5) : date !== undefined ? facilityRateFor(date) : dec(FACILITY_RATE.value);
  if (isFormulaError(facility)) return facility;
  return funds.times(own.minus(facility)).times(period);
}

/**
 * Sustainability-linked pricing (lower KPI is better, e.g. carbon intensity): the rate moves by
 * `stepBp` basis points for each full 1 % by which `actual` beats (down) or misses (up) `target`,
 * within ±`maxBp`.
 */
export function linkedLoanRate(baseRate: number, actual: number, target: number, stepBp: number, maxBp?: number): Outcome<Decimal> {
  const base = fraction(baseRate, "base_rate", 0.5);
  if (isFormulaError(base)) return base;
  const kpi = nonNegative(actual, "actual", "KPI unit");
  if (isFormulaError(kpi)) return kpi;
  const goal = positive(target, "target", "KPI unit");
  if (isFormulaError(goal)) return goal;
  const step = nonNegative(stepBp, "step_bp", "bp");
  if (isFormulaError(step)) return step;
  // Full percentage points of relative deviation: positive when the KPI beats the target.
  const fullPercents = goal.minus(kpi).div(goal).times(100).truncated();
  let adjustmentBp = fullPercents.times(step).negated();
  if (maxBp !== undefined) {
    const cap = nonNegative(maxBp, "max_bp", "bp");
    if (isFormulaError(cap)) return cap;
    adjustmentBp = Decimal.max(Decimal.min(adjustmentBp, cap), cap.negated());
  }
  const rate = base.plus(adjustmentBp.div(10000));
  return Decimal.max(rate, 0);
}

/** The loan-weighted average rate of a list of loans, Σ amount × rate ÷ Σ amount (the facility's quarterly disclosure). */
export function weightedRate(rows: readonly { rate: number; amount: number }[]): Outcome<Decimal> {
  let weighted = dec(0);
  let total = dec(0);
  for (const [i, row] of rows.entries()) {
    const rate = fraction(row.rate, `rates row ${i + 1}`, 0.5);
    if (isFormulaError(rate)) return rate;
    const amount = nonNegative(row.amount, `amounts row ${i + 1}`, "money");
    if (isFormulaError(amount)) return amount;
    weighted = weighted.plus(rate.times(amount));
    total = total.plus(amount);
  }
  if (total.isZero()) return outOfRange(say(ERRORS["facility.no-amount"]()));
  return weighted.div(total);
}

/** Credits to retire to offset `emissions`, rounded up to whole units of `unitT` tonnes. */
export function offsetsNeeded(emissionsT: number, unitT = 1): Outcome<Decimal> {
  const emissions = nonNegative(emissionsT, "emissions_t", "tCO2e");
  if (isFormulaError(emissions)) return emissions;
  const unit = positive(unitT, "unit_t", "tCO2e per credit");
  if (isFormulaError(unit)) return unit;
  return emissions.div(unit).ceil();
}
