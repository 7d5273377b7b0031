import { dec } from "../core/decimal";
import { isFormulaError } from "../core/errors";
import { NATIONAL } from "../core/factors/electricity";
import { attributionFactorFast, carbonIntensityFast, financedAmountFast } from "../core/financing";
import { co2FromElectricityFast, co2FromHeatFast, electricityFactor } from "../core/operational";
import { num, optNum, optText, Scalar, text } from "../core/specs/types";
import type { FastPath } from "./define";

/**
 * Float64 paths for the functions that fill whole ledger columns. Each returns the number the decimal
 * formula gives where core/exact.ts proves it, or NaN to take the spec's evaluate.
 */

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

const cap = (v: Scalar) => (v === undefined ? true : (v as boolean));

export const FAST_PATHS: Record<string, FastPath> = {
  CO2_FROM_ELECTRICITY: ([kwh, region, year, green]) => {
    if (green !== undefined && green !== 0) return NaN;
    const factor = typeof region === "number" ? region : gridFactor(region === undefined ? NATIONAL : text(region), optText(year));
    return co2FromElectricityFast(num(kwh), factor);
  },
  CO2_FROM_HEAT: ([gj, factor]) => co2FromHeatFast(num(gj), optNum(factor)),
  ATTRIBUTION_FACTOR: ([exposure, denominator, c]) => attributionFactorFast(num(exposure), num(denominator), cap(c)),
  FINANCED_EMISSIONS: ([emissions, exposure, denominator, c]) => financedAmountFast(num(emissions), num(exposure), num(denominator), cap(c)),
  FINANCED_REDUCTION: ([reduction, exposure, denominator, c]) => financedAmountFast(num(reduction), num(exposure), num(denominator), cap(c)),
  CARBON_INTENSITY: ([emissions, exposure]) => carbonIntensityFast(num(emissions), num(exposure)),
};
