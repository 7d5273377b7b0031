import { defaultEdition, editionsOf, factorRecord, factorRecords, keysOf } from "./data";
import type { FactorRecord } from "./types";

/**
 * Electricity CO2 factors (kgCO2/kWh = tCO2/MWh), editions side by side, from data/factors.json.
 * Average factors (平均排放因子) are for a bank's own purchased electricity (scope 2).
 * Baseline OM/BM factors for emission reductions live elsewhere: never mix the two.
 */

export const NATIONAL = "全国";
export const REGIONAL_GRIDS = ["华北", "东北", "华东", "华中", "西北", "南方", "西南"] as const;

/** Average-factor editions (MEE/NBS data years, and the NDRC 2012 regional table), newest first. */
export const AVERAGE_EDITIONS = editionsOf("grid_average");
/** MEE national grid factors for power-sector reporting, by the period they serve. */
export const REPORTING_EDITIONS = editionsOf("grid_reporting");
/** Editions of the national factor excluding market-traded non-fossil power. */
export const EXCLUDING_MARKET_EDITIONS = editionsOf("grid_excluding_market");

/** The average factor of `region` (canonical name) in `edition`, or undefined if not published. */
export function averageFactor(edition: string, region: string): FactorRecord | undefined {
  return factorRecord("grid_average", region, edition);
}

/** Editions, newest first, that publish an average factor for `region`. */
export function editionsFor(region: string): string[] {
  return AVERAGE_EDITIONS.filter((edition) => averageFactor(edition, region) !== undefined);
}

/** The edition a region's factor comes from when no year is given (the one default policy of ./data). */
export function defaultAverageEdition(region: string): string | undefined {
  return defaultEdition("grid_average", (edition) => [averageFactor(edition, region)]);
}

/** Regions and provinces with at least one published average factor. */
export function averageFactorRegions(): string[] {
  return keysOf("grid_average");
}

/** National factor excluding market-traded non-fossil electricity (不包括市场化交易的非化石能源电量). */
export function excludingMarketNonFossilFactor(edition: string): FactorRecord | undefined {
  return factorRecord("grid_excluding_market", NATIONAL, edition);
}

/** National fossil-power factor (全国化石能源电力二氧化碳排放因子). */
export function fossilPowerFactor(edition: string): FactorRecord | undefined {
  return factorRecord("grid_fossil", NATIONAL, edition);
}

export function reportingFactor(period: string): FactorRecord | undefined {
  return factorRecord("grid_reporting", NATIONAL, period);
}

/** Every bundled electricity record, for listings and the test against factors.csv. */
export function allElectricityRecords(): FactorRecord[] {
  return [...factorRecords("grid_average"), ...factorRecords("grid_excluding_market"), ...factorRecords("grid_fossil"), ...factorRecords("grid_reporting")];
}
