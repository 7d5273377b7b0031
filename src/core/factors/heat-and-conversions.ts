import { factorRecords, requiredRecord } from "./data";
import type { FactorRecord } from "./types";

/** Heat and standard-coal conversions, from data/factors.json. */

/** Purchased steam and hot water (外购热力): 0.11 tCO2/GJ. */
export const PURCHASED_HEAT: FactorRecord = requiredRecord("heat", "purchased_heat");

/** Electricity to standard coal, equivalent value (当量值): 0.1229 kgce/kWh. */
export const ELECTRICITY_TO_COAL: FactorRecord = requiredRecord("conversion", "electricity");

/** Raw coal to standard coal: 0.7143 kgce/kg. */
export const RAW_COAL_TO_COAL: FactorRecord = requiredRecord("conversion", "raw_coal");

/** Low heating value of standard coal: 29.307 MJ/kgce (= GJ/tce). */
export const STANDARD_COAL_LHV: FactorRecord = requiredRecord("conversion", "standard_coal_lhv");

export const CONVERSIONS: FactorRecord[] = factorRecords("conversion");
