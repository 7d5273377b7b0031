/*
 * The =CARBON.* functions as Excel registers them. custom-functions-metadata-plugin reads the
 * JSDoc below to generate functions.json and adds the CustomFunctions.associate calls.
 * Ids and parameter meanings are stored in users' workbooks: never change them once released.
 * The logic lives in ./operational (same code as the CLI); these wrappers only adapt to Excel.
 */
import "./outside-office";
import { runForExcel } from "./excel";
import * as op from "./operational";

/* eslint-disable @typescript-eslint/no-explicit-any */

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
 * @param kind 电力 electricity, 电力不含市场化非化石 electricity_excl_market, 化石能源电力 electricity_fossil, 燃料 fuel, 热力 heat, 密度 density, 折标系数 conversion.
 * @param key Region or province for electricity (全国, 南方, 贵州); fuel name for fuel and density; 电力, 原煤 or 标准煤热值 for conversion.
 * @param [year] Data year or edition (2023, 2022, 2021, 2012; reporting 2023-2025, 2021-2022, pre-2021). Default the newest.
 * @param [set] Fuel parameter set A or B.
 * @returns Factor value (kgCO2/kWh for electricity, tCO2/t or tCO2/10^4 Nm3 for fuels, tCO2/GJ for heat, kg/L for density).
 */
export function emissionFactor(kind: any[][], key: any[][], year?: any[][], set?: any[][]): any[][] {
  return runForExcel(op.EMISSION_FACTOR, [kind, key, year, set]);
}

/**
 * Citation of a bundled factor: value, unit, issuing body, document number, date and verification mark.
 * @customfunction FACTOR_SOURCE
 * @param kind Same as EMISSION_FACTOR: 电力 electricity, 燃料 fuel, 热力 heat, 密度 density, 折标系数 conversion, ...
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
