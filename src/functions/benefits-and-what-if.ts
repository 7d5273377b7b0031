import { isFormulaError } from "../core/errors";
import { greenLoanBenefit, pollutantReduction, powerCo2Reduction, powerCoalSaved, powerNoxReduction, powerSo2Reduction } from "../core/benefits";
import { carbonFacilityFunds, carbonFacilitySaving, linkedLoanRate, offsetsNeeded } from "../core/whatif";
import { defineFunction, num, optNum, optText } from "./define";

/** Green-loan environmental benefits (绿色信贷节能减排量) and what-if helpers. */

export const GREEN_LOAN_BENEFIT = defineFunction(
  "GREEN_LOAN_BENEFIT",
  [
    { name: "project_benefit", kind: "number" },
    { name: "loan_balance", kind: "number" },
    { name: "total_investment", kind: "number" },
  ],
  ([benefit, loan, investment]) => greenLoanBenefit(num(benefit), num(loan), num(investment)),
);

export const POWER_COAL_SAVED = defineFunction(
  "POWER_COAL_SAVED",
  [
    { name: "supply_mwh", kind: "number", unit: "MWh" },
    { name: "coal_g_per_kwh", kind: "numberOrText", unit: "gce/kWh" },
  ],
  ([supply, coal]) => {
    const result = powerCoalSaved(num(supply), coal as number | string);
    return isFormulaError(result) ? result : result.value;
  },
);

export const POWER_CO2_REDUCTION = defineFunction(
  "POWER_CO2_REDUCTION",
  [
    { name: "supply_mwh", kind: "number", unit: "MWh" },
    { name: "region", kind: "text" },
    { name: "technology", kind: "text", optional: true },
    { name: "om", kind: "number", optional: true, unit: "tCO2/MWh" },
    { name: "bm", kind: "number", optional: true, unit: "tCO2/MWh" },
  ],
  ([supply, region, technology, om, bm]) => {
    const result = powerCo2Reduction({ supplyMwh: num(supply), region: optText(region), technology: optText(technology), om: optNum(om), bm: optNum(bm) });
    return isFormulaError(result) ? result : result.value;
  },
);

export const POWER_SO2_REDUCTION = defineFunction(
  "POWER_SO2_REDUCTION",
  [
    { name: "coal_saved_tce", kind: "number", unit: "tce" },
    { name: "sulfur", kind: "number" },
    { name: "release_coef", kind: "number" },
    { name: "raw_coal_coef", kind: "number", optional: true },
  ],
  ([coal, sulfur, release, raw]) => {
    const result = powerSo2Reduction(num(coal), num(sulfur), num(release), optNum(raw));
    return isFormulaError(result) ? result : result.value;
  },
);

export const POWER_NOX_REDUCTION = defineFunction(
  "POWER_NOX_REDUCTION",
  [
    { name: "coal_saved_tce", kind: "number", unit: "tce" },
    { name: "nox_kg_per_t", kind: "number" },
    { name: "raw_coal_coef", kind: "number", optional: true },
  ],
  ([coal, nox, raw]) => {
    const result = powerNoxReduction(num(coal), num(nox), optNum(raw));
    return isFormulaError(result) ? result : result.value;
  },
);

export const POLLUTANT_REDUCTION = defineFunction(
  "POLLUTANT_REDUCTION",
  [
    { name: "water_t", kind: "number" },
    { name: "conc_before_mg_per_l", kind: "number", unit: "mg/L" },
    { name: "conc_after_mg_per_l", kind: "number", unit: "mg/L" },
  ],
  ([water, before, after]) => pollutantReduction(num(water), num(before), num(after)),
);

export const CARBON_FACILITY_FUNDS = defineFunction(
  "CARBON_FACILITY_FUNDS",
  [
    { name: "eligible_loans", kind: "number" },
    { name: "share", kind: "number", optional: true },
  ],
  ([loans, share]) => carbonFacilityFunds(num(loans), optNum(share)),
);

export const CARBON_FACILITY_SAVING = defineFunction(
  "CARBON_FACILITY_SAVING",
  [
    { name: "eligible_loans", kind: "number" },
    { name: "funding_rate", kind: "number" },
    { name: "years", kind: "number", optional: true },
    { name: "share", kind: "number", optional: true },
    { name: "facility_rate", kind: "number", optional: true },
  ],
  ([loans, rate, years, share, facility]) => carbonFacilitySaving(num(loans), num(rate), optNum(years), optNum(share), optNum(facility)),
);

export const LINKED_LOAN_RATE = defineFunction(
  "LINKED_LOAN_RATE",
  [
    { name: "base_rate", kind: "number" },
    { name: "actual", kind: "number" },
    { name: "target", kind: "number" },
    { name: "step_bp", kind: "number", unit: "bp" },
    { name: "max_bp", kind: "number", optional: true, unit: "bp" },
  ],
  ([base, actual, target, step, max]) => linkedLoanRate(num(base), num(actual), num(target), num(step), optNum(max)),
);

export const OFFSETS_NEEDED = defineFunction(
  "OFFSETS_NEEDED",
  [
    { name: "emissions_t", kind: "number", unit: "tCO2e" },
    { name: "unit_t", kind: "number", optional: true, unit: "tCO2e" },
  ],
  ([emissions, unit]) => offsetsNeeded(num(emissions), optNum(unit)),
);

export const BENEFIT_FUNCTIONS = [
  GREEN_LOAN_BENEFIT,
  POWER_COAL_SAVED,
  POWER_CO2_REDUCTION,
  POWER_SO2_REDUCTION,
  POWER_NOX_REDUCTION,
  POLLUTANT_REDUCTION,
  CARBON_FACILITY_FUNDS,
  CARBON_FACILITY_SAVING,
  LINKED_LOAN_RATE,
  OFFSETS_NEEDED,
];
