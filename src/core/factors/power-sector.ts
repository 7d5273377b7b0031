import { CITATIONS } from "./citations";
import { NOT_IN_CSV } from "./types";
import type { Citation, FactorRecord, Verification } from "./types";

/**
 * Power-sector parameters for green-loan benefits (绿色信贷项目节能减排量测算指引):
 * national thermal-power supply coal consumption, and the regional grid baseline factors (OM/BM)
 * for emission reductions of clean power. Baseline factors are not the average factors in
 * ./electricity: reductions use baselines, a bank's own electricity uses averages.
 */

type CoalEntry = [value: string, verification: Verification, citation: Citation];

/** 全国火电平均供电标准煤耗, gce/kWh, by year. Only the years the reference supports are bundled. */
const SUPPLY_COAL_CONSUMPTION: Record<string, CoalEntry> = {
  "2005": ["370", "derived", CITATIONS.coalRetrofitPlan],
  "2010": ["333", "derived", CITATIONS.coalRetrofitPlan],
  "2015": ["315.4", "derived", CITATIONS.coalRetrofitPlan],
  "2020": ["305.5", "verified-secondary", CITATIONS.coalRetrofitPlan],
  "2024": ["302.4", "verified-secondary", CITATIONS.cecAnnualReport2025],
};

export const SUPPLY_COAL_YEARS = Object.keys(SUPPLY_COAL_CONSUMPTION);

export function supplyCoalConsumption(year: string): FactorRecord | undefined {
  const entry = SUPPLY_COAL_CONSUMPTION[year];
  if (!entry) return undefined;
  return {
    value: entry[0],
    unit: "gce/kWh",
    verification: entry[1],
    citation: entry[2],
    edition: year,
    csv: { category: "coal_consumption", key: "thermal_power_supply_coal_consumption", region: "全国", year },
  };
}

/** Regional grid baseline factors, tCO2/MWh: [OM, BM]. 西南 is not in the table. */
const BASELINE: Record<string, [om: string, bm: string]> = {
  华北: ["0.9419", "0.4819"],
  东北: ["1.0826", "0.2399"],
  华东: ["0.7921", "0.3870"],
  华中: ["0.8587", "0.2854"],
  西北: ["0.8922", "0.4407"],
  南方: ["0.8042", "0.2135"],
};

export const BASELINE_REGIONS = Object.keys(BASELINE);
/** The table's edition, said as honestly as the reference allows. */
export const BASELINE_EDITION = "OM/BM (year unverified; believed 2019)";

export function baselineFactors(region: string): { om: FactorRecord; bm: FactorRecord } | undefined {
  const entry = BASELINE[region];
  if (!entry) return undefined;
  const record = (value: string, key: string): FactorRecord => ({
    value,
    unit: "tCO2/MWh",
    verification: "verified-secondary",
    citation: CITATIONS.baselineGrid,
    edition: BASELINE_EDITION,
    csv: { category: "grid_baseline_cdm", key, region, year: "2019 (year unverified)" },
  });
  return { om: record(entry[0], "EF_grid_OM"), bm: record(entry[1], "EF_grid_BM") };
}

/** Carbon emission reduction facility (碳减排支持工具): share of principal funded and its rate. */
export const FACILITY_SHARE: FactorRecord = {
  value: "0.6",
  unit: "fraction of loan principal",
  verification: "verified-secondary",
  citation: CITATIONS.carbonReductionFacility,
  edition: "2021",
  csv: NOT_IN_CSV,
};

export const FACILITY_RATE: FactorRecord = {
  value: "0.0175",
  unit: "per year",
  verification: "verified-secondary",
  citation: CITATIONS.carbonReductionFacility,
  edition: "2021",
  csv: NOT_IN_CSV,
};

export function allPowerRecords(): FactorRecord[] {
  return [
    ...SUPPLY_COAL_YEARS.map((year) => supplyCoalConsumption(year)!),
    ...BASELINE_REGIONS.flatMap((region) => {
      const { om, bm } = baselineFactors(region)!;
      return [om, bm];
    }),
  ];
}
