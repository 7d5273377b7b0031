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

/**
 * Carbon emission reduction facility (碳减排支持工具): share of principal funded (60 %, not restated since 2021)
 * and its rate, by the date each took effect (1.75 % from 2021-11-08, 1.5 % from 2025-05-07, 1.25 % from 2026-01-15).
 */
export const FACILITY_SHARE: FactorRecord = requiredRecord("carbon_facility", "share");
/** The rate in force now: the newest. */
export const FACILITY_RATE: FactorRecord = requiredRecord("carbon_facility", "rate");
/** The facility started on its oldest rate's date. */
export const FACILITY_START = editionsOf("carbon_facility").at(-1)!;

/** The rate in force on an ISO date, or undefined before the facility started. */
export function facilityRateOn(date: string): FactorRecord | undefined {
  const edition = editionsOf("carbon_facility").find((from) => from <= date && factorRecord("carbon_facility", "rate", from));
  return edition === undefined ? undefined : factorRecord("carbon_facility", "rate", edition);
}

export function allPowerRecords(): FactorRecord[] {
  return [...factorRecords("supply_coal"), ...factorRecords("baseline")];
}
