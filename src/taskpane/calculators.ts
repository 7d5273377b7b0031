import { greenLoanBenefit, powerCo2Reduction, powerCoalSaved } from "../core/benefits";
import type { Decimal } from "../core/decimal";
import { isFormulaError, Outcome } from "../core/errors";
import { AVERAGE_EDITIONS, REPORTING_EDITIONS } from "../core/factors/electricity";
import { FUELS } from "../core/factors/fuels";
import type { FactorRecord } from "../core/factors/types";
import { financedEmissions } from "../core/financing";
import { parseNumericText } from "../core/numbers";
import { co2FromElectricity, co2FromFuel, co2FromHeat } from "../core/operational";
import { REGIONS } from "../core/regions";
import { offsetsNeeded } from "../core/whatif";
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

export const CALCULATORS: Calculator[] = [
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
      { name: "unit", label: { zh: "单位", en: "Unit" }, kind: "text", options: ["升", "千克", "吨", "立方米", "万m3", "GJ"], optional: true, initial: "立方米" },
      { name: "parameter_set", label: { zh: "参数组", en: "Parameter set" }, kind: "text", options: ["A", "B"], optional: true },
      { name: "density", label: { zh: "密度 kg/L", en: "Density, kg/L" }, kind: "number", optional: true },
    ],
    compute: (v) => {
      const quantity = num(v.quantity);
      if (quantity === undefined || !txt(v.fuel)) return undefined;
      return map(co2FromFuel({ quantity, fuel: v.fuel, unit: txt(v.unit), parameterSet: txt(v.parameter_set), density: num(v.density) }), (c) => result(c.value, "tCO2", c.factors));
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
      { name: "region", label: { zh: "区域电网", en: "Regional grid" }, kind: "text", options: ["华北", "东北", "华东", "华中", "西北", "南方"], initial: "南方" },
      { name: "technology", label: { zh: "技术", en: "Technology" }, kind: "text", options: ["水电", "风电", "光伏", "生物质", "核电"], optional: true, initial: "水电" },
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
