import { nonNegative, positive } from "./argument-checks";
import { carbonToCo2, dec, Decimal } from "./decimal";
import { isFormulaError, notAvailable, outOfRange, Outcome, valueError } from "./errors";
import { exactMulDiv } from "./exact";
import {
  AVERAGE_EDITIONS,
  averageFactor,
  defaultAverageEdition,
  editionsFor,
  excludingMarketNonFossilFactor,
  NATIONAL,
  REPORTING_EDITIONS,
  reportingFactor,
} from "./factors/electricity";
import { defaultDensity, defaultParameterSet, Fuel, FUEL_NAMES, FuelFactorSet, fuelParameters, ParameterSet, setsFor } from "./factors/fuels";
import { PURCHASED_HEAT } from "./factors/heat-and-conversions";
import { FactorRecord, userFactor } from "./factors/types";
import { say, listNames } from "./messages";
import { NameIndex, normalizeName } from "./names";
import { findRegion, Region, REGIONS, UNPUBLISHED_REGIONS } from "./regions";
import { findUnit, Unit } from "./units";
import { ERRORS } from "./error-messages";

/** A computed figure with the factors it used, so the pane and reviewers can see the edition. */
export interface Calculation {
  value: Decimal;
  factors: FactorRecord[];
  notes: string[];
}

// ---------------------------------------------------------------- electricity

/** Reporting-factor periods by their normalized spellings (normalizeName drops dashes). */
const REPORTING_ALIASES: Record<string, string> = {
  "20232025": "2023-2025",
  report2023: "2023-2025",
  "20212022": "2021-2022",
  report2022: "2021-2022",
  pre2021: "pre-2021",
  "2021以前": "pre-2021",
};

function yearHelp(): string {
  const reporting = REPORTING_EDITIONS.map((period) => `${period} (${reportingFactor(period)!.value})`);
  return `${AVERAGE_EDITIONS.join(", ")}; 全国 also the MEE reporting factors ${reporting.join(", ")}`;
}

function findGridRegion(text: string): Outcome<Region> {
  const region = findRegion(text);
  if (region) return region;
  const unpublished = UNPUBLISHED_REGIONS[normalizeName(text)];
  if (unpublished) return notAvailable(`region: ${unpublished}`);
  return notAvailable(
    say(ERRORS["electricity.region"](text)) +
      `. 最接近 closest: ${listNames(REGIONS.closest(text))}. 可选 accepted: 全国, 区域电网 华北 东北 华东 华中 西北 南方 西南, or a province (贵州, 贵州省, Guizhou)`,
  );
}

/**
 * The average grid factor for a region (or province) and edition. Without an edition, the default
 * edition (data/factors.json), or the newest older one that publishes this region with a verified value;
 * an explicit edition that lacks it is an error, never a guess.
 */
export function electricityFactor(regionText: string, edition?: string | number): Outcome<FactorRecord> {
  const region = findGridRegion(regionText);
  if (isFormulaError(region)) return region;
  if (edition === undefined || edition === "") {
    const fallback = defaultAverageEdition(region.name);
    if (fallback === undefined) {
      return valueError(say(ERRORS["electricity.no-default"](region.name)) + `. ${region.name}: ${listNames(editionsFor(region.name))}`);
    }
    return averageFactor(fallback, region.name)!;
  }
  const label = String(edition).trim();
  const reporting = REPORTING_ALIASES[normalizeName(label).replace(/年/g, "")];
  if (reporting) {
    if (region.name !== NATIONAL) {
      return notAvailable(say(ERRORS["electricity.reporting-national"](label)));
    }
    return reportingFactor(reporting)!;
  }
  const year = label.replace(/年$/, "");
  if (!(AVERAGE_EDITIONS as readonly string[]).includes(year)) {
    return valueError(say(ERRORS["electricity.year"](label)) + `. 可选 accepted: ${yearHelp()}`);
  }
  const record = averageFactor(year, region.name);
  if (!record) {
    return notAvailable(say(ERRORS["electricity.year-region"](region.name, year)) + `. ${region.name}: ${listNames(editionsFor(region.name))}`);
  }
  return record;
}

const MAX_GRID_FACTOR = 2;

export interface ElectricityInput {
  kwh: number;
  /** Region name, or a factor in kgCO2/kWh. */
  region?: string | number;
  year?: string | number;
  greenKwh?: number;
  /** "market" (default) or "location": GHG Protocol Scope 2 Guidance's two methods. */
  method?: string;
}

export type Scope2Method = "market" | "location";

const METHODS = new NameIndex<Scope2Method>()
  .add("market", "market", ["market-based", "市场", "基于市场", "市场法", "市场基准"])
  .add("location", "location", ["location-based", "位置", "基于位置", "位置法", "地区", "location based"]);

/**
 * Scope-2 CO2 of purchased electricity, tCO2 = kWh × kgCO2/kWh ÷ 1000, by either method of the GHG
 * Protocol Scope 2 Guidance (which IFRS S2 and the MOF climate standard follow):
 * - market-based (the default): purchased green electricity counts as zero; the remainder uses the national
 *   factor excluding market-traded non-fossil power where the edition publishes one (MEE/NBS 2021–2023);
 * - location-based: every kWh, green or not, at the grid's average factor.
 */
export function co2FromElectricity(input: ElectricityInput): Outcome<Calculation> {
  const kwh = nonNegative(input.kwh, "kwh", "kWh");
  if (isFormulaError(kwh)) return kwh;
  const green = nonNegative(input.greenKwh ?? 0, "green_kwh", "kWh");
  if (isFormulaError(green)) return green;
  if (green.greaterThan(kwh)) {
    return outOfRange(say(ERRORS["electricity.green-exceeds"]()) + ` (${green} > ${kwh})`);
  }
  const method = input.method === undefined || input.method.trim() === "" ? "market" : METHODS.get(input.method);
  if (method === undefined) return valueError(say(ERRORS["electricity.method"](input.method!)) + `. 可选 accepted: market 基于市场, location 基于位置`);

  let factor: Outcome<FactorRecord>;
  if (typeof input.region === "number") {
    if (!(input.region > 0 && input.region <= MAX_GRID_FACTOR)) {
      return outOfRange(say(ERRORS["electricity.factor-range"](MAX_GRID_FACTOR)) + ` (got ${input.region}; e.g. 0.5271)`);
    }
    factor = userFactor(dec(input.region), "kgCO2/kWh");
  } else {
    factor = electricityFactor(input.region ?? NATIONAL, input.year);
  }
  if (isFormulaError(factor)) return factor;

  const notes: string[] = [];
  if (factor.edition === "2012") notes.push("2012 regional average factors are outdated; newer MEE/NBS editions exist.");
  if (green.isZero() || method === "location") {
    return { value: kwh.times(factor.value).div(1000), factors: [factor], notes };
  }
  const residual = excludingMarketNonFossilFactor(factor.edition);
  const remainderFactor = residual ?? factor;
  if (!residual) notes.push(`No market-excluded national factor for edition ${factor.edition}; the remainder uses the chosen factor.`);
  return { value: kwh.minus(green).times(remainderFactor.value).div(1000), factors: [remainderFactor], notes };
}

/**
 * co2FromElectricity without green power, in float64, for a factor already looked up: exactly the
 * decimal result (see exact.ts), or NaN to take the decimal path.
 */
export function co2FromElectricityFast(kwh: number, factor: number): number {
  if (!(kwh >= 0 && factor > 0 && factor <= MAX_GRID_FACTOR)) return NaN;
  return exactMulDiv(kwh, factor, 1000);
}

// ---------------------------------------------------------------- fuels

/** A fuel's name in both languages, for messages. */
const fuelName = (fuel: Fuel) => ({ zh: fuel.chinese, en: fuel.english });

function findFuel(text: string): Outcome<Fuel> {
  const fuel = FUEL_NAMES.get(text);
  if (fuel) return fuel;
  return notAvailable(
    say(ERRORS["fuel.unknown"](text)) + `. 最接近 closest: ${listNames(FUEL_NAMES.closest(text))}. 可选 accepted: ${listNames(FUEL_NAMES.displayNames)}`,
  );
}

function parseSet(text: string): ParameterSet | undefined {
  const key = normalizeName(text).replace(/^(set|参数组|组)/, "");
  if (key === "a") return "A";
  if (key === "b") return "B";
  return undefined;
}

/** The parameter set to use: the user's choice, or the first set whose values may be a default. */
export function fuelFactorSet(fuelText: string, setText?: string): Outcome<FuelFactorSet> {
  const fuel = findFuel(fuelText);
  if (isFormulaError(fuel)) return fuel;
  const available = setsFor(fuel);
  if (setText !== undefined && setText !== "") {
    const set = parseSet(setText);
    if (!set) return valueError(say(ERRORS["fuel.set"](setText)) + `. 可选 accepted: A, B`);
    const params = fuelParameters(fuel, set);
    if (!params) {
      return notAvailable(say(ERRORS["fuel.set-lacks"](set, fuelName(fuel))) + `. ${fuel.chinese}: ${listNames(available)}`);
    }
    return params;
  }
  const set = defaultParameterSet(fuel);
  if (set !== undefined) return fuelParameters(fuel, set)!;
  return valueError(say(ERRORS["fuel.only-unverified"](fuelName(fuel), available.join("/"))));
}

export interface FuelInput {
  quantity: number;
  fuel: string;
  unit?: string;
  parameterSet?: string;
  /** kg/L; a value above 10 is read as kg/m³. */
  density?: number;
  /** The report's own emission factor, tCO2 per `unit` of the fuel: replaces the parameter set. */
  factor?: number;
}

const MAX_KG_PER_L = 10;
const FUEL_UNITS = ["L/升", "kg/千克", "t/吨", "m3/立方米", "万m3", "GJ"];

function densityKgPerL(input: FuelInput, fuel: Fuel, factors: FactorRecord[]): Outcome<Decimal> {
  if (input.density !== undefined) {
    if (!(input.density > 0)) {
      return outOfRange(say(ERRORS["fuel.density"]()) + ` (got ${input.density})`);
    }
    const given = dec(input.density);
    const kgPerL = input.density > MAX_KG_PER_L ? given.div(1000) : given;
    factors.push(userFactor(kgPerL, "kg/L"));
    return kgPerL;
  }
  const sourced = defaultDensity(fuel);
  if (!sourced) {
    return valueError(say(ERRORS["fuel.density-needed"](fuelName(fuel))));
  }
  factors.push(sourced);
  return dec(sourced.value).div(1000);
}

/** Activity data in the parameter table's basis (t, or 10⁴ Nm³ for gas), or energy in GJ. */
function activityData(input: FuelInput, fuel: Fuel, unit: Unit, factors: FactorRecord[]): Outcome<{ amount: Decimal; isEnergy: boolean }> {
  const quantity = dec(input.quantity);
  if (unit.dimension === "energy") return { amount: quantity.times(unit.scale), isEnergy: true };
  if (fuel.basis === "gas-volume") {
    if (unit.dimension !== "volume" || unit.symbol === "L") {
      return valueError(say(ERRORS["fuel.gas-unit"](fuelName(fuel))));
    }
    return { amount: quantity.times(unit.scale).div(10000), isEnergy: false };
  }
  if (unit.dimension === "mass") return { amount: quantity.times(unit.scale), isEnergy: false };
  if (unit.dimension === "volume") {
    const density = densityKgPerL(input, fuel, factors);
    if (isFormulaError(density)) return density;
    const litres = quantity.times(unit.scale).times(1000);
    return { amount: litres.times(density).div(1000), isEnergy: false };
  }
  return valueError(say(ERRORS["fuel.unit"](unit.symbol)) + `. 可选 accepted: ${listNames(FUEL_UNITS)}`);
}

/** tC/GJ, whichever unit the table uses (set A: tC/TJ; set B: tC/GJ). */
function carbonPerGj(record: FactorRecord): Decimal {
  return record.unit === "tC/TJ" ? dec(record.value).div(1000) : dec(record.value);
}

/** The derived emission factor of a parameter set, in tCO2 per t (or per 10⁴ Nm³ for gas). */
export function fuelEmissionFactor(params: FuelFactorSet): Decimal {
  return carbonToCo2(dec(params.ncv.value).times(carbonPerGj(params.carbonContent)).times(params.oxidation.value));
}

/** tCO2 = AD × NCV × CC × OF × 44/12, or with the report's own factor, AD × factor. */
export function co2FromFuel(input: FuelInput): Outcome<Calculation> {
  const quantity = nonNegative(input.quantity, "quantity", input.unit || "t / m3");
  if (isFormulaError(quantity)) return quantity;
  if (input.factor !== undefined) return co2WithOwnFactor(input, quantity);
  const params = fuelFactorSet(input.fuel, input.parameterSet);
  if (isFormulaError(params)) return params;
  const unit = findUnit(input.unit || (params.fuel.basis === "gas-volume" ? "m3" : "t"), "unit", FUEL_UNITS);
  if (isFormulaError(unit)) return unit;

  const factors: FactorRecord[] = [params.ncv, params.carbonContent, params.oxidation];
  const ad = activityData(input, params.fuel, unit, factors);
  if (isFormulaError(ad)) return ad;
  const energyGj = ad.isEnergy ? ad.amount : ad.amount.times(params.ncv.value);
  const value = carbonToCo2(energyGj.times(carbonPerGj(params.carbonContent)).times(params.oxidation.value));
  const notes = params.verification === "unverified" ? [`Parameter set ${params.set} for ${params.fuel.english} is unverified.`] : [];
  return { value, factors, notes };
}

/** A report's own factor per unit of its activity data: reproducible, and cited as the user's. */
function co2WithOwnFactor(input: FuelInput, quantity: Decimal): Outcome<Calculation> {
  const fuel = findFuel(input.fuel);
  if (isFormulaError(fuel)) return fuel;
  const unit = findUnit(input.unit || (fuel.basis === "gas-volume" ? "m3" : "t"), "unit", FUEL_UNITS);
  if (isFormulaError(unit)) return unit;
  const factor = positive(input.factor!, "factor", `tCO2/${unit.symbol}`);
  if (isFormulaError(factor)) return factor;
  return { value: quantity.times(factor), factors: [userFactor(factor, `tCO2/${unit.symbol}`)], notes: [] };
}

// ---------------------------------------------------------------- heat

/** The bundled heat factor as a double, when a double holds it exactly as published (else NaN). */
const HEAT_FACTOR = dec(Number(PURCHASED_HEAT.value)).equals(PURCHASED_HEAT.value) ? Number(PURCHASED_HEAT.value) : NaN;

/** co2FromHeat in float64: exactly its decimal result (see exact.ts), or NaN to take the decimal path. */
export function co2FromHeatFast(gj: number, factor?: number): number {
  const f = factor === undefined ? HEAT_FACTOR : factor;
  if (!(gj >= 0 && f > 0)) return NaN;
  return exactMulDiv(gj, f, 1);
}

/** tCO2 = GJ × factor (default 0.11 tCO2/GJ for purchased steam and hot water). */
export function co2FromHeat(gj: number, factor?: number): Outcome<Calculation> {
  const amount = nonNegative(gj, "gj", "GJ");
  if (isFormulaError(amount)) return amount;
  if (factor === undefined) return { value: amount.times(PURCHASED_HEAT.value), factors: [PURCHASED_HEAT], notes: [] };
  if (!(factor > 0)) return outOfRange(say(ERRORS["heat.factor"]()) + ` (got ${factor})`);
  return { value: amount.times(factor), factors: [userFactor(dec(factor), "tCO2/GJ")], notes: [] };
}

/**
 * Paper counted in sheets (张), as tonnes: sheets × grams per sheet ÷ 1,000,000. The mass of a sheet
 * depends on its size and grammage, so it is the bank's own figure, never a default.
 */
export function paperMass(sheets: number, gramsPerSheet: number): Outcome<Decimal> {
  const count = nonNegative(sheets, "sheets", "张");
  if (isFormulaError(count)) return count;
  const grams = positive(gramsPerSheet, "grams_per_sheet", "g");
  if (isFormulaError(grams)) return grams;
  return count.times(grams).div(1_000_000);
}
