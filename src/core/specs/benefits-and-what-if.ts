import { greenLoanBenefit, pollutantReduction, powerCo2Reduction, powerCoalSaved, powerNoxReduction, powerSo2Reduction } from "../benefits";
import { dec } from "../decimal";
import { RAW_COAL_TO_COAL } from "../factors/heat-and-conversions";
import { editionsOf, factorRecord } from "../factors/data";
import { BASELINE_REGIONS, FACILITY_RATE, FACILITY_SHARE, SUPPLY_COAL_YEARS } from "../factors/power-sector";
import { carbonFacilityFunds, carbonFacilitySaving, linkedLoanRate, offsetsNeeded, weightedRate } from "../whatif";
import { FunctionSpec, ParamSpec, num, optNum, optText } from "./types";

/** Green-loan environmental benefits (绿色信贷节能减排量) and what-if helpers. */

const COAL_SAVED_TCE: ParamSpec = {
  name: "coal_saved_tce",
  kind: "number",
  unit: "tce",
  label: { zh: "节约标准煤 tce", en: "Coal saved, tce" },
  example: "2,813.64",
  help: {
    zh: "节约标准煤，tce。",
    en: "Standard coal saved, tce.",
  },
};

const RAW_COAL_COEF: ParamSpec = {
  name: "raw_coal_coef",
  kind: "number",
  optional: true,
  label: { zh: "原煤折标系数", en: "tce per t raw coal" },
  help: {
    zh: `每吨原煤折标准煤吨数，默认 ${RAW_COAL_TO_COAL.value}（GB/T 2589）。`,
    en: `tce per t of raw coal. Default ${RAW_COAL_TO_COAL.value} (GB/T 2589).`,
  },
};

const ELIGIBLE_LOANS: ParamSpec = {
  name: "eligible_loans",
  kind: "number",
  label: { zh: "合格贷款本金", en: "Eligible loans" },
  example: "1,000",
  help: {
    zh: "合格碳减排贷款本金，任意货币单位。",
    en: "Principal of eligible carbon-reduction loans, any money unit.",
  },
};

const FACILITY_SHARE_PARAM: ParamSpec = {
  name: "share",
  kind: "number",
  optional: true,
  label: { zh: "比例", en: "Share" },
  help: {
    zh: `支持本金的比例。默认 ${FACILITY_SHARE.value}（银发〔2021〕278号；其后所读到的通知未重新说明该比例，如有变化请填写）。`,
    en: `Share of principal funded, a fraction. Default ${FACILITY_SHARE.value} (银发〔2021〕278号; the later notices read do not restate it: give it if it changed).`,
  },
};

/** The facility's rates by the date each took effect, oldest first, from the factor data. */
const RATE_HISTORY = (() => {
  const steps = [...editionsOf("carbon_facility")].reverse().flatMap((from) => {
    const record = factorRecord("carbon_facility", "rate", from);
    return record ? [{ from, percent: dec(record.value).times(100).toString() }] : [];
  });
  return { zh: steps.map((s) => `${s.from} 起 ${s.percent}%`).join("，"), en: steps.map((s) => `${s.percent} % from ${s.from}`).join(", ") };
})();

export const BENEFIT_SPECS: FunctionSpec[] = [
  {
    id: "GREEN_LOAN_BENEFIT",
    title: { zh: "绿色贷款环境效益归因", en: "Green-loan benefit" },
    description: {
      zh: "本行贷款对应的环境效益 = 项目效益 × min(1, 贷款余额 ÷ 项目总投资)（绿色信贷项目节能减排量测算指引）。",
      en: "Benefit attributed to the bank's loan = project benefit × min(1, loan balance ÷ total investment) (green-credit energy-saving measurement guideline).",
    },
    unit: "",
    featured: true,
    params: [
      {
        name: "project_benefit",
        kind: "number",
        label: { zh: "项目年效益", en: "Project benefit" },
        example: "1,000",
        help: {
          zh: "项目年度效益：节约标准煤 tce、减排 tCO2e、COD 吨数、节水 m3 等。",
          en: "The project's annual benefit: tce saved, tCO2e reduced, t of COD, m3 of water, ...",
        },
      },
      {
        name: "loan_balance",
        kind: "number",
        label: { zh: "贷款余额", en: "Loan balance" },
        example: "3,000",
        help: {
          zh: "本行对该项目的贷款余额，任意货币单位。",
          en: "The bank's loan balance to the project, any money unit.",
        },
      },
      {
        name: "total_investment",
        kind: "number",
        label: { zh: "项目总投资", en: "Total investment" },
        example: "10,000",
        help: {
          zh: "项目总投资，与 loan_balance 同一货币单位。",
          en: "Total project investment, same money unit as loan_balance.",
        },
      },
    ],
    evaluate: ([benefit, loan, investment]) => greenLoanBenefit(num(benefit), num(loan), num(investment)),
  },
  {
    id: "POWER_COAL_SAVED",
    title: { zh: "清洁电力节约标准煤", en: "Coal saved by clean power" },
    description: {
      zh: "清洁电力节约标准煤，tce = 上网电量 MWh × 供电标准煤耗 gce/kWh ÷ 1000。",
      en: "Standard coal saved by clean power, tce = supply MWh × supply coal consumption gce/kWh ÷ 1000.",
    },
    unit: "tce",
    featured: true,
    params: [
      {
        name: "supply_mwh",
        kind: "number",
        unit: "MWh",
        label: { zh: "上网电量 MWh", en: "Supply, MWh" },
        example: "9,164.9511",
        help: {
          zh: "上网电量，MWh（如需本行份额，先按贷款归因）。",
          en: "Electricity supplied to the grid, MWh (attributed to the loan if you want the loan's share).",
        },
      },
      {
        name: "coal_g_per_kwh",
        kind: "numberOrText",
        unit: "gce/kWh",
        label: { zh: "供电煤耗 gce/kWh 或年份", en: "Coal consumption, gce/kWh, or a year" },
        example: "307",
        help: {
          zh: `全国火电平均供电标准煤耗，gce/kWh（如 305.5）；或有出处的年份：${SUPPLY_COAL_YEARS.join("、")}。`,
          en: `National thermal-power supply coal consumption, gce/kWh (e.g. 305.5); or a year with a sourced value: ${SUPPLY_COAL_YEARS.join(", ")}.`,
        },
      },
    ],
    evaluate: ([supply, coal]) => powerCoalSaved(num(supply), coal as number | string),
  },
  {
    id: "POWER_CO2_REDUCTION",
    title: { zh: "清洁电力二氧化碳减排", en: "CO2 reduced by clean power" },
    description: {
      zh: "清洁电力二氧化碳减排量，tCO2 = 上网电量 MWh × (w·OM + (1−w)·BM)；风电、光伏 w = 0.75，其他 0.5。",
      en: "CO2 reduction of clean power, tCO2 = supply MWh × (w·OM + (1−w)·BM); w = 0.75 for wind and solar, 0.5 otherwise.",
    },
    unit: "tCO2",
    featured: true,
    params: [
      {
        name: "supply_mwh",
        kind: "number",
        unit: "MWh",
        label: { zh: "上网电量 MWh", en: "Supply, MWh" },
        example: "9,164.9511",
        help: {
          zh: "上网电量，MWh。",
          en: "Electricity supplied to the grid, MWh.",
        },
      },
      {
        name: "region",
        kind: "text",
        label: { zh: "区域电网", en: "Regional grid" },
        example: "南方",
        accepted: BASELINE_REGIONS,
        help: {
          zh: "基准线排放因子所属区域电网：华北 东北 华东 华中 西北 南方。",
          en: "Regional grid of the baseline factors: 华北 东北 华东 华中 西北 南方.",
        },
      },
      {
        name: "technology",
        kind: "text",
        optional: true,
        label: { zh: "技术", en: "Technology" },
        example: "水电",
        accepted: ["水电", "风电", "光伏", "生物质", "核电"],
        help: {
          zh: "水电（默认）、风电、光伏、生物质、核电。",
          en: "水电 hydro (default), 风电 wind, 光伏 solar, 生物质 biomass, 核电 nuclear.",
        },
      },
      {
        name: "om",
        kind: "number",
        unit: "tCO2/MWh",
        optional: true,
        label: { zh: "OM tCO2/MWh", en: "OM, tCO2/MWh" },
        inCalculator: false,
        help: {
          zh: "电量边际排放因子 OM，tCO2/MWh，用于替换内置表（年度未核实，据信为 2019 年度）。",
          en: "Operating-margin factor, tCO2/MWh, to override the bundled table (year unverified, believed 2019).",
        },
      },
      {
        name: "bm",
        kind: "number",
        unit: "tCO2/MWh",
        optional: true,
        label: { zh: "BM tCO2/MWh", en: "BM, tCO2/MWh" },
        inCalculator: false,
        help: {
          zh: "容量边际排放因子 BM，tCO2/MWh，用于替换内置表。",
          en: "Build-margin factor, tCO2/MWh, to override the bundled table.",
        },
      },
    ],
    evaluate: ([supply, region, technology, om, bm]) =>
      powerCo2Reduction({ supplyMwh: num(supply), region: optText(region), technology: optText(technology), om: optNum(om), bm: optNum(bm) }),
  },
  {
    id: "POWER_SO2_REDUCTION",
    title: { zh: "清洁电力二氧化硫减排", en: "SO2 avoided by clean power" },
    description: {
      zh: "二氧化硫减排量，t = 节约标准煤 ÷ 原煤折标系数 × 含硫率 × 2 × 释放系数。",
      en: "SO2 avoided, t = coal saved ÷ raw-coal coefficient × sulfur × 2 × release coefficient.",
    },
    unit: "t",
    params: [
      COAL_SAVED_TCE,
      {
        name: "sulfur",
        kind: "number",
        label: { zh: "含硫率（比例）", en: "Sulfur (fraction)" },
        example: "0.012",
        help: {
          zh: "原煤含硫率，比例（1.2% 即 0.012）。",
          en: "Sulfur content of raw coal, a fraction (1.2% = 0.012).",
        },
      },
      {
        name: "release_coef",
        kind: "number",
        label: { zh: "释放系数", en: "Release coefficient" },
        example: "0.85",
        help: {
          zh: "硫转化为二氧化硫的释放系数，比例（如 0.85）。",
          en: "Share of sulfur released as SO2, a fraction (e.g. 0.85).",
        },
      },
      RAW_COAL_COEF,
    ],
    evaluate: ([coal, sulfur, release, raw]) => powerSo2Reduction(num(coal), num(sulfur), num(release), optNum(raw)),
  },
  {
    id: "POWER_NOX_REDUCTION",
    title: { zh: "清洁电力氮氧化物减排", en: "NOx avoided by clean power" },
    description: {
      zh: "氮氧化物减排量，t = 节约标准煤 ÷ 原煤折标系数 × 每吨原煤氮氧化物排放量 ÷ 1000。",
      en: "NOx avoided, t = coal saved ÷ raw-coal coefficient × NOx per t of raw coal ÷ 1000.",
    },
    unit: "t",
    params: [
      COAL_SAVED_TCE,
      {
        name: "nox_kg_per_t",
        kind: "number",
        label: { zh: "每吨原煤 NOx（kg）", en: "NOx per t raw coal, kg" },
        example: "3.3",
        help: {
          zh: "每吨原煤氮氧化物排放量，kg/t（如 3.3）。",
          en: "NOx emitted per t of raw coal, kg/t (e.g. 3.3).",
        },
      },
      RAW_COAL_COEF,
    ],
    evaluate: ([coal, nox, raw]) => powerNoxReduction(num(coal), num(nox), optNum(raw)),
  },
  {
    id: "POLLUTANT_REDUCTION",
    title: { zh: "COD 或氨氮削减", en: "COD or NH3-N removed" },
    description: {
      zh: "化学需氧量或氨氮削减量，t = 处理水量（t）×（处理前浓度 − 处理后浓度，mg/L）÷ 1,000,000。",
      en: "COD or ammonia nitrogen removed, t = water treated (t) × (concentration before − after, mg/L) ÷ 1,000,000.",
    },
    unit: "t",
    params: [
      {
        name: "water_t",
        kind: "number",
        label: { zh: "处理水量 t", en: "Water treated, t" },
        example: "1,000,000",
        help: {
          zh: "处理水量，t（即 m3）。",
          en: "Water treated, t (= m3).",
        },
      },
      {
        name: "conc_before_mg_per_l",
        kind: "number",
        unit: "mg/L",
        label: { zh: "处理前 mg/L", en: "Before, mg/L" },
        example: "300",
        help: {
          zh: "处理前浓度，mg/L。",
          en: "Concentration before treatment, mg/L.",
        },
      },
      {
        name: "conc_after_mg_per_l",
        kind: "number",
        unit: "mg/L",
        label: { zh: "处理后 mg/L", en: "After, mg/L" },
        example: "50",
        help: {
          zh: "处理后浓度，mg/L。",
          en: "Concentration after treatment, mg/L.",
        },
      },
    ],
    evaluate: ([water, before, after]) => pollutantReduction(num(water), num(before), num(after)),
  },
  {
    id: "CARBON_FACILITY_FUNDS",
    title: { zh: "碳减排支持工具资金", en: "Carbon facility funds" },
    description: {
      zh: `人民银行碳减排支持工具可提供的资金 = 合格贷款本金 × 比例（本金的 ${dec(FACILITY_SHARE.value).times(100)}%，银发〔2021〕278号）。`,
      en: `Funds from the PBoC carbon emission reduction facility = eligible loans × share (${dec(FACILITY_SHARE.value).times(100)} % of principal, 银发〔2021〕278号).`,
    },
    unit: "",
    params: [ELIGIBLE_LOANS, FACILITY_SHARE_PARAM],
    evaluate: ([loans, share]) => carbonFacilityFunds(num(loans), optNum(share)),
  },
  {
    id: "CARBON_FACILITY_SAVING",
    title: { zh: "碳减排支持工具节约利息", en: "Carbon facility interest saved" },
    description: {
      zh: "使用碳减排支持工具节约的利息 = 支持资金 ×（本行资金成本 − 工具利率）× 年数。",
      en: "Interest saved with the carbon emission reduction facility = funds × (own funding rate − facility rate) × years.",
    },
    unit: "",
    params: [
      ELIGIBLE_LOANS,
      {
        name: "funding_rate",
        kind: "number",
        label: { zh: "本行资金成本", en: "Own funding rate" },
        example: "3.5%",
        help: {
          zh: "本行自有资金成本，年利率比例（3.5% 即 0.035）。",
          en: "The bank's own funding cost, a fraction per year (3.5% = 0.035).",
        },
      },
      {
        name: "years",
        kind: "number",
        optional: true,
        label: { zh: "年数", en: "Years" },
        example: "1",
        help: {
          zh: "年数。默认 1。",
          en: "Years of funding. Default 1.",
        },
      },
      FACILITY_SHARE_PARAM,
      {
        name: "facility_rate",
        kind: "number",
        optional: true,
        label: { zh: "工具利率", en: "Facility rate" },
        help: {
          zh: `工具利率，年利率比例。默认为 date 当日适用的利率，无 date 时为现行利率 ${FACILITY_RATE.value}（${dec(FACILITY_RATE.value).times(100)}%，${FACILITY_RATE.edition} 起）。`,
          en: `Facility rate, a fraction per year. Default: the rate in force on date, or without one today's ${FACILITY_RATE.value} (${dec(FACILITY_RATE.value).times(100)} %, from ${FACILITY_RATE.edition}).`,
        },
      },
      {
        name: "date",
        kind: "numberOrText",
        optional: true,
        label: { zh: "贷款日期", en: "Loan date" },
        help: {
          zh: `贷款发放日期（日期单元格或 2026-03-01），取当日适用的工具利率：${RATE_HISTORY.zh}。明确给出 facility_rate 时以其为准。`,
          en: `The loan's date (a date cell or 2026-03-01): the facility rate in force that day: ${RATE_HISTORY.en}. An explicit facility_rate wins.`,
        },
      },
    ],
    evaluate: ([loans, rate, years, share, facility, date]) =>
      carbonFacilitySaving(num(loans), num(rate), optNum(years), optNum(share), optNum(facility), date as number | string | undefined),
  },
  {
    id: "FACILITY_LOAN_REDUCTION",
    title: { zh: "碳减排贷款带动的年减排量", en: "Annual reduction of a facility loan" },
    description: {
      zh: "碳减排支持工具季度披露的贷款带动年度碳减排量，tCO2e = 项目年减排量 × 贷款金额 ÷ 项目总投资。每笔贷款一行。",
      en: "Annual reduction a carbon-facility loan brings about, as the quarterly disclosure asks, tCO2e = project's annual reduction × loan ÷ total project investment. One row a loan.",
    },
    unit: "tCO2e",
    params: [
      {
        name: "project_reduction",
        kind: "number",
        unit: "tCO2e",
        label: { zh: "项目年减排量 tCO2e", en: "Project's annual reduction, tCO2e" },
        example: "12,000",
        help: { zh: "项目年度碳减排量，tCO2e。", en: "The project's annual emission reduction, tCO2e." },
      },
      {
        name: "loan_amount",
        kind: "number",
        label: { zh: "贷款金额", en: "Loan amount" },
        example: "3,000",
        help: { zh: "碳减排贷款金额，任意货币单位。", en: "The carbon-reduction loan, any money unit." },
      },
      {
        name: "total_investment",
        kind: "number",
        label: { zh: "项目总投资", en: "Total investment" },
        example: "10,000",
        help: { zh: "项目总投资，与 loan_amount 同一货币单位。", en: "Total project investment, same money unit as loan_amount." },
      },
    ],
    evaluate: ([reduction, loan, investment]) =>
      greenLoanBenefit(num(reduction), num(loan), num(investment), { benefit: "project_reduction", loan: "loan_amount", investment: "total_investment" }),
  },
  {
    id: "WEIGHTED_RATE",
    title: { zh: "加权平均利率", en: "Loan-weighted average rate" },
    calculator: false,
    description: {
      zh: "按贷款金额加权的平均利率 = Σ(金额 × 利率) ÷ Σ金额（碳减排支持工具季度披露）。两列等长区域；整行为空的行略过。",
      en: "Loan-weighted average rate = Σ(amount × rate) ÷ Σ amount, as the carbon facility's quarterly disclosure asks. Two equal ranges; rows that are wholly empty are skipped.",
    },
    unit: "",
    params: [
      {
        name: "rates",
        kind: "number",
        label: { zh: "利率", en: "Rates" },
        help: { zh: "每笔贷款的年利率，比例（3.5% 即 0.035）。", en: "Each loan's annual rate, a fraction (3.5% = 0.035)." },
      },
      {
        name: "amounts",
        kind: "number",
        label: { zh: "贷款金额", en: "Amounts" },
        help: { zh: "每笔贷款金额，任意货币单位。", en: "Each loan's amount, any money unit." },
      },
    ],
    evaluate: ([rate, amount]) => weightedRate([{ rate: num(rate), amount: num(amount) }]),
    rows: (rows) => weightedRate(rows.map(([rate, amount]) => ({ rate: num(rate), amount: num(amount) }))),
  },
  {
    id: "LINKED_LOAN_RATE",
    title: { zh: "挂钩贷款利率", en: "Linked-loan rate" },
    description: {
      zh: "可持续发展挂钩贷款利率：指标（越低越好，如碳排放强度）每优于目标满 1%，利率下调 step_bp 个基点；未达目标则同样上调；调整不超过 ±max_bp。",
      en: "Sustainability-linked loan rate: falls by step_bp for each full 1 % the KPI (lower is better, e.g. carbon intensity) beats its target, rises likewise when it misses, within ±max_bp.",
    },
    unit: "",
    params: [
      {
        name: "base_rate",
        kind: "number",
        label: { zh: "基准利率", en: "Base rate" },
        example: "4.35%",
        help: {
          zh: "调整前的合同利率，比例（4.35% 即 0.0435）。",
          en: "Contract rate before adjustment, a fraction (4.35% = 0.0435).",
        },
      },
      {
        name: "actual",
        kind: "number",
        label: { zh: "实际值", en: "Actual KPI" },
        example: "0.875",
        help: {
          zh: "实际指标值，如每万元营业收入 tCO2e。",
          en: "KPI achieved, e.g. tCO2e per 万元 of revenue.",
        },
      },
      {
        name: "target",
        kind: "number",
        label: { zh: "目标值", en: "Target KPI" },
        example: "1",
        help: {
          zh: "目标指标值，与 actual 同一单位。",
          en: "KPI target, same unit as actual.",
        },
      },
      {
        name: "step_bp",
        kind: "number",
        unit: "bp",
        label: { zh: "每 1% 调整 bp", en: "Step, bp" },
        example: "5",
        help: {
          zh: "每满 1% 偏离的调整幅度，bp（基点）。",
          en: "Adjustment per full 1 % of deviation, bp (basis points).",
        },
      },
      {
        name: "max_bp",
        kind: "number",
        unit: "bp",
        optional: true,
        label: { zh: "最大调整 bp", en: "Cap, bp" },
        example: "30",
        help: {
          zh: "单向最大调整幅度，bp。默认不设上限。",
          en: "Largest adjustment either way, bp. Default: no limit.",
        },
      },
    ],
    evaluate: ([base, actual, target, step, max]) => linkedLoanRate(num(base), num(actual), num(target), num(step), optNum(max)),
  },
  {
    id: "OFFSETS_NEEDED",
    title: { zh: "需注销的碳信用", en: "Credits to retire" },
    description: {
      zh: "抵消排放需注销的碳信用数量，向上取整（如碳中和网点）。",
      en: "Carbon credits to retire to offset emissions, rounded up (e.g. a carbon-neutral branch).",
    },
    unit: "",
    featured: true,
    params: [
      {
        name: "emissions_t",
        kind: "number",
        unit: "tCO2e",
        label: { zh: "排放量 tCO2e", en: "Emissions, tCO2e" },
        example: "640.59",
        help: {
          zh: "需抵消的排放量，tCO2e。",
          en: "Emissions to offset, tCO2e.",
        },
      },
      {
        name: "unit_t",
        kind: "number",
        unit: "tCO2e",
        optional: true,
        label: { zh: "每单位信用 tCO2e", en: "tCO2e per credit" },
        inCalculator: false,
        help: {
          zh: "每单位碳信用对应的 tCO2e。默认 1。",
          en: "tCO2e per credit. Default 1.",
        },
      },
    ],
    evaluate: ([emissions, unit]) => offsetsNeeded(num(emissions), optNum(unit)),
  },
];
