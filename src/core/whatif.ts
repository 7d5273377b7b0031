import { fraction, nonNegative, positive } from "./argument-checks";
import { dec, Decimal } from "./decimal";
import { isFormulaError, Outcome } from "./errors";
import { FACILITY_RATE, FACILITY_SHARE } from "./factors/power-sector";

/** What-if helpers of a green-finance desk. Rates and shares are fractions (3.5% = 0.035). */

/** Funds the PBoC carbon emission reduction facility provides: eligible loans × share (default 60 %). */
export function carbonFacilityFunds(eligibleLoans: number, share?: number): Outcome<Decimal> {
  const loans = nonNegative(eligibleLoans, "eligible_loans", "money");
  if (isFormulaError(loans)) return loans;
  const s = share === undefined ? dec(FACILITY_SHARE.value) : fraction(share, "share");
  if (isFormulaError(s)) return s;
  return loans.times(s);
}

/** Interest saved by funding with the facility instead of the bank's own funds: funds × (own rate − facility rate) × years. */
export function carbonFacilitySaving(eligibleLoans: number, fundingRate: number, years = 1, share?: number, facilityRate?: number): Outcome<Decimal> {
  const funds = carbonFacilityFunds(eligibleLoans, share);
  if (isFormulaError(funds)) return funds;
  const own = fraction(fundingRate, "funding_rate", 0.5);
  if (isFormulaError(own)) return own;
  const period = nonNegative(years, "years", "years");
  if (isFormulaError(period)) return period;
  const facility = facilityRate === undefined ? dec(FACILITY_RATE.value) : fraction(facilityRate, "facility_rate", 0.5);
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

/** Credits to retire to offset `emissions`, rounded up to whole units of `unitT` tonnes. */
export function offsetsNeeded(emissionsT: number, unitT = 1): Outcome<Decimal> {
  const emissions = nonNegative(emissionsT, "emissions_t", "tCO2e");
  if (isFormulaError(emissions)) return emissions;
  const unit = positive(unitT, "unit_t", "tCO2e per credit");
  if (isFormulaError(unit)) return unit;
  return emissions.div(unit).ceil();
}
