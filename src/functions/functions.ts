/*
 * The =CARBON.* functions as Excel registers them. custom-functions-metadata-plugin reads the
 * JSDoc below to generate functions.json and adds the CustomFunctions.associate calls.
 * Ids and parameter meanings are stored in users' workbooks: never change them once released.
 * The formulas live in core; ./operational, ./financing and ./benefits-and-what-if define each function's
 * parameters over them (the same definitions the CLI's `fn` and the pane's calculator run); these entry
 * points only adapt them to Excel.
 */
import "./outside-office";
import { runForExcel } from "./excel";
import * as benefit from "./benefits-and-what-if";
import * as fin from "./financing";
import * as op from "./operational";

// Parameters are any[][]: Excel passes numbers, text, logicals or blanks, in ranges; ./coerce reads them.

/**
 * CO2 from purchased electricity (scope 2), tCO2. Uses the official MEE/NBS average grid factors by year, regional grid or province.
 * @customfunction CO2_FROM_ELECTRICITY
 * @param kwh Electricity consumed, kWh (a range gives one result per cell).
 * @param [region] 全国 (default), a regional grid (华北 东北 华东 华中 西北 南方 西南) or a province (贵州, 贵州省, Guizhou); or a factor in kgCO2/kWh.
 * @param [year] Data year of the factor table: 2023 (default, newest), 2022, 2021, or 2012 (regional grids). For 全国 also the reporting factors 2023-2025 (0.5703), 2021-2022 (0.5810), pre-2021 (0.6101).
 * @param [green_kwh] Purchased green electricity within kwh, kWh: counted as zero; the rest uses the national factor excluding market-traded non-fossil power.
 * @returns Emissions in tCO2.
 */
export function co2FromElectricity(kwh: any[][], region?: any[][], year?: any[][], green_kwh?: any[][]): any[][] {
  return runForExcel(op.CO2_FROM_ELECTRICITY, [kwh, region, year, green_kwh]);
}

/**
 * CO2 from burning a fuel, tCO2 = quantity × NCV × carbon content × oxidation × 44/12.
 * @customfunction CO2_FROM_FUEL
 * @param quantity Amount of fuel, in `unit`.
 * @param fuel 汽油 gasoline, 柴油 diesel, 天然气 natural gas, 液化石油气 LPG, 液化天然气 LNG, 原煤 raw coal, 燃料油 fuel oil, 煤油 kerosene (set B also 原油 无烟煤 烟煤 褐煤 焦炭).
 * @param [unit] L/升, kg/千克, t/吨, m3/立方米, 万m3 or GJ. Default t; natural gas m3.
 * @param [parameter_set] A (default: GB/T 2589 NCV with provincial-inventory carbon content) or B (industrial guideline set). Unverified values are used only when chosen here.
 * @param [density] Density for litres, kg/L (a value above 10 is read as kg/m³). Default: gasoline 0.775, diesel 0.845 (GB 17930 / GB 19147 upper limits).
 * @returns Emissions in tCO2.
 */
export function co2FromFuel(quantity: any[][], fuel: any[][], unit?: any[][], parameter_set?: any[][], density?: any[][]): any[][] {
  return runForExcel(op.CO2_FROM_FUEL, [quantity, fuel, unit, parameter_set, density]);
}

/**
 * CO2 from purchased heat (steam, hot water), tCO2 = GJ × factor.
 * @customfunction CO2_FROM_HEAT
 * @param gj Heat purchased, GJ.
 * @param [factor] Emission factor, tCO2/GJ. Default 0.11 (public-building GHG accounting guideline).
 * @returns Emissions in tCO2.
 */
export function co2FromHeat(gj: any[][], factor?: any[][]): any[][] {
  return runForExcel(op.CO2_FROM_HEAT, [gj, factor]);
}

/**
 * The bundled factor value that a calculation uses, in its published unit.
 * @customfunction EMISSION_FACTOR
 * @param kind 电力 electricity, 电力不含市场化非化石 electricity_excl_market, 化石能源电力 electricity_fossil, 燃料 fuel, 热力 heat, 密度 density, 折标系数 conversion, 供电标准煤耗 supply_coal, 电网基准线OM/BM baseline_om/bm, 碳减排支持工具 carbon_facility.
 * @param key Region or province for electricity and baselines (全国, 南方, 贵州); fuel name for fuel and density; 电力, 原煤 or 标准煤热值 for conversion; 比例 or 利率 for the facility.
 * @param [year] Data year or edition (2023, 2022, 2021, 2012; reporting 2023-2025, 2021-2022, pre-2021). Default the newest.
 * @param [set] Fuel parameter set A or B.
 * @returns Factor value in its published unit (kgCO2/kWh electricity, tCO2/t or tCO2/10^4 Nm3 fuels, tCO2/GJ heat, kg/L density, gce/kWh coal, tCO2/MWh baselines).
 */
export function emissionFactor(kind: any[][], key: any[][], year?: any[][], set?: any[][]): any[][] {
  return runForExcel(op.EMISSION_FACTOR, [kind, key, year, set]);
}

/**
 * Citation of a bundled factor: value, unit, issuing body, document number, date and verification mark.
 * @customfunction FACTOR_SOURCE
 * @param kind Same as EMISSION_FACTOR: 电力 electricity, 燃料 fuel, 热力 heat, 密度 density, 折标系数 conversion, 供电标准煤耗, 电网基准线OM/BM, 碳减排支持工具.
 * @param key Region, province, fuel or conversion name.
 * @param [year] Data year or edition. Default the newest.
 * @param [set] Fuel parameter set A or B.
 * @returns One line of text citing the source.
 */
export function factorSource(kind: any[][], key: any[][], year?: any[][], set?: any[][]): any[][] {
  return runForExcel(op.FACTOR_SOURCE, [kind, key, year, set]);
}

/**
 * Converts between units of one kind: money 元 万元 亿元; energy kWh MWh 万kWh GWh MJ GJ TJ; standard coal kgce tce 万tce; mass kg t 万t; volume L m3 万m3.
 * @customfunction CONVERT_UNIT
 * @param value The amount to convert, in `from`.
 * @param from Unit of value, e.g. 万元, kWh, 吨.
 * @param to Target unit. Energy ↔ tce uses 0.1229 kgce/kWh for electricity and 29.307 GJ/tce for heat units.
 * @returns value in `to`.
 */
export function convertUnit(value: any[][], from: any[][], to: any[][]): any[][] {
  return runForExcel(op.CONVERT_UNIT, [value, from, to]);
}

// ---------------------------------------------------------------- financing (投融资活动)

/**
 * Attribution factor = exposure ÷ denominator, capped at 1. PBoC guide: monthly-average financing ÷ total project investment (project) or ÷ operating revenue (non-project). PCAF: ÷ EVIC, total equity + debt, or property value at origination.
 * @customfunction ATTRIBUTION_FACTOR
 * @param exposure The bank's financing: monthly-average balance (PBoC) or outstanding amount (PCAF), any money unit.
 * @param denominator Total project investment, operating revenue, EVIC, equity + debt or property value, same money unit as exposure.
 * @param [cap] TRUE (default) caps the factor at 1; FALSE leaves it uncapped.
 * @returns Attribution factor, a fraction.
 */
export function attributionFactor(exposure: any[][], denominator: any[][], cap?: any[][]): any[][] {
  return runForExcel(fin.ATTRIBUTION_FACTOR, [exposure, denominator, cap]);
}

/**
 * Financed emissions, tCO2e = borrower's or project's emissions × min(1, exposure ÷ denominator). One row per loan: a whole ledger in one formula.
 * @customfunction FINANCED_EMISSIONS
 * @param emissions Emissions of the borrower or project, tCO2e per year.
 * @param exposure The bank's financing (monthly-average balance, PBoC; outstanding amount, PCAF), any money unit.
 * @param denominator PBoC: total project investment (project) or operating revenue (non-project). PCAF: EVIC, equity + debt, property value. Same unit as exposure.
 * @param [cap] TRUE (default) caps attribution at 1; FALSE leaves it uncapped.
 * @returns Attributed emissions, tCO2e.
 */
export function financedEmissions(emissions: any[][], exposure: any[][], denominator: any[][], cap?: any[][]): any[][] {
  return runForExcel(fin.FINANCED_EMISSIONS, [emissions, exposure, denominator, cap]);
}

/**
 * Financed emission reduction, tCO2e = project's reduction × min(1, exposure ÷ denominator).
 * @customfunction FINANCED_REDUCTION
 * @param reduction Emission reduction of the project, tCO2e per year.
 * @param exposure The bank's financing, any money unit.
 * @param denominator Total project investment (PBoC guide) or total equity + debt (PCAF), same unit as exposure.
 * @param [cap] TRUE (default) caps attribution at 1; FALSE leaves it uncapped.
 * @returns Attributed reduction, tCO2e.
 */
export function financedReduction(reduction: any[][], exposure: any[][], denominator: any[][], cap?: any[][]): any[][] {
  return runForExcel(fin.FINANCED_REDUCTION, [reduction, exposure, denominator, cap]);
}

/**
 * Coverage ratio (覆盖度) = financing included in the accounting ÷ all financing of the same scope, by count or balance.
 * @customfunction COVERAGE_RATIO
 * @param accounted Loans (count or balance) included in the carbon accounting.
 * @param total All loans of the same scope, same unit as accounted.
 * @returns Coverage, a fraction (format as %).
 */
export function coverageRatio(accounted: any[][], total: any[][]): any[][] {
  return runForExcel(fin.COVERAGE_RATIO, [accounted, total]);
}

/**
 * Carbon intensity = financed emissions ÷ financing: tCO2e per 万元 when exposure is in 万元 (per 元 when in 元).
 * @customfunction CARBON_INTENSITY
 * @param emissions Financed emissions, tCO2e.
 * @param exposure Financing balance, in the money unit the intensity is quoted per (e.g. 万元).
 * @returns tCO2e per unit of financing.
 */
export function carbonIntensity(emissions: any[][], exposure: any[][]): any[][] {
  return runForExcel(fin.CARBON_INTENSITY, [emissions, exposure]);
}

/**
 * PCAF data-quality score, 1 (best) to 5, for listed equity, business loans and project finance.
 * @customfunction PCAF_SCORE
 * @param option Data option: 1a (verified reported) → 1; 1b, 2a → 2; 2b → 3; 3a → 4; 3b, 3c → 5.
 * @returns Score 1 to 5.
 */
export function pcafScore(option: any[][]): any[][] {
  return runForExcel(fin.PCAF_SCORE, [option]);
}

/**
 * Weighted PCAF data-quality score = Σ(exposure × score) ÷ Σ exposure, as PCAF asks banks to publish.
 * @customfunction PCAF_WEIGHTED_SCORE
 * @param scores Scores 1 to 5 (or options such as 2b), one per loan.
 * @param exposures Outstanding amounts, one per loan, any money unit; same size as scores.
 * @returns Weighted score.
 */
export function pcafWeightedScore(scores: any[][], exposures: any[][]): any[][] {
  return runForExcel(fin.PCAF_WEIGHTED_SCORE, [scores, exposures]);
}

// ---------------------------------------------------------------- green-loan benefits (绿色信贷环境效益)

/**
 * Benefit attributed to the bank's loan = project benefit × min(1, loan balance ÷ total investment) (green-credit energy-saving measurement guideline).
 * @customfunction GREEN_LOAN_BENEFIT
 * @param project_benefit The project's annual benefit: tce saved, tCO2e reduced, t of COD, m3 of water, ...
 * @param loan_balance The bank's loan balance to the project, any money unit.
 * @param total_investment Total project investment, same money unit as loan_balance.
 * @returns The loan's share of the benefit, in the benefit's unit.
 */
export function greenLoanBenefit(project_benefit: any[][], loan_balance: any[][], total_investment: any[][]): any[][] {
  return runForExcel(benefit.GREEN_LOAN_BENEFIT, [project_benefit, loan_balance, total_investment]);
}

/**
 * Standard coal saved by clean power, tce = supply MWh × supply coal consumption gce/kWh ÷ 1000.
 * @customfunction POWER_COAL_SAVED
 * @param supply_mwh Electricity supplied to the grid, MWh (attributed to the loan if you want the loan's share).
 * @param coal_g_per_kwh National thermal-power supply coal consumption, gce/kWh (e.g. 305.5); or a year with a sourced value: 2005, 2010, 2015, 2020, 2024.
 * @returns Standard coal saved, tce.
 */
export function powerCoalSaved(supply_mwh: any[][], coal_g_per_kwh: any[][]): any[][] {
  return runForExcel(benefit.POWER_COAL_SAVED, [supply_mwh, coal_g_per_kwh]);
}

/**
 * CO2 reduction of clean power, tCO2 = supply MWh × (w·OM + (1−w)·BM); w = 0.75 for wind and solar, 0.5 otherwise.
 * @customfunction POWER_CO2_REDUCTION
 * @param supply_mwh Electricity supplied to the grid, MWh.
 * @param region Regional grid of the baseline factors: 华北 东北 华东 华中 西北 南方.
 * @param [technology] 水电 hydro (default), 风电 wind, 光伏 solar, 生物质 biomass, 核电 nuclear.
 * @param [om] Operating-margin factor, tCO2/MWh, to override the bundled table (year unverified, believed 2019).
 * @param [bm] Build-margin factor, tCO2/MWh, to override the bundled table.
 * @returns CO2 reduction, tCO2.
 */
export function powerCo2Reduction(supply_mwh: any[][], region: any[][], technology?: any[][], om?: any[][], bm?: any[][]): any[][] {
  return runForExcel(benefit.POWER_CO2_REDUCTION, [supply_mwh, region, technology, om, bm]);
}

/**
 * SO2 avoided, t = coal saved ÷ raw-coal coefficient × sulfur × 2 × release coefficient.
 * @customfunction POWER_SO2_REDUCTION
 * @param coal_saved_tce Standard coal saved, tce.
 * @param sulfur Sulfur content of raw coal, a fraction (1.2% = 0.012).
 * @param release_coef Share of sulfur released as SO2, a fraction (e.g. 0.85).
 * @param [raw_coal_coef] tce per t of raw coal. Default 0.7143 (GB/T 2589).
 * @returns SO2 avoided, t.
 */
export function powerSo2Reduction(coal_saved_tce: any[][], sulfur: any[][], release_coef: any[][], raw_coal_coef?: any[][]): any[][] {
  return runForExcel(benefit.POWER_SO2_REDUCTION, [coal_saved_tce, sulfur, release_coef, raw_coal_coef]);
}

/**
 * NOx avoided, t = coal saved ÷ raw-coal coefficient × NOx per t of raw coal ÷ 1000.
 * @customfunction POWER_NOX_REDUCTION
 * @param coal_saved_tce Standard coal saved, tce.
 * @param nox_kg_per_t NOx emitted per t of raw coal, kg/t (e.g. 3.3).
 * @param [raw_coal_coef] tce per t of raw coal. Default 0.7143 (GB/T 2589).
 * @returns NOx avoided, t.
 */
export function powerNoxReduction(coal_saved_tce: any[][], nox_kg_per_t: any[][], raw_coal_coef?: any[][]): any[][] {
  return runForExcel(benefit.POWER_NOX_REDUCTION, [coal_saved_tce, nox_kg_per_t, raw_coal_coef]);
}

/**
 * COD or ammonia nitrogen removed, t = water treated (t) × (concentration before − after, mg/L) ÷ 1,000,000.
 * @customfunction POLLUTANT_REDUCTION
 * @param water_t Water treated, t (= m3).
 * @param conc_before_mg_per_l Concentration before treatment, mg/L.
 * @param conc_after_mg_per_l Concentration after treatment, mg/L.
 * @returns Pollutant removed, t.
 */
export function pollutantReduction(water_t: any[][], conc_before_mg_per_l: any[][], conc_after_mg_per_l: any[][]): any[][] {
  return runForExcel(benefit.POLLUTANT_REDUCTION, [water_t, conc_before_mg_per_l, conc_after_mg_per_l]);
}

// ---------------------------------------------------------------- what-if

/**
 * Funds from the PBoC carbon emission reduction facility = eligible loans × share (60 % of principal, 银发〔2021〕278号).
 * @customfunction CARBON_FACILITY_FUNDS
 * @param eligible_loans Principal of eligible carbon-reduction loans, any money unit.
 * @param [share] Share of principal funded, a fraction. Default 0.6.
 * @returns Funds available, in the unit of eligible_loans.
 */
export function carbonFacilityFunds(eligible_loans: any[][], share?: any[][]): any[][] {
  return runForExcel(benefit.CARBON_FACILITY_FUNDS, [eligible_loans, share]);
}

/**
 * Interest saved with the carbon emission reduction facility = funds × (own funding rate − facility rate) × years.
 * @customfunction CARBON_FACILITY_SAVING
 * @param eligible_loans Principal of eligible carbon-reduction loans, any money unit.
 * @param funding_rate The bank's own funding cost, a fraction per year (3.5% = 0.035).
 * @param [years] Years of funding. Default 1.
 * @param [share] Share of principal funded, a fraction. Default 0.6.
 * @param [facility_rate] Facility rate, a fraction per year. Default 0.0175 (1.75 %).
 * @returns Interest saved, in the unit of eligible_loans.
 */
export function carbonFacilitySaving(eligible_loans: any[][], funding_rate: any[][], years?: any[][], share?: any[][], facility_rate?: any[][]): any[][] {
  return runForExcel(benefit.CARBON_FACILITY_SAVING, [eligible_loans, funding_rate, years, share, facility_rate]);
}

/**
 * Sustainability-linked loan rate: falls by step_bp for each full 1 % the KPI (lower is better, e.g. carbon intensity) beats its target, rises likewise when it misses, within ±max_bp.
 * @customfunction LINKED_LOAN_RATE
 * @param base_rate Contract rate before adjustment, a fraction (4.35% = 0.0435).
 * @param actual KPI achieved, e.g. tCO2e per 万元 of revenue.
 * @param target KPI target, same unit as actual.
 * @param step_bp Adjustment per full 1 % of deviation, bp (basis points).
 * @param [max_bp] Largest adjustment either way, bp. Default: no limit.
 * @returns Adjusted rate, a fraction.
 */
export function linkedLoanRate(base_rate: any[][], actual: any[][], target: any[][], step_bp: any[][], max_bp?: any[][]): any[][] {
  return runForExcel(benefit.LINKED_LOAN_RATE, [base_rate, actual, target, step_bp, max_bp]);
}

/**
 * Carbon credits to retire to offset emissions, rounded up (e.g. a carbon-neutral branch).
 * @customfunction OFFSETS_NEEDED
 * @param emissions_t Emissions to offset, tCO2e.
 * @param [unit_t] tCO2e per credit. Default 1.
 * @returns Number of credits.
 */
export function offsetsNeeded(emissions_t: any[][], unit_t?: any[][]): any[][] {
  return runForExcel(benefit.OFFSETS_NEEDED, [emissions_t, unit_t]);
}
