import { nonNegative, positive } from "./argument-checks";
import { Decimal } from "./decimal";
import { isFormulaError, notAvailable, Outcome, outOfRange } from "./errors";
import { exactMulDiv } from "./exact";
import { SOURCES } from "./factors/data";
import { listNames, say } from "./messages";
import { NameIndex, normalizeName } from "./names";
import { ERRORS } from "./error-messages";

/**
 * Financed emissions (投融资活动碳排放) and their quality, by the PBoC carbon-accounting guide
 * (金融机构碳核算技术指南（试行）) and PCAF Part A. Attribution is exposure ÷ denominator, with the
 * denominator chosen by method:
 * - PBoC guide, project finance (项目融资): monthly-average financing ÷ total project investment;
 * - PBoC guide, non-project finance (非项目融资): monthly-average financing ÷ operating revenue;
 * - PCAF: ÷ EVIC (listed), ÷ total equity + debt (private companies, project finance),
 *   ÷ property value at origination (real estate, mortgages), ÷ PPP-adjusted GDP (sovereign).
 * Money only has to be in one unit per call: the ratio cancels it.
 */

/** exposure ÷ denominator, capped at 1 unless `cap` is false. */
export function attributionFactor(exposure: number, denominator: number, cap = true): Outcome<Decimal> {
  const share = nonNegative(exposure, "exposure", "money, same unit as denominator");
  if (isFormulaError(share)) return share;
  const base = positive(denominator, "denominator", "money, same unit as exposure");
  if (isFormulaError(base)) return base;
  const factor = share.div(base);
  return cap ? Decimal.min(factor, 1) : factor;
}

function attributed(amount: number, parameter: string, exposure: number, denominator: number, cap: boolean): Outcome<Decimal> {
  const value = nonNegative(amount, parameter, "tCO2e");
  if (isFormulaError(value)) return value;
  const factor = attributionFactor(exposure, denominator, cap);
  if (isFormulaError(factor)) return factor;
  return value.times(factor);
}

/** The borrower's (or project's) emissions × attribution factor, tCO2e. */
export function financedEmissions(emissions: number, exposure: number, denominator: number, cap = true): Outcome<Decimal> {
  return attributed(emissions, "emissions", exposure, denominator, cap);
}

/** The project's emission reduction × attribution factor, tCO2e. */
export function financedReduction(reduction: number, exposure: number, denominator: number, cap = true): Outcome<Decimal> {
  return attributed(reduction, "reduction", exposure, denominator, cap);
}

/*
 * The same formulas in float64 for whole ledgers: each returns exactly what its decimal twin returns
 * (see exact.ts), or NaN when it cannot prove that, or when the inputs would be an error — the caller
 * then takes the decimal path, which also words the error.
 */

export function attributionFactorFast(exposure: number, denominator: number, cap = true): number {
  if (!(exposure >= 0 && denominator > 0 && denominator < Infinity)) return NaN;
  if (cap && exposure >= denominator) return 1;
  return exactMulDiv(exposure, 1, denominator);
}

/** financedEmissions and financedReduction: amount × attribution factor. */
export function financedAmountFast(amount: number, exposure: number, denominator: number, cap = true): number {
  if (!(amount >= 0 && amount < Infinity && exposure >= 0 && denominator > 0)) return NaN;
  if (cap && exposure >= denominator) return denominator < Infinity ? amount : NaN;
  return exactMulDiv(amount, exposure, denominator);
}

export function carbonIntensityFast(emissions: number, exposure: number): number {
  if (!(emissions >= 0 && exposure > 0)) return NaN;
  return exactMulDiv(emissions, 1, exposure);
}

/** 覆盖度: share of financing (count or balance) included in the accounting. */
export function coverageRatio(accounted: number, total: number): Outcome<Decimal> {
  const part = nonNegative(accounted, "accounted", "count or money");
  if (isFormulaError(part)) return part;
  const whole = positive(total, "total", "count or money");
  if (isFormulaError(whole)) return whole;
  if (part.greaterThan(whole)) {
    return outOfRange(say(ERRORS["financing.coverage"]()) + ` (${part} > ${whole})`);
  }
  return part.div(whole);
}

/** 碳排放强度: tCO2e per unit of financing (per 万元 when exposure is in 万元). */
export function carbonIntensity(emissions: number, exposure: number): Outcome<Decimal> {
  const value = nonNegative(emissions, "emissions", "tCO2e");
  if (isFormulaError(value)) return value;
  const base = positive(exposure, "exposure", "money");
  if (isFormulaError(base)) return base;
  return value.div(base);
}

/**
 * PCAF data-quality scores by asset class and data option (Part A, 2nd ed.): listed equity and corporate bonds,
 * business loans and unlisted equity, project finance (Tables 5-3, 5-7, 5-10); commercial real estate and mortgages
 * (Tables 5-14, 5-15); motor-vehicle loans (Table 5-16). Sovereign debt (Table 5-26) names no options in the copy
 * read, so it is not offered rather than guessed.
 */
type AssetClass = "listed_equity" | "business_loans" | "project_finance" | "commercial_real_estate" | "mortgages" | "motor_vehicle_loans";

const CORPORATE: Record<string, number> = { "1a": 1, "1b": 2, "2a": 2, "2b": 3, "3a": 4, "3b": 5, "3c": 5 };
const BUILDINGS: Record<string, number> = { "1a": 1, "1b": 2, "2a": 3, "2b": 4, "3": 5 };
const VEHICLES: Record<string, number> = { "1a": 1, "1b": 1, "2a": 2, "2b": 3, "3a": 4, "3b": 5 };

const PCAF_TABLES: Record<AssetClass, Record<string, number>> = {
  listed_equity: CORPORATE,
  business_loans: CORPORATE,
  project_finance: CORPORATE,
  commercial_real_estate: BUILDINGS,
  mortgages: BUILDINGS,
  motor_vehicle_loans: VEHICLES,
};

export const ASSET_CLASSES = new NameIndex<AssetClass>()
  .add("listed_equity", "上市股权和公司债券", ["listed equity", "corporate bonds", "listed_equity", "上市股权", "公司债券", "债券"])
  .add("business_loans", "企业贷款和非上市股权", ["business loans", "business_loans", "unlisted equity", "企业贷款", "对公贷款", "非上市股权"])
  .add("project_finance", "项目融资", ["project finance", "project_finance", "项目贷款"])
  .add("commercial_real_estate", "商业地产", ["commercial real estate", "commercial_real_estate", "cre", "商业房地产"])
  .add("mortgages", "住房抵押贷款", ["mortgages", "mortgage", "按揭", "个人住房贷款", "住房贷款"])
  .add("motor_vehicle_loans", "机动车贷款", ["motor vehicle loans", "motor_vehicle_loans", "vehicle loans", "汽车贷款", "车贷"]);

/** The options of business loans (the default asset class), for lists. */
export const PCAF_OPTION_NAMES = Object.keys(CORPORATE);
export const PCAF_SOURCE = SOURCES.pcafPartA;

const optionsText = (table: Record<string, number>) =>
  Object.entries(table)
    .map(([option, score]) => `${option}→${score}`)
    .join(", ");

/** Score 1 (best) to 5 for an option such as "2b" (also "Option 2b", "选项2b"), by asset class (default business loans). */
export function pcafScore(option: string, assetClass?: string): Outcome<number> {
  let table = CORPORATE;
  if (assetClass !== undefined && assetClass.trim() !== "") {
    const found = ASSET_CLASSES.get(assetClass);
    if (!found) {
      const sovereign = /sovereign|主权|国债/i.test(assetClass)
        ? " Sovereign debt (Table 5-26) is not configured: its options are not in the copy of the standard read."
        : "";
      return notAvailable(say(ERRORS["financing.asset-class"](assetClass)) + `. 可选 accepted: ${listNames(ASSET_CLASSES.displayNames)}.${sovereign}`);
    }
    table = PCAF_TABLES[found];
  }
  const key = normalizeName(option).replace(/^(option|选项|方法)/, "");
  const score = table[key];
  if (score !== undefined) return score;
  return notAvailable(say(ERRORS["financing.pcaf-option"](option)) + `. 可选 accepted: ${optionsText(table)}`);
}

/** A score cell: a number 1–5, or an option like "2b". */
export function readScore(value: number | string, row: number): Outcome<Decimal> {
  if (typeof value === "string") {
    const score = pcafScore(value);
    return isFormulaError(score) ? notAvailable(`scores row ${row}: ${score.message}`) : new Decimal(score);
  }
  if (!(value >= 1 && value <= 5)) {
    return outOfRange(say(ERRORS["financing.score-range"](row)) + ` (got ${value})`);
  }
  return new Decimal(value);
}

/** PCAF weighted data-quality score: Σ(exposure × score) ÷ Σ exposure. */
export function pcafWeightedScore(rows: { score: number | string; exposure: number }[]): Outcome<Decimal> {
  let weighted = new Decimal(0);
  let total = new Decimal(0);
  for (let i = 0; i < rows.length; i++) {
    const score = readScore(rows[i].score, i + 1);
    if (isFormulaError(score)) return score;
    const exposure = nonNegative(rows[i].exposure, `exposures row ${i + 1}`, "money");
    if (isFormulaError(exposure)) return exposure;
    weighted = weighted.plus(score.times(exposure));
    total = total.plus(exposure);
  }
  if (total.isZero()) return outOfRange(say(ERRORS["financing.exposures-zero"]()));
  return weighted.div(total);
}
