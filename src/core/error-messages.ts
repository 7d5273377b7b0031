import type { Bilingual } from "./messages";

/**
 * The words of every error a formula returns, keyed by what went wrong. Each names the parameter and,
 * where it has one, its unit; lists of accepted values are appended by the caller (they are data).
 */

const b = (zh: string, en: string): Bilingual => ({ zh, en });

export const ERRORS = {
  "argument.negative": (parameter: string, unit: string) => b(`${parameter} 须为不小于 0 的数（${unit}）`, `${parameter} must be a number ≥ 0 in ${unit}`),
  "argument.not-positive": (parameter: string, unit: string) => b(`${parameter} 须大于 0（${unit}）`, `${parameter} must be > 0 in ${unit}`),
  "argument.fraction": (parameter: string, max: number, asPercent: string, asFraction: string) =>
    b(
      `${parameter} 为比例，须在 0 到 ${max} 之间（${asPercent} 即 ${asFraction}）`,
      `${parameter} is a fraction between 0 and ${max} (${asPercent} = ${asFraction})`,
    ),

  "argument.date": (parameter: string, text: string) =>
    b(
      `${parameter} 须为日期（日期单元格，或 2026-03-01、2026年3月1日），收到 ${text}`,
      `${parameter} must be a date (a date cell, or 2026-03-01), got ${text}`,
    ),
  "facility.before-start": (date: string, start: string) =>
    b(`碳减排支持工具 ${start} 起设立，${date} 时尚无利率`, `the carbon reduction facility started on ${start}: no rate on ${date}`),
  "facility.no-amount": () => b("amounts 合计须大于 0", "the amounts must sum to more than 0"),

  "electricity.region": (text: string) => b(`region：无法识别“${text}”`, `unknown region "${text}"`),
  "electricity.no-default": (region: string) =>
    b(`${region} 没有经核实的平均排放因子可作默认值，请填写 year`, `${region} has no verified average factor to default to; give year`),
  "electricity.reporting-national": (year: string) =>
    b(`year：${year} 是全国电网报告因子，只适用于 全国`, `year ${year} is a national reporting factor; use region 全国`),
  "electricity.year": (year: string) => b(`year：无法识别“${year}”`, `unknown factor year "${year}"`),
  "electricity.year-region": (region: string, year: string) =>
    b(`year：${region} 没有 ${year} 年的平均排放因子`, `year: no ${year} average factor is published for ${region}`),
  "electricity.green-exceeds": () => b("green_kwh 不能大于 kwh", "green_kwh cannot exceed kwh"),
  "electricity.factor-range": (max: number) =>
    b(`region 作为排放因子须在 0 到 ${max} kgCO2/kWh 之间`, `a numeric region is a factor in kgCO2/kWh, between 0 and ${max}`),

  "electricity.method": (text: string) => b(`method：无法识别“${text}”`, `unknown method "${text}"`),
  "fuel.unknown": (text: string) => b(`fuel：无法识别燃料“${text}”`, `unknown fuel "${text}"`),
  "fuel.set": (text: string) => b(`parameter_set：无法识别“${text}”`, `unknown parameter set "${text}"`),
  "fuel.set-lacks": (set: string, fuel: Bilingual) => b(`参数组 ${set} 没有${fuel.zh}的参数`, `parameter set ${set} has no values for ${fuel.en}`),
  "fuel.only-unverified": (fuel: Bilingual, sets: string) =>
    b(
      `${fuel.zh}只有未经核实的参数（参数组 ${sets}），不作默认值；如确需使用，请明确填写 parameter_set`,
      `${fuel.en} has only unverified parameters (set ${sets}); give parameter_set explicitly to use them`,
    ),
  "fuel.density": () => b("density 须大于 0（kg/L）", "density must be > 0 in kg/L"),
  "fuel.density-needed": (fuel: Bilingual) => b(`${fuel.zh}按体积计量时须给出 density（kg/L）`, `${fuel.en} by volume needs the density argument in kg/L`),
  "fuel.gas-unit": (fuel: Bilingual) => b(`${fuel.zh}按体积计量：unit 可选 m3, 万m3, GJ`, `${fuel.en} is measured by volume: unit m3, 万m3 or GJ`),
  "fuel.unit": (unit: string) => b(`unit：${unit} 不适用于燃料`, `unit ${unit} does not measure a fuel`),
  "heat.factor": () => b("factor 须大于 0（tCO2/GJ）", "factor must be > 0 in tCO2/GJ"),

  "units.unknown": (parameter: string, text: string) => b(`${parameter}：无法识别单位“${text}”`, `unknown unit "${text}"`),
  "units.dimension": (from: Bilingual, to: Bilingual) => b(`不能在${from.zh}与${to.zh}之间换算`, `cannot convert ${from.en} to ${to.en}`),

  "lookup.kind": (kind: string) => b(`kind：未知因子类别“${kind}”`, `unknown factor kind "${kind}"`),
  "lookup.national-only": (name: string) => b(`key：${name}只有全国值`, `${name} is published for 全国 only`),
  "lookup.no-edition": (name: string, year: string) => b(`${name}没有 ${year} 年的值`, `no ${year} value for ${name}`),
  "lookup.baseline-key": (key: string) => b(`key：基准线排放因子表中没有“${key}”`, `no baseline factors for "${key}"`),
  "lookup.density": (key: string) => b(`key：没有“${key}”的默认密度`, `no default density for "${key}"`),
  "lookup.conversion": (key: string) => b(`key：未知折标系数“${key}”`, `unknown conversion "${key}"`),
  "lookup.supply-coal-national": () => b("key：供电标准煤耗只有全国值", "supply coal consumption is national only; key 全国"),
  "lookup.supply-coal-year": (year: string) => b(`没有 ${year} 年有出处的供电标准煤耗`, `no sourced value for ${year}`),
  "lookup.facility-key": (key: string) => b(`key：未知项“${key}”`, `unknown key "${key}"`),

  "benefits.coal-year": (year: string) =>
    b(`coal_g_per_kwh：${year} 年没有可核实的全国供电标准煤耗`, `coal_g_per_kwh: no sourced national supply coal consumption for ${year}`),
  "benefits.coal-value": () => b("coal_g_per_kwh 须为供电煤耗（gce/kWh，如 305.5）或年份", "coal_g_per_kwh must be gce/kWh (e.g. 305.5) or a year"),
  "benefits.technology": (text: string) => b(`technology：无法识别“${text}”`, `unknown technology "${text}"`),
  "benefits.margin-range": (parameter: string) => b(`${parameter} 须为 0 到 3 tCO2/MWh`, `${parameter} must be between 0 and 3 tCO2/MWh`),
  "benefits.baseline-region": (region: string) => b(`region：基准线排放因子表中没有“${region}”`, `no baseline factors for region "${region}"`),
  "benefits.baseline-province": (province: string, grid: string) =>
    b(
      `region：${province} 是省份，基准线排放因子按区域电网发布；${province} 通常属于 ${grid} 区域电网（归属未经核实），请填写该电网，或给出 om 和 bm`,
      `region: ${province} is a province, and baseline factors are published by regional grid; ${province} is usually in the ${grid} grid (membership unverified): give that grid, or om and bm`,
    ),
  "benefits.baseline-grid-missing": (grid: string, edition: string) =>
    b(`region：${grid} 不在基准线排放因子表（${edition}）中，请给出 om 和 bm`, `region: ${grid} is not in the baseline table (${edition}): give om and bm`),
  "benefits.raw-coal-coef": (standard: string) =>
    b(`raw_coal_coef 为每吨原煤折标准煤吨数，应不大于 1（默认 ${standard}）`, `raw_coal_coef is tce per t of raw coal, at most 1 (default ${standard})`),
  "benefits.nox": () => b("nox_kg_per_t 为每吨原煤排放千克数（如 3.3）", "nox_kg_per_t is kg per t of raw coal (e.g. 3.3)"),
  "benefits.concentrations": () => b("conc_after_mg_per_l 不能高于 conc_before_mg_per_l", "conc_after_mg_per_l cannot exceed conc_before_mg_per_l"),

  "cell.smaller-range": (parameter: string) =>
    b(`${parameter} 的区域比其他参数小，此处无对应值`, `${parameter} is a smaller range than the others: no value here`),
  "cell.empty": (parameter: string, what: string) => b(`${parameter} 为空，请填写${what}`, `${parameter} is empty`),
  "cell.not-finite": (parameter: string, value: string) =>
    b(`${parameter} 须为有限的数字，收到 ${value}`, `${parameter} must be a finite number, got ${value}`),
  "cell.not-number": (parameter: string, unit: string, value: string) =>
    b(`${parameter} 须为数字${unit}，收到 ${value}`, `${parameter} must be a number, got ${value}`),
  "cell.logical": (parameter: string, value: string) => b(`${parameter} 不能为逻辑值 ${value}`, `${parameter} cannot be ${value}`),
  "cell.not-text": (parameter: string, value: string) => b(`${parameter} 须为文本，收到 ${value}`, `${parameter} must be text, got ${value}`),
  "cell.not-boolean": (parameter: string) => b(`${parameter} 须为 TRUE 或 FALSE`, `${parameter} must be TRUE or FALSE`),
  "cell.beyond-excel": () => b("结果超出 Excel 的数值范围", "the result is beyond Excel's number range"),
  "cell.range-sizes": (names: string[]) => b(`${names.join(" 与 ")} 的单元格数须相同`, `${names.join(" and ")} must have the same number of cells`),

  "financing.coverage": () => b("accounted 不能大于 total", "accounted cannot exceed total"),
  "financing.pcaf-option": (option: string) => b(`option：无法识别 PCAF 数据质量选项“${option}”`, `unknown PCAF data-quality option "${option}"`),
  "financing.asset-class": (text: string) => b(`asset_class：无法识别资产类别“${text}”`, `unknown asset class "${text}"`),
  "financing.score-range": (row: number) => b(`scores 第 ${row} 行须为 1 到 5`, `scores row ${row} must be between 1 and 5`),
  "financing.exposures-zero": () => b("exposures 合计须大于 0", "the exposures must sum to more than 0"),
} satisfies Record<string, (...args: never[]) => Bilingual>;
