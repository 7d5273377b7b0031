import { fraction, nonNegative, positive } from "./argument-checks";
import { dec, Decimal } from "./decimal";
import { isFormulaError, notAvailable, Outcome, outOfRange, valueError } from "./errors";
import { RAW_COAL_TO_COAL } from "./factors/heat-and-conversions";
import {
  BASELINE_EDITION,
  BASELINE_GRID_OF_PROVINCE_UNVERIFIED,
  BASELINE_REGIONS,
  baselineFactors,
  SUPPLY_COAL_YEARS,
  supplyCoalConsumption,
} from "./factors/power-sector";
import { FactorRecord, userFactor } from "./factors/types";
import { say, listNames } from "./messages";
import { NameIndex } from "./names";
import { findRegion } from "./regions";
import { ERRORS } from "./error-messages";

/**
 * Environmental benefits of green loans (绿色信贷项目节能减排量测算指引, 2013): the project's annual
 * benefit measured first, then attributed by loan balance ÷ total investment. Power projects:
 * coal saved = supply × supply coal consumption; CO2 = supply × combined-margin baseline factor;
 * SO2 and NOx from the raw coal that the standard coal stands for.
 */

export interface BenefitCalculation {
  value: Decimal;
  factors: FactorRecord[];
}

/**
 * Project benefit × min(1, loan balance ÷ total investment): never more than the whole benefit. `names` are the
 * parameters' names in messages (the carbon facility's per-loan reduction calls them otherwise).
 */
export function greenLoanBenefit(
  projectBenefit: number,
  loanBalance: number,
  totalInvestment: number,
  names = { benefit: "project_benefit", loan: "loan_balance", investment: "total_investment" },
): Outcome<Decimal> {
  const benefit = nonNegative(projectBenefit, names.benefit, "t, tce or m3 per year");
  if (isFormulaError(benefit)) return benefit;
  const loan = nonNegative(loanBalance, names.loan, `money, same unit as ${names.investment}`);
  if (isFormulaError(loan)) return loan;
  const investment = positive(totalInvestment, names.investment, `money, same unit as ${names.loan}`);
  if (isFormulaError(investment)) return investment;
  return benefit.times(Decimal.min(loan.div(investment), 1));
}

const FIRST_YEAR = 1900;

/**
 * Standard coal saved by clean power, tce = MWh × gce/kWh ÷ 1000. The coal consumption is given in
 * gce/kWh, or as a year (≥ 1900) for the bundled national value where a sourced one exists.
 */
export function powerCoalSaved(supplyMwh: number, coal: number | string): Outcome<BenefitCalculation> {
  const supply = nonNegative(supplyMwh, "supply_mwh", "MWh");
  if (isFormulaError(supply)) return supply;
  const text = typeof coal === "string" ? coal.trim().replace(/年$/, "") : String(coal);
  const isYear = /^\d{4}$/.test(text) && Number(text) >= FIRST_YEAR;
  let factor: FactorRecord;
  if (isYear) {
    const record = supplyCoalConsumption(text);
    if (!record) {
      return notAvailable(
        say(ERRORS["benefits.coal-year"](text)) + `. 可选年份 years: ${listNames(SUPPLY_COAL_YEARS)}; or give gce/kWh from your source (e.g. 307)`,
      );
    }
    factor = record;
  } else {
    const value = typeof coal === "number" ? coal : Number(text);
    if (!(value > 0 && value < 1000)) {
      return outOfRange(say(ERRORS["benefits.coal-value"]()) + ` (got ${coal})`);
    }
    factor = userFactor(dec(value), "gce/kWh");
  }
  return { value: supply.times(factor.value).div(1000), factors: [factor] };
}

export type Technology = "wind-solar" | "other";

const TECHNOLOGIES = new NameIndex<Technology>()
  .add("wind-solar", "风电", ["wind", "风力发电", "光伏", "solar", "pv", "太阳能", "光伏发电", "风光"])
  .add("other", "水电", ["hydro", "hydropower", "水力发电", "生物质", "biomass", "核电", "nuclear", "其他", "other"]);

/** Combined-margin weight of OM: 0.75 for wind and solar, 0.5 otherwise (CDM tool practice). */
const OM_WEIGHT: Record<Technology, string> = { "wind-solar": "0.75", other: "0.5" };

export interface PowerReductionInput {
  supplyMwh: number;
  region?: string;
  technology?: string;
  om?: number;
  bm?: number;
}

/** CO2 reduction of clean power, t = MWh × (w·OM + (1−w)·BM). */
export function powerCo2Reduction(input: PowerReductionInput): Outcome<BenefitCalculation> {
  const supply = nonNegative(input.supplyMwh, "supply_mwh", "MWh");
  if (isFormulaError(supply)) return supply;
  const technology = input.technology ? TECHNOLOGIES.get(input.technology) : "other";
  if (!technology) {
    return notAvailable(
      say(ERRORS["benefits.technology"](input.technology!)) +
        ". 可选 accepted: 风电 wind, 光伏 solar (OM 0.75); 水电 hydro, 生物质 biomass, 核电 nuclear, 其他 (OM 0.5)",
    );
  }
  let om: FactorRecord | undefined = input.om === undefined ? undefined : userFactor(dec(input.om), "tCO2/MWh");
  let bm: FactorRecord | undefined = input.bm === undefined ? undefined : userFactor(dec(input.bm), "tCO2/MWh");
  for (const [given, name] of [
    [input.om, "om"],
    [input.bm, "bm"],
  ] as const) {
    if (given !== undefined && !(given >= 0 && given < 3)) {
      return outOfRange(say(ERRORS["benefits.margin-range"](name)) + ` (got ${given})`);
    }
  }
  if (!om || !bm) {
    const region = input.region ? findRegion(input.region) : undefined;
    const table = region && baselineFactors(region.name);
    if (!table) {
      const grid = region?.kind === "province" ? BASELINE_GRID_OF_PROVINCE_UNVERIFIED[region.name] : undefined;
      if (region && grid) return notAvailable(say(ERRORS["benefits.baseline-province"](region.name, grid)));
      if (region?.kind === "grid")
        return notAvailable(say(ERRORS["benefits.baseline-grid-missing"](region.name, BASELINE_EDITION)) + `. 可选 accepted: ${listNames(BASELINE_REGIONS)}`);
      return notAvailable(
        say(ERRORS["benefits.baseline-region"](input.region ?? "")) + `. 可选 accepted: ${listNames(BASELINE_REGIONS)} (regional grids), or give om and bm`,
      );
    }
    om = om ?? table.om;
    bm = bm ?? table.bm;
  }
  const w = dec(OM_WEIGHT[technology]);
  const combined = w.times(om.value).plus(dec(1).minus(w).times(bm.value));
  return { value: supply.times(combined), factors: [om, bm] };
}

function rawCoal(coalSavedTce: number, rawCoalCoef: number | undefined): Outcome<{ value: Decimal; factor: FactorRecord }> {
  const coal = nonNegative(coalSavedTce, "coal_saved_tce", "tce");
  if (isFormulaError(coal)) return coal;
  if (rawCoalCoef === undefined) return { value: coal.div(RAW_COAL_TO_COAL.value), factor: RAW_COAL_TO_COAL };
  const coef = positive(rawCoalCoef, "raw_coal_coef", "tce per t raw coal");
  if (isFormulaError(coef)) return coef;
  if (coef.greaterThan(1)) return valueError(say(ERRORS["benefits.raw-coal-coef"](RAW_COAL_TO_COAL.value)));
  return { value: coal.div(coef), factor: userFactor(coef, "tce/t") };
}

/** SO2 avoided, t = coal ÷ raw_coal_coef × sulfur × 2 × release. No defaults for sulfur or release. */
export function powerSo2Reduction(coalSavedTce: number, sulfur: number, releaseCoef: number, rawCoalCoef?: number): Outcome<BenefitCalculation> {
  const raw = rawCoal(coalSavedTce, rawCoalCoef);
  if (isFormulaError(raw)) return raw;
  const s = fraction(sulfur, "sulfur", 0.1);
  if (isFormulaError(s)) return s;
  const release = fraction(releaseCoef, "release_coef");
  if (isFormulaError(release)) return release;
  return { value: raw.value.times(s).times(2).times(release), factors: [raw.factor] };
}

/** NOx avoided, t = coal ÷ raw_coal_coef × kg NOx per t raw coal ÷ 1000. */
export function powerNoxReduction(coalSavedTce: number, noxKgPerT: number, rawCoalCoef?: number): Outcome<BenefitCalculation> {
  const raw = rawCoal(coalSavedTce, rawCoalCoef);
  if (isFormulaError(raw)) return raw;
  const nox = nonNegative(noxKgPerT, "nox_kg_per_t", "kg NOx per t raw coal");
  if (isFormulaError(nox)) return nox;
  if (nox.greaterThan(100)) return outOfRange(say(ERRORS["benefits.nox"]()) + ` (got ${noxKgPerT})`);
  return { value: raw.value.times(nox).div(1000), factors: [raw.factor] };
}

/** COD or NH3-N removed, t = water (t = m³) × (before − after) mg/L ÷ 10⁶. */
export function pollutantReduction(waterT: number, before: number, after: number): Outcome<Decimal> {
  const water = nonNegative(waterT, "water_t", "t");
  if (isFormulaError(water)) return water;
  const inflow = nonNegative(before, "conc_before_mg_per_l", "mg/L");
  if (isFormulaError(inflow)) return inflow;
  const outflow = nonNegative(after, "conc_after_mg_per_l", "mg/L");
  if (isFormulaError(outflow)) return outflow;
  if (outflow.greaterThan(inflow)) {
    return outOfRange(say(ERRORS["benefits.concentrations"]()) + ` (${after} > ${before})`);
  }
  return water.times(inflow.minus(outflow)).div(1_000_000);
}
