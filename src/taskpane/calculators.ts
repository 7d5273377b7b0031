import { greenLoanBenefit, pollutantReduction, powerCo2Reduction, powerCoalSaved, powerNoxReduction, powerSo2Reduction } from "../core/benefits";
import { dec, Decimal } from "../core/decimal";
import { isFormulaError, Outcome } from "../core/errors";
import { AVERAGE_EDITIONS, REPORTING_EDITIONS } from "../core/factors/electricity";
import { FUELS } from "../core/factors/fuels";
import type { FactorRecord } from "../core/factors/types";
import { attributionFactor, carbonIntensity, coverageRatio, financedEmissions, financedReduction, pcafScore } from "../core/financing";
import { FACTOR_KINDS, lookupFactor } from "../core/lookup";
import { convertUnits, UNITS } from "../core/units";
import { parseNumericText } from "../core/numbers";
import { co2FromElectricity, co2FromFuel, co2FromHeat } from "../core/operational";
import { REGIONS } from "../core/regions";
import { carbonFacilityFunds, carbonFacilitySaving, linkedLoanRate, offsetsNeeded } from "../core/whatif";
import { FUNCTIONS_ZH_CN } from "../i18n/functions.zh-CN";
import type { Bilingual } from "../validation/model";

/**
 * The calculator's forms: each computes with the same core formula the =CARBON function uses,
 * and writes the formula Excel would need for the same figure.
 */
export interface CalculatorParam {
  name: string;
  label: Bilingual;
  kind: "number" | "text";
  options?: string[];
  optional?: boolean;
  initial?: string;
}

export interface CalculatorResult {
  value: Decimal;
  unit: string;
  factors: FactorRecord[];
}

export interface Calculator {
  id: string;
  label: Bilingual;
  params: CalculatorParam[];
  compute(values: Record<string, string>): Outcome<CalculatorResult> | undefined;
}

/** Parameter help in Chinese comes from the functions' zh-CN metadata. */
export function help(id: string, param: string): string | undefined {
  return FUNCTIONS_ZH_CN[id]?.parameters[param];
}

const num = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : parseNumericText(v));
const txt = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());
const result = (value: Decimal, unit: string, factors: FactorRecord[] = []): CalculatorResult => ({ value, unit, factors });

function map<T>(outcome: Outcome<T>, f: (t: T) => CalculatorResult): Outcome<CalculatorResult> {
  return isFormulaError(outcome) ? outcome : f(outcome);
}

const YEARS = [...AVERAGE_EDITIONS, ...REPORTING_EDITIONS];

/** Reads the named number fields; undefined until every required one is filled. */
function numbers(v: Record<string, string>, required: string[]): number[] | undefined {
  const out = required.map((name) => num(v[name]));
  return out.some((n) => n === undefined) ? undefined : (out as number[]);
}

const p = (name: string, zh: string, en: string, initial?: string, optional = false): CalculatorParam => ({
  name,
  label: { zh, en },
  kind: "number",
  initial,
  optional,
});

const EMISSION_CALCULATORS: Calculator[] = [
  {
    id: "CO2_FROM_ELECTRICITY",
    label: { zh: "外购电力排放", en: "CO2 from electricity" },
    params: [
      { name: "kwh", label: { zh: "用电量 kWh", en: "Electricity, kWh" }, kind: "number", initial: "602,333" },
      { name: "region", label: { zh: "地区或电网", en: "Region or grid" }, kind: "text", options: REGIONS.displayNames, optional: true, initial: "南方" },
      { name: "year", label: { zh: "因子年份", en: "Factor year" }, kind: "text", options: YEARS, optional: true, initial: "2012" },
      { name: "green_kwh", label: { zh: "其中绿色电力 kWh", en: "of which green power, kWh" }, kind: "number", optional: true },
    ],
    compute: (v) => {
      const kwh = num(v.kwh);
      if (kwh === undefined) return undefined;
      return map(co2FromElectricity({ kwh, region: txt(v.region), year: txt(v.year), greenKwh: num(v.green_kwh) }), (c) => result(c.value, "tCO2", c.factors));
    },
  },
  {
    id: "CO2_FROM_FUEL",
    label: { zh: "燃料燃烧排放", en: "CO2 from fuel" },
    params: [
      { name: "quantity", label: { zh: "消耗量", en: "Quantity" }, kind: "number", initial: "10,000" },
      { name: "fuel", label: { zh: "燃料", en: "Fuel" }, kind: "text", options: FUELS.map((f) => f.chinese), initial: "天然气" },
      {
        name: "unit",
        label: { zh: "单位", en: "Unit" },
        kind: "text",
        options: ["升", "千克", "吨", "立方米", "万m3", "GJ"],
        optional: true,
        initial: "立方米",
      },
      { name: "parameter_set", label: { zh: "参数组", en: "Parameter set" }, kind: "text", options: ["A", "B"], optional: true },
      { name: "density", label: { zh: "密度 kg/L", en: "Density, kg/L" }, kind: "number", optional: true },
    ],
    compute: (v) => {
      const quantity = num(v.quantity);
      if (quantity === undefined || !txt(v.fuel)) return undefined;
      return map(co2FromFuel({ quantity, fuel: v.fuel, unit: txt(v.unit), parameterSet: txt(v.parameter_set), density: num(v.density) }), (c) =>
        result(c.value, "tCO2", c.factors),
      );
    },
  },
  {
    id: "CO2_FROM_HEAT",
    label: { zh: "外购热力排放", en: "CO2 from purchased heat" },
    params: [
      { name: "gj", label: { zh: "热量 GJ", en: "Heat, GJ" }, kind: "number", initial: "100" },
      { name: "factor", label: { zh: "因子 tCO2/GJ", en: "Factor, tCO2/GJ" }, kind: "number", optional: true },
    ],
    compute: (v) => {
      const gj = num(v.gj);
      if (gj === undefined) return undefined;
      return map(co2FromHeat(gj, num(v.factor)), (c) => result(c.value, "tCO2", c.factors));
    },
  },
  {
    id: "FINANCED_EMISSIONS",
    label: { zh: "投融资碳排放", en: "Financed emissions" },
    params: [
      { name: "emissions", label: { zh: "主体或项目排放 tCO2e", en: "Borrower emissions, tCO2e" }, kind: "number", initial: "10,000" },
      { name: "exposure", label: { zh: "月均融资额", en: "Financing" }, kind: "number", initial: "500" },
      { name: "denominator", label: { zh: "项目总投资或主营业务收入", en: "Total investment or revenue" }, kind: "number", initial: "2,000" },
    ],
    compute: (v) => {
      const [e, x, d] = [num(v.emissions), num(v.exposure), num(v.denominator)];
      if (e === undefined || x === undefined || d === undefined) return undefined;
      return map(financedEmissions(e, x, d), (value) => result(value, "tCO2e"));
    },
  },
  {
    id: "GREEN_LOAN_BENEFIT",
    label: { zh: "绿色贷款环境效益归因", en: "Green-loan benefit" },
    params: [
      { name: "project_benefit", label: { zh: "项目年效益", en: "Project benefit" }, kind: "number", initial: "1,000" },
      { name: "loan_balance", label: { zh: "贷款余额", en: "Loan balance" }, kind: "number", initial: "3,000" },
      { name: "total_investment", label: { zh: "项目总投资", en: "Total investment" }, kind: "number", initial: "10,000" },
    ],
    compute: (v) => {
      const [b, l, t] = [num(v.project_benefit), num(v.loan_balance), num(v.total_investment)];
      if (b === undefined || l === undefined || t === undefined) return undefined;
      return map(greenLoanBenefit(b, l, t), (value) => result(value, ""));
    },
  },
  {
    id: "POWER_COAL_SAVED",
    label: { zh: "清洁电力节约标准煤", en: "Coal saved by clean power" },
    params: [
      { name: "supply_mwh", label: { zh: "上网电量 MWh", en: "Supply, MWh" }, kind: "number", initial: "9,164.9511" },
      { name: "coal_g_per_kwh", label: { zh: "供电煤耗 gce/kWh 或年份", en: "Coal consumption, gce/kWh, or a year" }, kind: "number", initial: "307" },
    ],
    compute: (v) => {
      const [s, c] = [num(v.supply_mwh), num(v.coal_g_per_kwh)];
      if (s === undefined || c === undefined) return undefined;
      return map(powerCoalSaved(s, c), (r) => result(r.value, "tce", r.factors));
    },
  },
  {
    id: "POWER_CO2_REDUCTION",
    label: { zh: "清洁电力二氧化碳减排", en: "CO2 reduced by clean power" },
    params: [
      { name: "supply_mwh", label: { zh: "上网电量 MWh", en: "Supply, MWh" }, kind: "number", initial: "9,164.9511" },
      {
        name: "region",
        label: { zh: "区域电网", en: "Regional grid" },
        kind: "text",
        options: ["华北", "东北", "华东", "华中", "西北", "南方"],
        initial: "南方",
      },
      {
        name: "technology",
        label: { zh: "技术", en: "Technology" },
        kind: "text",
        options: ["水电", "风电", "光伏", "生物质", "核电"],
        optional: true,
        initial: "水电",
      },
    ],
    compute: (v) => {
      const s = num(v.supply_mwh);
      if (s === undefined) return undefined;
      return map(powerCo2Reduction({ supplyMwh: s, region: txt(v.region), technology: txt(v.technology) }), (r) => result(r.value, "tCO2", r.factors));
    },
  },
  {
    id: "OFFSETS_NEEDED",
    label: { zh: "需注销的碳信用", en: "Credits to retire" },
    params: [{ name: "emissions_t", label: { zh: "排放量 tCO2e", en: "Emissions, tCO2e" }, kind: "number", initial: "640.59" }],
    compute: (v) => {
      const e = num(v.emissions_t);
      if (e === undefined) return undefined;
      return map(offsetsNeeded(e), (value) => result(value, ""));
    },
  },
];

const OTHER_CALCULATORS: Calculator[] = [
  {
    id: "CONVERT_UNIT",
    label: { zh: "单位换算", en: "Unit conversion" },
    params: [
      p("value", "数值", "Value", "1"),
      { name: "from", label: { zh: "原单位", en: "From" }, kind: "text", options: UNITS.displayNames, initial: "亿元" },
      { name: "to", label: { zh: "目标单位", en: "To" }, kind: "text", options: UNITS.displayNames, initial: "万元" },
    ],
    compute: (v) => {
      const value = num(v.value);
      if (value === undefined || !txt(v.from) || !txt(v.to)) return undefined;
      return map(convertUnits(value, v.from, v.to), (r) => result(r.value, v.to, r.factors));
    },
  },
  {
    id: "EMISSION_FACTOR",
    label: { zh: "查因子及出处", en: "Look up a factor and its source" },
    params: [
      { name: "kind", label: { zh: "类别", en: "Kind" }, kind: "text", options: FACTOR_KINDS, initial: "电力" },
      { name: "key", label: { zh: "地区、燃料或项目", en: "Region, fuel or item" }, kind: "text", initial: "贵州" },
      { name: "year", label: { zh: "年份或版本", en: "Year or edition" }, kind: "text", options: YEARS, optional: true },
      { name: "set", label: { zh: "燃料参数组", en: "Fuel parameter set" }, kind: "text", options: ["A", "B"], optional: true },
    ],
    compute: (v) => {
      if (!txt(v.kind) || !txt(v.key)) return undefined;
      return map(lookupFactor(v.kind, v.key, txt(v.year), txt(v.set)), (a) => result(a.value, a.unit, a.records));
    },
  },
  {
    id: "ATTRIBUTION_FACTOR",
    label: { zh: "归因系数", en: "Attribution factor" },
    params: [p("exposure", "融资额", "Financing", "500"), p("denominator", "分母", "Denominator", "2,000")],
    compute: (v) => {
      const n = numbers(v, ["exposure", "denominator"]);
      return n && map(attributionFactor(n[0], n[1]), (value) => result(value, ""));
    },
  },
  {
    id: "FINANCED_REDUCTION",
    label: { zh: "投融资碳减排", en: "Financed reduction" },
    params: [
      p("reduction", "项目减排量 tCO2e", "Project reduction, tCO2e", "800"),
      p("exposure", "融资额", "Financing", "250"),
      p("denominator", "项目总投资", "Total investment", "1,000"),
    ],
    compute: (v) => {
      const n = numbers(v, ["reduction", "exposure", "denominator"]);
      return n && map(financedReduction(n[0], n[1], n[2]), (value) => result(value, "tCO2e"));
    },
  },
  {
    id: "COVERAGE_RATIO",
    label: { zh: "覆盖度", en: "Coverage ratio" },
    params: [p("accounted", "纳入核算的融资", "Financing accounted", "29,800"), p("total", "同口径融资总额", "All financing", "35,000")],
    compute: (v) => {
      const n = numbers(v, ["accounted", "total"]);
      return n && map(coverageRatio(n[0], n[1]), (value) => result(value, ""));
    },
  },
  {
    id: "CARBON_INTENSITY",
    label: { zh: "碳排放强度", en: "Carbon intensity" },
    params: [p("emissions", "归因排放量 tCO2e", "Financed emissions, tCO2e", "74,566.67"), p("exposure", "融资余额（万元）", "Financing (万元)", "29,800")],
    compute: (v) => {
      const n = numbers(v, ["emissions", "exposure"]);
      return n && map(carbonIntensity(n[0], n[1]), (value) => result(value, "tCO2e/万元"));
    },
  },
  {
    id: "PCAF_SCORE",
    label: { zh: "PCAF 数据质量评分", en: "PCAF data-quality score" },
    params: [
      { name: "option", label: { zh: "数据选项", en: "Data option" }, kind: "text", options: ["1a", "1b", "2a", "2b", "3a", "3b", "3c"], initial: "2b" },
    ],
    compute: (v) => (txt(v.option) ? map(pcafScore(v.option), (score) => result(dec(score), "")) : undefined),
  },
  {
    id: "POWER_SO2_REDUCTION",
    label: { zh: "清洁电力二氧化硫减排", en: "SO2 avoided by clean power" },
    params: [
      p("coal_saved_tce", "节约标准煤 tce", "Coal saved, tce", "2,813.64"),
      p("sulfur", "含硫率（比例）", "Sulfur (fraction)", "0.012"),
      p("release_coef", "释放系数", "Release coefficient", "0.85"),
      p("raw_coal_coef", "原煤折标系数", "tce per t raw coal", undefined, true),
    ],
    compute: (v) => {
      const n = numbers(v, ["coal_saved_tce", "sulfur", "release_coef"]);
      return n && map(powerSo2Reduction(n[0], n[1], n[2], num(v.raw_coal_coef)), (r) => result(r.value, "t", r.factors));
    },
  },
  {
    id: "POWER_NOX_REDUCTION",
    label: { zh: "清洁电力氮氧化物减排", en: "NOx avoided by clean power" },
    params: [
      p("coal_saved_tce", "节约标准煤 tce", "Coal saved, tce", "2,813.64"),
      p("nox_kg_per_t", "每吨原煤 NOx（kg）", "NOx per t raw coal, kg", "3.3"),
      p("raw_coal_coef", "原煤折标系数", "tce per t raw coal", undefined, true),
    ],
    compute: (v) => {
      const n = numbers(v, ["coal_saved_tce", "nox_kg_per_t"]);
      return n && map(powerNoxReduction(n[0], n[1], num(v.raw_coal_coef)), (r) => result(r.value, "t", r.factors));
    },
  },
  {
    id: "POLLUTANT_REDUCTION",
    label: { zh: "COD 或氨氮削减", en: "COD or NH3-N removed" },
    params: [
      p("water_t", "处理水量 t", "Water treated, t", "1,000,000"),
      p("conc_before_mg_per_l", "处理前 mg/L", "Before, mg/L", "300"),
      p("conc_after_mg_per_l", "处理后 mg/L", "After, mg/L", "50"),
    ],
    compute: (v) => {
      const n = numbers(v, ["water_t", "conc_before_mg_per_l", "conc_after_mg_per_l"]);
      return n && map(pollutantReduction(n[0], n[1], n[2]), (value) => result(value, "t"));
    },
  },
  {
    id: "CARBON_FACILITY_FUNDS",
    label: { zh: "碳减排支持工具资金", en: "Carbon facility funds" },
    params: [p("eligible_loans", "合格贷款本金", "Eligible loans", "1,000"), p("share", "比例", "Share", undefined, true)],
    compute: (v) => {
      const n = numbers(v, ["eligible_loans"]);
      return n && map(carbonFacilityFunds(n[0], num(v.share)), (value) => result(value, ""));
    },
  },
  {
    id: "CARBON_FACILITY_SAVING",
    label: { zh: "碳减排支持工具节约利息", en: "Carbon facility interest saved" },
    params: [
      p("eligible_loans", "合格贷款本金", "Eligible loans", "1,000"),
      p("funding_rate", "本行资金成本", "Own funding rate", "3.5%"),
      p("years", "年数", "Years", "1", true),
      p("share", "比例", "Share", undefined, true),
      p("facility_rate", "工具利率", "Facility rate", undefined, true),
    ],
    compute: (v) => {
      const n = numbers(v, ["eligible_loans", "funding_rate"]);
      return n && map(carbonFacilitySaving(n[0], n[1], num(v.years), num(v.share), num(v.facility_rate)), (value) => result(value, ""));
    },
  },
  {
    id: "LINKED_LOAN_RATE",
    label: { zh: "挂钩贷款利率", en: "Linked-loan rate" },
    params: [
      p("base_rate", "基准利率", "Base rate", "4.35%"),
      p("actual", "实际值", "Actual KPI", "0.875"),
      p("target", "目标值", "Target KPI", "1"),
      p("step_bp", "每 1% 调整 bp", "Step, bp", "5"),
      p("max_bp", "最大调整 bp", "Cap, bp", "30", true),
    ],
    compute: (v) => {
      const n = numbers(v, ["base_rate", "actual", "target", "step_bp"]);
      return n && map(linkedLoanRate(n[0], n[1], n[2], n[3], num(v.max_bp)), (value) => result(value, ""));
    },
  },
];

/** Every function the calculator offers, in the order the form lists them. */
export const CALCULATORS: Calculator[] = [...EMISSION_CALCULATORS, ...OTHER_CALCULATORS];

/** The formula that gives the same figure in a cell; trailing empty optional arguments are left out. */
export function formulaFor(calculator: Calculator, values: Record<string, string>): string {
  const args = calculator.params.map((p) => {
    const v = values[p.name]?.trim() ?? "";
    if (v === "") return "";
    if (p.kind === "number") return String(parseNumericText(v) ?? v);
    return /^-?\d+(\.\d+)?$/.test(v) ? v : `"${v.replace(/"/g, '""')}"`;
  });
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `=CARBON.${calculator.id}(${args.join(",")})`;
}
