import { dec } from "../core/decimal";
import { isFormulaError } from "../core/errors";
import { describeFactor, lookupFactor } from "../core/lookup";
import { NATIONAL } from "../core/factors/electricity";
import { co2FromElectricity, co2FromElectricityFast, co2FromFuel, co2FromHeat, co2FromHeatFast, electricityFactor } from "../core/operational";
import { convertUnits } from "../core/units";
import { defineFunction, num, optNum, optText, text } from "./define";

/** Operational (own-use) emissions: 经营活动的环境影响. */

/**
 * Grid factors already looked up, by region text and year text. A ledger column names a handful of
 * regions a million times; the tables are constant, and failed look-ups are not kept (the decimal path
 * words their errors).
 */
const gridFactors = new Map<string | undefined, Map<string, number>>();
const GRID_FACTOR_MEMORY = 10_000;
let remembered = 0;

function gridFactor(region: string, year: string | undefined): number {
  let byRegion = gridFactors.get(year);
  if (byRegion === undefined) gridFactors.set(year, (byRegion = new Map()));
  let factor = byRegion.get(region);
  if (factor === undefined) {
    const record = electricityFactor(region, year);
    if (isFormulaError(record)) return NaN;
    if (++remembered > GRID_FACTOR_MEMORY) {
      gridFactors.clear();
      remembered = 0;
    }
    // Only a factor that a double holds exactly as published; NaN sends every row to the decimal path.
    factor = Number(record.value);
    if (!dec(factor).equals(record.value)) factor = NaN;
    byRegion.set(region, factor);
  }
  return factor;
}

export const CO2_FROM_ELECTRICITY = defineFunction(
  "CO2_FROM_ELECTRICITY",
  [
    { name: "kwh", kind: "number", unit: "kWh" },
    { name: "region", kind: "numberOrText", optional: true },
    { name: "year", kind: "text", optional: true },
    { name: "green_kwh", kind: "number", optional: true, unit: "kWh" },
  ],
  ([kwh, region, year, green]) => {
    const result = co2FromElectricity({ kwh: num(kwh), region: region as string | number | undefined, year: optText(year), greenKwh: optNum(green) });
    return isFormulaError(result) ? result : result.value;
  },
  ([kwh, region, year, green]) => {
    if (green !== undefined && green !== 0) return NaN;
    const factor = typeof region === "number" ? region : gridFactor(region === undefined ? NATIONAL : text(region), optText(year));
    return co2FromElectricityFast(num(kwh), factor);
  },
);

export const CO2_FROM_FUEL = defineFunction(
  "CO2_FROM_FUEL",
  [
    { name: "quantity", kind: "number" },
    { name: "fuel", kind: "text" },
    { name: "unit", kind: "text", optional: true },
    { name: "parameter_set", kind: "text", optional: true },
    { name: "density", kind: "number", optional: true, unit: "kg/L" },
  ],
  ([quantity, fuel, unit, set, density]) => {
    const result = co2FromFuel({ quantity: num(quantity), fuel: text(fuel), unit: optText(unit), parameterSet: optText(set), density: optNum(density) });
    return isFormulaError(result) ? result : result.value;
  },
);

export const CO2_FROM_HEAT = defineFunction(
  "CO2_FROM_HEAT",
  [
    { name: "gj", kind: "number", unit: "GJ" },
    { name: "factor", kind: "number", optional: true, unit: "tCO2/GJ" },
  ],
  ([gj, factor]) => {
    const result = co2FromHeat(num(gj), optNum(factor));
    return isFormulaError(result) ? result : result.value;
  },
  ([gj, factor]) => co2FromHeatFast(num(gj), optNum(factor)),
);

const FACTOR_PARAMS = [
  { name: "kind", kind: "text" },
  { name: "key", kind: "text" },
  { name: "year", kind: "text", optional: true },
  { name: "set", kind: "text", optional: true },
] as const;

export const EMISSION_FACTOR = defineFunction("EMISSION_FACTOR", FACTOR_PARAMS, ([kind, key, year, set]) => {
  const answer = lookupFactor(text(kind), text(key), optText(year), optText(set));
  return isFormulaError(answer) ? answer : answer.value;
});

export const FACTOR_SOURCE = defineFunction("FACTOR_SOURCE", FACTOR_PARAMS, ([kind, key, year, set]) => {
  const answer = lookupFactor(text(kind), text(key), optText(year), optText(set));
  return isFormulaError(answer) ? answer : describeFactor(answer);
});

export const CONVERT_UNIT = defineFunction(
  "CONVERT_UNIT",
  [
    { name: "value", kind: "number" },
    { name: "from", kind: "text" },
    { name: "to", kind: "text" },
  ],
  ([value, from, to]) => {
    const result = convertUnits(num(value), text(from), text(to));
    return isFormulaError(result) ? result : result.value;
  },
);

export const OPERATIONAL_FUNCTIONS = [CO2_FROM_ELECTRICITY, CO2_FROM_FUEL, CO2_FROM_HEAT, EMISSION_FACTOR, FACTOR_SOURCE, CONVERT_UNIT];
