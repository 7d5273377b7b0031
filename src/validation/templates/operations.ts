import type { Template } from "../model";

const TOTAL_AND_PER_CAPITA = [
  {
    id: "total",
    label: { zh: "总量", en: "total" },
    patterns: ["^(总量|合计|总计|总额)$", "^(总量|排放量|温室气体排放量)"],
    en: ["^(?:total|amount|quantity|emissions|ghg emissions)\\b"],
    required: true,
  },
  { id: "perCapita", label: { zh: "人均", en: "per capita" }, patterns: ["^人均"], en: ["^per (?:capita|person|employee|head)"] },
];

/**
 * 经营活动的环境影响 (JR/T 0227 §6.8): resource use, total and per capita. The shape of Kunlun Bank's
 * 2025 Q1 table 4 and the Shenzhen template 表1.1. One headcount must explain every per-capita value.
 */
export const OPERATING_IMPACT: Template = {
  id: "operating-impact",
  title: { zh: "经营活动环境影响（总量与人均）", en: "Operating-activity environmental impact (total and per capita)" },
  source: "JR/T 0227—2021 §6.8；深圳市金融机构环境信息披露模板 表1.1",
  basedOn: { zh: "昆仑银行 2025 年一季度报告表 4 的版式", en: "layout of Kunlun Bank's 2025 Q1 report, table 4" },
  packs: ["national", "shenzhen", "huzhou"],
  anchors: ["经营活动(的)?环境影响", "经营活动对环境(产生的)?影响", "经营活动.*(量化|定量)"],
  enAnchors: ["environmental impact of (?:business|operating|operations)", "operating.*environmental impact"],
  columns: TOTAL_AND_PER_CAPITA,
  rows: [
    {
      id: "vehicleFuel",
      label: { zh: "自有交通运输工具所消耗的燃油", en: "fuel used by own vehicles" },
      patterns: ["自有交通运输工具.*(燃油|油)", "公(务)?车.*(燃油|用油)"],
      en: ["fuel.*vehicles?", "vehicle fuel"],
      required: true,
    },
    {
      id: "heatingFuel",
      label: { zh: "自有采暖（制冷）设备所消耗的燃料", en: "fuel used by own heating/cooling equipment" },
      patterns: ["自有采暖.*燃料"],
      en: ["fuel.*heating"],
    },
    {
      id: "water",
      label: { zh: "营业、办公活动所消耗的水", en: "water used in business and office" },
      patterns: ["(营业|办公).*消耗的水", "^(办公)?用水(量)?$", "^水消耗"],
      en: ["^water"],
      required: true,
    },
    {
      id: "electricity",
      label: { zh: "营业、办公所消耗的电力", en: "electricity used in business and office" },
      patterns: ["(营业|办公).*电力", "^(办公)?用电(量)?$"],
      en: ["^electricity"],
      required: true,
    },
    { id: "paper", label: { zh: "营业、办公所使用的纸张", en: "paper used in business and office" }, patterns: ["纸张"], en: ["^paper"], required: true },
    {
      id: "heatingService",
      label: { zh: "购买的采暖（制冷）服务所消耗的燃料", en: "fuel of purchased heating/cooling" },
      patterns: ["购买的采暖.*服务"],
      en: ["purchased heating"],
    },
    {
      id: "commuting",
      label: { zh: "雇员乘坐公共交通工具所消耗的能源", en: "energy of employees' public transport" },
      patterns: ["公共交通", "出差.*交通工具"],
      en: ["public transport", "business travel"],
    },
    {
      id: "outreach",
      label: { zh: "环保培训或公益活动", en: "environmental training or public-welfare activities" },
      patterns: ["(培训|公益)活动"],
      en: ["training", "public welfare"],
      kind: "count",
    },
  ],
  rules: [
    {
      id: "per-capita",
      kind: "perCapita",
      title: { zh: "人均值须由同一员工数得出", en: "per-capita values must come from one headcount" },
      totalColumn: "total",
      perCapitaColumn: "perCapita",
    },
  ],
};

/** 温室气体排放 by scope with sub-items, totals and per capita: the shape of Anlong 2021 §8.1. */
export const GHG_SCOPES: Template = {
  id: "ghg-scopes",
  title: { zh: "温室气体排放（范围一、二、三）", en: "Greenhouse-gas emissions by scope" },
  source: "JR/T 0227—2021 §6.8；深圳市金融机构环境信息披露模板 表1.1",
  basedOn: { zh: "安龙农商银行 2021 年报告 8.1 节的版式", en: "layout of Anlong's 2021 report, §8.1" },
  packs: ["national", "shenzhen"],
  anchors: ["^温室气体排放范围", "温室气体排放(情况|统计|汇总|核算)", "^经营活动(产生的)?(温室气体)?排放$"],
  enAnchors: ["^(?:ghg|greenhouse gas) emissions(?: by scope| overview| summary)?$"],
  columns: TOTAL_AND_PER_CAPITA,
  rows: [
    {
      id: "scope1",
      label: { zh: "范围一", en: "scope 1" },
      patterns: ["^范围(1|一)([:：]|$)", "^直接温室气体排放"],
      // "scope 1 + 2" is a subtotal, not this row.
      exclude: ["^scope ?1 ?\\+"],
      en: ["^scope ?1\\b", "^direct (?:ghg |greenhouse gas )?emissions"],
      unit: "t",
      required: true,
    },
    {
      id: "scope1Gas",
      label: { zh: "天然气产生的排放", en: "natural gas" },
      patterns: ["^天然气.*排放"],
      en: ["^natural gas"],
      unit: "t",
      compute: { function: "CO2_FROM_FUEL", inputs: [{ label: { zh: "天然气用量", en: "natural gas used" }, unit: "立方米" }], args: [0, "天然气", "m3"] },
    },
    {
      id: "scope1Gasoline",
      label: { zh: "汽油产生的排放", en: "gasoline" },
      patterns: ["汽油.*排放"],
      en: ["^(?:gasoline|petrol)"],
      unit: "t",
      compute: { function: "CO2_FROM_FUEL", inputs: [{ label: { zh: "汽油用量", en: "gasoline used" }, unit: "升" }], args: [0, "汽油", "L"] },
    },
    {
      id: "scope1Diesel",
      label: { zh: "柴油产生的排放", en: "diesel" },
      patterns: ["柴油.*排放"],
      en: ["^diesel"],
      unit: "t",
      compute: { function: "CO2_FROM_FUEL", inputs: [{ label: { zh: "柴油用量", en: "diesel used" }, unit: "升" }], args: [0, "柴油", "L"] },
    },
    {
      id: "scope1Lpg",
      label: { zh: "液化石油气产生的排放", en: "LPG" },
      patterns: ["液化石油气.*排放"],
      en: ["^(?:lpg|liquefied petroleum)"],
      unit: "t",
      compute: { function: "CO2_FROM_FUEL", inputs: [{ label: { zh: "液化石油气用量", en: "LPG used" }, unit: "千克" }], args: [0, "液化石油气", "kg"] },
    },
    {
      id: "scope2",
      label: { zh: "范围二", en: "scope 2" },
      patterns: ["^范围(2|二)([:：]|$)", "^(能源)?间接温室气体排放"],
      // "scope 2 + 2" is a subtotal, not this row.
      exclude: ["^scope ?2 ?\\+"],
      en: ["^scope ?2\\b", "^(?:energy )?indirect (?:ghg |greenhouse gas )?emissions"],
      unit: "t",
      required: true,
    },
    {
      id: "scope2Electricity",
      label: { zh: "电力产生的排放", en: "electricity" },
      patterns: ["电力.*排放"],
      en: ["^electricity"],
      unit: "t",
      compute: {
        function: "CO2_FROM_ELECTRICITY",
        inputs: [
          { label: { zh: "外购电力用量", en: "electricity purchased" }, unit: "千瓦时" },
          { label: { zh: "电网地区（省份或区域电网）", en: "grid region (province or regional grid)" }, value: "全国" },
          { label: { zh: "因子年份", en: "factor year" }, value: 2023 },
        ],
        args: [0, 1, 2],
      },
    },
    {
      id: "scope2Heat",
      label: { zh: "外购热力产生的排放", en: "purchased heat" },
      patterns: ["(热力|蒸汽|采暖).*排放"],
      en: ["^(?:purchased )?(?:heat|steam)"],
      unit: "t",
      compute: { function: "CO2_FROM_HEAT", inputs: [{ label: { zh: "外购热力", en: "heat purchased" }, unit: "GJ" }], args: [0] },
    },
    {
      id: "scope12",
      label: { zh: "范围一和二合计", en: "scopes 1 + 2" },
      patterns: ["(范围|scope)(1|一)(\\+|＋|和|与|、)(2|二)\\)?$"],
      en: ["scopes? ?1 ?(?:\\+|and|&) ?2$"],
      unit: "t",
    },
    {
      id: "scope3",
      label: { zh: "范围三", en: "scope 3" },
      patterns: ["^范围(3|三)([:：]|$)", "^其他间接温室气体排放"],
      en: ["^scope ?3\\b", "^other indirect"],
      unit: "t",
    },
    {
      id: "scope3Loans",
      label: { zh: "贷款产生的排放", en: "financed (loans)" },
      patterns: ["(贷款|投融资).*排放"],
      en: ["^(?:financed|loans?)\\b"],
      unit: "t",
    },
    {
      id: "scope123",
      label: { zh: "范围一二三合计", en: "scopes 1 + 2 + 3" },
      patterns: ["(范围|scope)(1|一)(\\+|＋|、)(2|二)(\\+|＋|、)(3|三)\\)?$"],
      en: ["scopes? ?1 ?(?:\\+|,) ?2 ?(?:\\+|,|and) ?3$"],
      unit: "t",
    },
  ],
  rules: [
    {
      id: "scope1-items",
      kind: "sum",
      partial: true,
      title: { zh: "范围一 = 各燃料排放之和", en: "scope 1 = sum of its fuels" },
      total: { row: "scope1", col: "total" },
      parts: ["scope1Gas", "scope1Gasoline", "scope1Diesel", "scope1Lpg"].map((row) => ({ row, col: "total" })),
    },
    {
      id: "scope2-items",
      kind: "sum",
      partial: true,
      title: { zh: "范围二 = 电力 + 热力", en: "scope 2 = electricity + heat" },
      total: { row: "scope2", col: "total" },
      parts: [
        { row: "scope2Electricity", col: "total" },
        { row: "scope2Heat", col: "total" },
      ],
    },
    {
      id: "scope12-total",
      kind: "sum",
      title: { zh: "范围一 + 范围二", en: "scope 1 + scope 2" },
      total: { row: "scope12", col: "total" },
      parts: [
        { row: "scope1", col: "total" },
        { row: "scope2", col: "total" },
      ],
    },
    {
      id: "scope123-total",
      kind: "sum",
      title: { zh: "范围一 + 范围二 + 范围三", en: "scope 1 + 2 + 3" },
      total: { row: "scope123", col: "total" },
      parts: [
        { row: "scope1", col: "total" },
        { row: "scope2", col: "total" },
        { row: "scope3", col: "total" },
      ],
    },
    {
      id: "scope3-items",
      kind: "sum",
      partial: true,
      title: { zh: "范围三 ≥ 贷款排放", en: "scope 3 = its items" },
      total: { row: "scope3", col: "total" },
      parts: [{ row: "scope3Loans", col: "total" }],
    },
    {
      id: "per-capita",
      kind: "perCapita",
      title: { zh: "人均排放须由同一员工数得出", en: "per-capita emissions must come from one headcount" },
      totalColumn: "total",
      perCapitaColumn: "perCapita",
    },
    {
      id: "scope3-equals-financed",
      kind: "equal",
      title: { zh: "范围三贷款排放 = 投融资碳排放合计", en: "scope 3 from loans = financed-emissions total" },
      a: { row: "scope3Loans", col: "total" },
      b: { table: "financed-by-industry", row: "total", col: "emissions" },
    },
    {
      id: "implied-grid-factor",
      kind: "gridFactor",
      title: { zh: "范围二电力排放 ÷ 外购电力", en: "scope-2 electricity emissions ÷ electricity purchased" },
      emissions: { row: "scope2Electricity", col: "total" },
      kwh: { table: "resource-consumption", row: "electricity" },
    },
  ],
};

/** 自然资源消耗 with units: the shape of Anlong 2021 §8.2 (and its §1.2 资源能耗统计). */
export const RESOURCE_CONSUMPTION: Template = {
  id: "resource-consumption",
  title: { zh: "经营活动资源消耗", en: "Resource consumption" },
  source: "JR/T 0227—2021 §6.8",
  basedOn: { zh: "安龙农商银行 2021 年报告 8.2 节的版式", en: "layout of Anlong's 2021 report, §8.2" },
  packs: ["national", "guizhou"],
  anchors: ["自然资源消耗", "资源能耗(统计|情况)", "能源(资源)?消耗(统计|情况)"],
  enAnchors: ["^(?:natural )?resource consumption", "^energy consumption"],
  columns: [
    { id: "value", label: { zh: "数量", en: "quantity" }, patterns: ["^(数量|消耗量|\\d{4}年(度)?)$"], en: ["^(?:quantity|amount|consumption|value)$"] },
  ],
  rows: [
    { id: "naturalGas", label: { zh: "天然气", en: "natural gas" }, patterns: ["^天然气(消耗)?(量)?$"], en: ["^natural gas"], unit: "m3" },
    { id: "lpg", label: { zh: "液化石油气", en: "LPG" }, patterns: ["^液化石油气"], en: ["^(?:lpg|liquefied petroleum)"], unit: "kg" },
    { id: "gasoline", label: { zh: "汽油", en: "gasoline" }, patterns: ["汽油(消耗)?(量)?$"], en: ["(?:gasoline|petrol)"] },
    { id: "diesel", label: { zh: "柴油", en: "diesel" }, patterns: ["柴油(消耗)?(量)?$"], en: ["diesel"] },
    {
      id: "electricity",
      label: { zh: "外购电力", en: "electricity purchased" },
      patterns: ["^(外购)?电力(消耗)?(量)?$", "^(办公)?用电(量)?$"],
      en: ["electricity"],
      unit: "kWh",
    },
    { id: "water", label: { zh: "用水", en: "water" }, patterns: ["用水", "水消耗", "^水$"], en: ["^water"] },
    { id: "paper", label: { zh: "用纸", en: "paper" }, patterns: ["纸"], en: ["^paper"] },
  ],
  rules: [],
};
