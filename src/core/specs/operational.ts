import { isFormulaError } from "../errors";
import { dec } from "../decimal";
import { defaultEditionOf } from "../factors/data";
import { AVERAGE_EDITIONS, averageFactor, NATIONAL, REPORTING_EDITIONS, reportingFactor } from "../factors/electricity";
import { defaultDensity, FUELS, PARAMETER_SETS } from "../factors/fuels";
import { ELECTRICITY_TO_COAL, PURCHASED_HEAT, STANDARD_COAL_LHV } from "../factors/heat-and-conversions";
import { describeFactor, FACTOR_KINDS, lookupFactor } from "../lookup";
import { co2FromElectricity, co2FromFuel, co2FromHeat, paperMass } from "../operational";
import { REGIONS } from "../regions";
import { convertUnits, UNIT_GROUPS, UNITS } from "../units";
import { FunctionSpec, num, ParamSpec, optNum, optText, text } from "./types";

/** Operational (own-use) emissions: 经营活动的环境影响; factors and units. */

const GRID_YEARS = [...AVERAGE_EDITIONS, ...REPORTING_EDITIONS];

/** Help text listing editions, from the factor data: adding an edition updates Excel's help too. */
const gridEditions = (() => {
  const named = defaultEditionOf("grid_average");
  const regionalOnly = (e: string) => averageFactor(e, NATIONAL) === undefined;
  const zh = AVERAGE_EDITIONS.map((e) => `${e}${e === named ? "（默认）" : ""}${regionalOnly(e) ? "（区域电网）" : ""}`);
  const en = AVERAGE_EDITIONS.map((e) => `${e}${e === named ? " (default)" : ""}${regionalOnly(e) ? " (regional grids)" : ""}`);
  return { zh: zh.join("、"), en: en.join(", ") };
})();
const reportingEditions = {
  zh: REPORTING_EDITIONS.map((p) => `${p}（${reportingFactor(p)!.value}）`).join("、"),
  en: REPORTING_EDITIONS.map((p) => `${p} (${reportingFactor(p)!.value})`).join(", "),
};
const densities = (() => {
  const known = FUELS.flatMap((fuel) => {
    const record = defaultDensity(fuel);
    return record ? [{ fuel, kgPerL: dec(record.value).div(1000).toString() }] : [];
  });
  return { zh: known.map((d) => `${d.fuel.chinese} ${d.kgPerL}`).join("、"), en: known.map((d) => `${d.fuel.english} ${d.kgPerL}`).join(", ") };
})();

/** EMISSION_FACTOR and FACTOR_SOURCE name a factor the same way. */
const FACTOR_PARAMS: ParamSpec[] = [
  {
    name: "kind",
    kind: "text",
    label: { zh: "类别", en: "Kind" },
    example: "电力",
    accepted: FACTOR_KINDS,
    help: {
      zh: "因子类别：电力、电力不含市场化非化石、化石能源电力、燃料、热力、密度、折标系数、供电标准煤耗、电网基准线OM、电网基准线BM、碳减排支持工具。",
      en: "电力 electricity, 电力不含市场化非化石 electricity_excl_market, 化石能源电力 electricity_fossil, 燃料 fuel, 热力 heat, 密度 density, 折标系数 conversion, 供电标准煤耗 supply_coal, 电网基准线OM/BM baseline_om/bm, 碳减排支持工具 carbon_facility.",
    },
  },
  {
    name: "key",
    kind: "text",
    label: { zh: "地区、燃料或项目", en: "Region, fuel or item" },
    example: "贵州",
    help: {
      zh: "电力与基准线填地区或省份（全国、南方、贵州）；燃料与密度填燃料名称；折标系数填 电力、原煤 或 标准煤热值；碳减排支持工具填 比例 或 利率。",
      en: "Region or province for electricity and baselines (全国, 南方, 贵州); fuel name for fuel and density; 电力, 原煤 or 标准煤热值 for conversion; 比例 or 利率 for the facility.",
    },
  },
  {
    name: "year",
    kind: "text",
    optional: true,
    label: { zh: "年份或版本", en: "Year or edition" },
    accepted: GRID_YEARS,
    help: {
      zh: `数据年份或版本（${AVERAGE_EDITIONS.join("、")}；报告因子 ${REPORTING_EDITIONS.join("、")}）。默认 ${defaultEditionOf("grid_average")}。`,
      en: `Data year or edition (${AVERAGE_EDITIONS.join(", ")}; reporting ${REPORTING_EDITIONS.join(", ")}). Default ${defaultEditionOf("grid_average")}.`,
    },
  },
  {
    name: "set",
    kind: "text",
    optional: true,
    label: { zh: "燃料参数组", en: "Fuel parameter set" },
    accepted: PARAMETER_SETS,
    help: {
      zh: "燃料参数组 A 或 B。",
      en: "Fuel parameter set A or B.",
    },
  },
];

export const OPERATIONAL_SPECS: FunctionSpec[] = [
  {
    id: "CO2_FROM_ELECTRICITY",
    title: { zh: "外购电力排放", en: "CO2 from electricity" },
    description: {
      zh: "外购电力的二氧化碳排放量（范围二），单位 tCO2。按年份、区域电网或省份采用生态环境部、国家统计局发布的电力平均二氧化碳排放因子。",
      en: "CO2 from purchased electricity (scope 2), tCO2. Uses the official MEE/NBS average grid factors by year, regional grid or province.",
    },
    unit: "tCO2",
    featured: true,
    params: [
      {
        name: "kwh",
        kind: "number",
        unit: "kWh",
        label: { zh: "用电量 kWh", en: "Electricity, kWh" },
        example: "602,333",
        help: {
          zh: "用电量，千瓦时 kWh（可为区域，逐格计算）。",
          en: "Electricity consumed, kWh (a range gives one result per cell).",
        },
      },
      {
        name: "region",
        kind: "numberOrText",
        optional: true,
        label: { zh: "地区或电网", en: "Region or grid" },
        example: "南方",
        accepted: REGIONS.displayNames,
        help: {
          zh: "全国（默认）、区域电网（华北 东北 华东 华中 西北 南方 西南）或省份（贵州、贵州省、Guizhou）；也可直接填排放因子，kgCO2/kWh。",
          en: "全国 (default), a regional grid (华北 东北 华东 华中 西北 南方 西南) or a province (贵州, 贵州省, Guizhou); or a factor in kgCO2/kWh.",
        },
      },
      {
        name: "year",
        kind: "text",
        optional: true,
        label: { zh: "因子年份", en: "Factor year" },
        example: "2012",
        accepted: GRID_YEARS,
        help: {
          zh: `因子数据年份：${gridEditions.zh}。全国另有报告因子 ${reportingEditions.zh}。`,
          en: `Data year of the factor table: ${gridEditions.en}. For 全国 also the reporting factors ${reportingEditions.en}.`,
        },
      },
      {
        name: "green_kwh",
        kind: "number",
        unit: "kWh",
        optional: true,
        label: { zh: "其中绿色电力 kWh", en: "of which green power, kWh" },
        help: {
          zh: "其中外购绿色电力，千瓦时 kWh：按市场法（默认）计为零排放，其余电量采用不包括市场化交易非化石能源电量的全国电力平均因子；按位置法与其他电量同样计算。",
          en: "Purchased green electricity within kwh, kWh: market-based (the default), counted as zero and the rest at the national factor excluding market-traded non-fossil power; location-based, like any other kWh.",
        },
      },
      {
        name: "method",
        kind: "text",
        optional: true,
        label: { zh: "核算方法", en: "Method" },
        accepted: ["market", "location"],
        help: {
          zh: "范围二核算方法（温室气体核算体系范围二指南，IFRS S2 与财政部气候准则沿用）：market 基于市场（默认，绿电按零计）或 location 基于位置（全部电量按电网平均因子）。",
          en: "Scope 2 method (GHG Protocol Scope 2 Guidance, followed by IFRS S2 and the MOF climate standard): market (default; green power at zero) or location (every kWh at the grid average).",
        },
      },
    ],
    evaluate: ([kwh, region, year, green, method]) =>
      co2FromElectricity({
        kwh: num(kwh),
        region: region as string | number | undefined,
        year: optText(year),
        greenKwh: optNum(green),
        method: optText(method),
      }),
  },
  {
    id: "CO2_FROM_FUEL",
    title: { zh: "燃料燃烧排放", en: "CO2 from fuel" },
    description: {
      zh: "化石燃料燃烧的二氧化碳排放量，tCO2 = 消耗量 × 低位发热量 × 单位热值含碳量 × 碳氧化率 × 44/12。",
      en: "CO2 from burning a fuel, tCO2 = quantity × NCV × carbon content × oxidation × 44/12.",
    },
    unit: "tCO2",
    featured: true,
    params: [
      {
        name: "quantity",
        kind: "number",
        label: { zh: "消耗量", en: "Quantity" },
        example: "10,000",
        help: {
          zh: "燃料消耗量，单位见 unit。",
          en: "Amount of fuel, in `unit`.",
        },
      },
      {
        name: "fuel",
        kind: "text",
        label: { zh: "燃料", en: "Fuel" },
        example: "天然气",
        accepted: FUELS.map((f) => f.chinese),
        help: {
          zh: "汽油、柴油、天然气、液化石油气、液化天然气、原煤、燃料油、煤油（参数组 B 另有原油、无烟煤、烟煤、褐煤、焦炭）。",
          en: "汽油 gasoline, 柴油 diesel, 天然气 natural gas, 液化石油气 LPG, 液化天然气 LNG, 原煤 raw coal, 燃料油 fuel oil, 煤油 kerosene (set B also 原油 无烟煤 烟煤 褐煤 焦炭).",
        },
      },
      {
        name: "unit",
        kind: "text",
        optional: true,
        label: { zh: "单位", en: "Unit" },
        example: "立方米",
        accepted: ["升", "千克", "吨", "立方米", "万m3", "GJ"],
        help: {
          zh: "L/升、kg/千克、t/吨、m3/立方米、万m3 或 GJ。默认 吨；天然气默认 立方米。",
          en: "L/升, kg/千克, t/吨, m3/立方米, 万m3 or GJ. Default t; natural gas m3.",
        },
      },
      {
        name: "parameter_set",
        kind: "text",
        optional: true,
        label: { zh: "参数组", en: "Parameter set" },
        accepted: PARAMETER_SETS,
        help: {
          zh: "参数组 A（默认：GB/T 2589 低位发热量与省级清单含碳量）或 B（工业行业指南参数）。未经核实的参数只在此处明确选择时使用。",
          en: "A (default: GB/T 2589 NCV with provincial-inventory carbon content) or B (industrial guideline set). Unverified values are used only when chosen here.",
        },
      },
      {
        name: "density",
        kind: "number",
        unit: "kg/L",
        optional: true,
        label: { zh: "密度 kg/L", en: "Density, kg/L" },
        help: {
          zh: `按升计量时的密度，kg/L（大于 10 的数按 kg/m³ 读取）。默认：${densities.zh}（GB 17930 / GB 19147 上限）。`,
          en: `Density for litres, kg/L (a value above 10 is read as kg/m³). Default: ${densities.en} (GB 17930 / GB 19147 upper limits).`,
        },
      },
      {
        name: "factor",
        kind: "number",
        optional: true,
        label: { zh: "自有排放因子 tCO2/单位", en: "Own factor, tCO2 per unit" },
        help: {
          zh: "报告自用的排放因子，tCO2 每 unit（如天然气按 m3 时 0.00217）：给出时不用参数组，来源记为用户因子。",
          en: "The report's own emission factor, tCO2 per `unit` (e.g. 0.00217 for natural gas in m3): replaces the parameter set; its source reads user factor.",
        },
      },
    ],
    evaluate: ([quantity, fuel, unit, set, density, factor]) =>
      co2FromFuel({
        quantity: num(quantity),
        fuel: text(fuel),
        unit: optText(unit),
        parameterSet: optText(set),
        density: optNum(density),
        factor: optNum(factor),
      }),
  },
  {
    id: "CO2_FROM_HEAT",
    title: { zh: "外购热力排放", en: "CO2 from purchased heat" },
    description: {
      zh: "外购热力（蒸汽、热水）的二氧化碳排放量，tCO2 = 热量 GJ × 排放因子。",
      en: "CO2 from purchased heat (steam, hot water), tCO2 = GJ × factor.",
    },
    unit: "tCO2",
    featured: true,
    params: [
      {
        name: "gj",
        kind: "number",
        unit: "GJ",
        label: { zh: "热量 GJ", en: "Heat, GJ" },
        example: "100",
        help: {
          zh: "外购热量，吉焦 GJ。",
          en: "Heat purchased, GJ.",
        },
      },
      {
        name: "factor",
        kind: "number",
        unit: "tCO2/GJ",
        optional: true,
        label: { zh: "因子 tCO2/GJ", en: "Factor, tCO2/GJ" },
        help: {
          zh: `排放因子，tCO2/GJ。默认 ${PURCHASED_HEAT.value}（公共建筑运营单位温室气体排放核算指南）。`,
          en: `Emission factor, tCO2/GJ. Default ${PURCHASED_HEAT.value} (public-building GHG accounting guideline).`,
        },
      },
    ],
    evaluate: ([gj, factor]) => co2FromHeat(num(gj), optNum(factor)),
  },
  {
    id: "EMISSION_FACTOR",
    title: { zh: "查因子及出处", en: "Look up a factor and its source" },
    description: {
      zh: "计算所用的内置排放因子数值，按其发布单位给出。",
      en: "The bundled factor value that a calculation uses, in its published unit.",
    },
    unit: "",
    params: FACTOR_PARAMS,
    evaluate: ([kind, key, year, set]) => {
      const answer = lookupFactor(text(kind), text(key), optText(year), optText(set));
      return isFormulaError(answer) ? answer : { value: answer.value, unit: answer.unit, factors: answer.records };
    },
  },
  {
    id: "FACTOR_SOURCE",
    title: { zh: "因子出处", en: "Factor source" },
    calculator: false,
    description: {
      zh: "内置因子的出处：数值、单位、发布机构、文号、日期与核实标记。",
      en: "Citation of a bundled factor: value, unit, issuing body, document number, date and verification mark.",
    },
    unit: "",
    params: FACTOR_PARAMS,
    evaluate: ([kind, key, year, set]) => {
      const answer = lookupFactor(text(kind), text(key), optText(year), optText(set));
      return isFormulaError(answer) ? answer : describeFactor(answer);
    },
  },
  {
    id: "CONVERT_UNIT",
    title: { zh: "单位换算", en: "Unit conversion" },
    description: {
      zh: `同类单位换算：${UNIT_GROUPS.map((g) => `${g.zh} ${g.units.join(" ")}`).join("；")}。`,
      en: `Converts between units of one kind: ${UNIT_GROUPS.map((g) => `${g.en} ${g.units.join(" ")}`).join("; ")}.`,
    },
    unit: "",
    params: [
      {
        name: "value",
        kind: "number",
        label: { zh: "数值", en: "Value" },
        example: "1",
        help: {
          zh: "待换算的数值，单位为 from。",
          en: "The amount to convert, in `from`.",
        },
      },
      {
        name: "from",
        kind: "text",
        label: { zh: "原单位", en: "From" },
        example: "亿元",
        accepted: UNITS.displayNames,
        help: {
          zh: "原单位，如 万元、kWh、吨。",
          en: "Unit of value, e.g. 万元, kWh, 吨.",
        },
      },
      {
        name: "to",
        kind: "text",
        label: { zh: "目标单位", en: "To" },
        example: "万元",
        accepted: UNITS.displayNames,
        help: {
          zh: `目标单位。能量与标准煤互换：电力按 ${ELECTRICITY_TO_COAL.value} kgce/kWh（当量值），热量按 ${STANDARD_COAL_LHV.value} GJ/tce。`,
          en: `Target unit. Energy ↔ tce uses ${ELECTRICITY_TO_COAL.value} kgce/kWh for electricity and ${STANDARD_COAL_LHV.value} GJ/tce for heat units.`,
        },
      },
    ],
    evaluate: ([value, from, to]) => {
      const result = convertUnits(num(value), text(from), text(to));
      return isFormulaError(result) ? result : { ...result, unit: text(to) };
    },
  },
  {
    id: "PAPER_MASS",
    title: { zh: "纸张张数折合吨", en: "Paper sheets as tonnes" },
    description: {
      zh: "把以“张”计的用纸量折合为吨：张数 × 每张克数 ÷ 1,000,000。每张克数随纸张规格与克重而定，须自行填写，没有默认值。",
      en: "Paper counted in sheets (张) as tonnes: sheets × grams per sheet ÷ 1,000,000. The grams per sheet depend on size and grammage: enter your own, there is no default.",
    },
    unit: "t",
    params: [
      {
        name: "sheets",
        kind: "number",
        label: { zh: "张数", en: "Sheets" },
        example: "86000",
        help: { zh: "用纸量，单位：张。", en: "Paper used, in sheets (张)." },
      },
      {
        name: "grams_per_sheet",
        kind: "number",
        label: { zh: "每张克数", en: "Grams per sheet" },
        example: "4.4",
        help: {
          zh: "每张纸的质量（克）= 面积（平方米）× 克重（克/平方米）；例如 A4（0.06237 平方米）70 克纸约 4.4 克。请按所用纸张填写。",
          en: "Mass of one sheet in grams = area (m²) × grammage (g/m²); e.g. A4 (0.06237 m²) at 70 g/m² is about 4.4 g. Use your own paper's figures.",
        },
      },
    ],
    evaluate: ([sheets, grams]) => paperMass(num(sheets), num(grams)),
  },
];
