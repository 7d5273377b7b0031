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

/**
 * Which regional grid a province belonged to in the baseline editions, as the NDRC/MEE notices' grid definitions
 * are usually read (四川 and 重庆 in 华中, unlike the MEE/NBS average tables that have a 西南 grid). Not confirmed
 * from a copy of the notice: used only to name the grid in a message, never to compute.
 */
export const BASELINE_GRID_OF_PROVINCE_UNVERIFIED: Record<string, string> = {
  北京: "华北",
  天津: "华北",
  河北: "华北",
  山西: "华北",
  山东: "华北",
  内蒙古: "华北 (蒙西) or 东北 (蒙东)",
  辽宁: "东北",
  吉林: "东北",
  黑龙江: "东北",
  上海: "华东",
  江苏: "华东",
  浙江: "华东",
  安徽: "华东",
  福建: "华东",
  河南: "华中",
  湖北: "华中",
  湖南: "华中",
  江西: "华中",
  四川: "华中",
  重庆: "华中",
  陕西: "西北",
  甘肃: "西北",
  青海: "西北",
  宁夏: "西北",
  新疆: "西北",
  广东: "南方",
  广西: "南方",
  云南: "南方",
  贵州: "南方",
  海南: "南方",
};

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
