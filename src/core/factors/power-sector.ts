import { editionsOf, factorRecord, factorRecords, keysOf, requiredRecord } from "./data";
import type { FactorRecord } from "./types";

/**
 * Power-sector parameters for green-loan benefits (绿色信贷项目节能减排量测算指引), from data/factors.json:
 * national thermal-power supply coal consumption, and the regional grid baseline factors (OM/BM)
 * for emission reductions of clean power; and the carbon reduction facility's terms. Baseline factors
 * are not the average factors in ./electricity: reductions use baselines, a bank's own electricity uses averages.
 */

/** Years with a sourced 全国火电平均供电标准煤耗 (gce/kWh), oldest first as users list them. */
export const SUPPLY_COAL_YEARS = [...editionsOf("supply_coal")].reverse();

export function supplyCoalConsumption(year: string): FactorRecord | undefined {
  return factorRecord("supply_coal", "全国", year);
}

/** Regions of the baseline table (西南 is not in it). */
export const BASELINE_REGIONS = keysOf("baseline");
/** The table's edition, said as honestly as the reference allows. */
export const BASELINE_EDITION = editionsOf("baseline")[0];

export function baselineFactors(region: string): { om: FactorRecord; bm: FactorRecord } | undefined {
  const om = factorRecord("baseline", region, BASELINE_EDITION, "om");
  const bm = factorRecord("baseline", region, BASELINE_EDITION, "bm");
  return om && bm ? { om, bm } : undefined;
}

/** Carbon emission reduction facility (碳减排支持工具): share of principal funded and its rate. */
export const FACILITY_SHARE: FactorRecord = requiredRecord("carbon_facility", "share");
export const FACILITY_RATE: FactorRecord = requiredRecord("carbon_facility", "rate");

export function allPowerRecords(): FactorRecord[] {
  return [...factorRecords("supply_coal"), ...factorRecords("baseline")];
}
