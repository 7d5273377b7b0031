import { CITATIONS } from "./citations";
import type { FactorRecord } from "./types";

/** Purchased steam and hot water (外购热力): 0.11 tCO2/GJ. */
export const PURCHASED_HEAT: FactorRecord = {
  value: "0.11",
  unit: "tCO2/GJ",
  verification: "verified",
  citation: CITATIONS.purchasedHeat,
  edition: "公共建筑指南",
  csv: { category: "heat", key: "purchased_heat_EF", region: "", year: "" },
};

/** Electricity to standard coal, equivalent value (当量值): 0.1229 kgce/kWh. */
export const ELECTRICITY_TO_COAL: FactorRecord = {
  value: "0.1229",
  unit: "kgce/kWh",
  verification: "verified-secondary",
  citation: CITATIONS.gbt2589,
  edition: "GB/T 2589",
  csv: { category: "conversion", key: "electricity_to_standard_coal", region: "", year: "" },
};

/** Raw coal to standard coal: 0.7143 kgce/kg. */
export const RAW_COAL_TO_COAL: FactorRecord = {
  value: "0.7143",
  unit: "kgce/kg",
  verification: "verified-secondary",
  citation: CITATIONS.gbt2589,
  edition: "GB/T 2589",
  csv: { category: "conversion", key: "raw_coal_to_standard_coal", region: "", year: "" },
};

/** Low heating value of standard coal: 29.307 MJ/kgce (= GJ/tce). */
export const STANDARD_COAL_LHV: FactorRecord = {
  value: "29.307",
  unit: "MJ/kgce",
  verification: "verified-secondary",
  citation: CITATIONS.greenCredit2013,
  edition: "2013",
  csv: { category: "conversion", key: "standard_coal_LHV", region: "", year: "" },
};

export const CONVERSIONS: FactorRecord[] = [ELECTRICITY_TO_COAL, RAW_COAL_TO_COAL, STANDARD_COAL_LHV];
