import type { Template } from "../model";

/**
 * 江苏 (苏银发〔2024〕49号) 第七章 投融资活动的碳排放: financed emissions by asset type (7.1 贷款资产,
 * 7.2 债券资产, 7.3 投融资总计) and for high-carbon industries (7.4). The chapters are known from two
 * banks' 2024 reports; the rows inside them were not read, so the rows are the sections' own names.
 */
const EMISSIONS = {
  id: "emissions",
  label: { zh: "碳排放量（吨二氧化碳当量）", en: "emissions (tCO2e)" },
  patterns: ["(碳)?排放量$", "^二氧化碳当量$", "^碳排放$"],
  en: ["emissions?$", "^co2e$"],
  unit: "t",
  required: true,
};

export const JIANGSU_FINANCED_BY_ASSET: Template = {
  id: "jiangsu-financed-by-asset",
  title: { zh: "投融资活动碳排放（按资产类型）", en: "Financed emissions by asset type" },
  source: "苏银发〔2024〕49号 第七章 7.1 贷款资产、7.2 债券资产、7.3 投融资（总计）",
  basedOn: { zh: "新沂农商银行 2024 年报告的章节结构", en: "chapter structure of Xinyi Rural Commercial Bank's 2024 report" },
  packs: ["jiangsu"],
  anchors: ["按资产(类型|类别)", "投融资活动(的)?碳排放(情况|汇总)?$"],
  enAnchors: ["financed emissions by asset (?:type|class)"],
  columns: [EMISSIONS],
  rows: [
    {
      id: "loans",
      label: { zh: "贷款资产", en: "loans" },
      patterns: ["^贷款(资产|业务)?(碳排放(量)?)?$"],
      en: ["^loans?(?: assets?)?$"],
      unit: "t",
      required: true,
    },
    {
      id: "bonds",
      label: { zh: "债券资产", en: "bonds" },
      patterns: ["^债券(资产|投资|业务)?(碳排放(量)?)?$"],
      en: ["^bonds?(?: assets?| holdings)?$"],
      unit: "t",
    },
    {
      id: "total",
      label: { zh: "投融资总计", en: "total" },
      patterns: ["^(投融资)?(总计|合计)$", "^投融资(活动)?(碳排放(量)?)?(总计|合计|总量)$"],
      en: ["^(?:total|sum|grand total)$"],
      unit: "t",
      required: true,
    },
  ],
  rules: [
    {
      id: "asset-total",
      kind: "sum",
      title: { zh: "投融资总计 = 贷款 + 债券", en: "total = loans + bonds" },
      total: { row: "total" },
      parts: [{ row: "loans" }, { row: "bonds" }],
      absentIsZero: true,
    },
    {
      id: "asset-total-equals-industry",
      kind: "equal",
      title: { zh: "按资产类型总计 = 按行业总计", en: "total by asset type = total by industry" },
      a: { row: "total" },
      b: { table: "financed-by-industry", row: "total", col: "emissions" },
    },
  ],
};

/** 7.4 高碳行业: the high-carbon industries a bank reports, their total, and that total within all financed emissions. */
export const JIANGSU_HIGH_CARBON: Template = {
  id: "jiangsu-high-carbon",
  title: { zh: "高碳行业投融资碳排放", en: "Financed emissions of high-carbon industries" },
  source: "苏银发〔2024〕49号 第七章 7.4 高碳行业",
  basedOn: { zh: "新沂农商银行 2024 年报告的章节结构", en: "chapter structure of Xinyi Rural Commercial Bank's 2024 report" },
  packs: ["jiangsu"],
  anchors: ["高碳行业"],
  enAnchors: ["high.carbon (?:industries|sectors)"],
  columns: [EMISSIONS, { id: "share", label: { zh: "占比", en: "share" }, patterns: ["占比$"], en: ["^(?:share|proportion)"], kind: "percent" }],
  rows: [
    {
      id: "industries",
      label: { zh: "高碳行业", en: "high-carbon industry" },
      // Industry names as banks print them: "电力、热力生产和供应业", "钢铁", "C31 黑色金属冶炼和压延加工业".
      patterns: ["^[a-z]?\\d{0,4}\\s*[\\u4e00-\\u9fff、]*(业|电力|火电|钢铁|水泥|化工|石化|建材|有色金属|有色|造纸|航空|煤炭)$"],
      en: ["(?:industry|power|steel|cement|chemicals|petrochemicals|building materials|non.ferrous metals|paper|aviation|coal)$"],
      exclude: ["^(高碳行业)?(合计|总计|小计)$", "^高碳行业(名称|类别)?$"],
      repeat: true,
      unit: "t",
    },
    { id: "total", label: { zh: "高碳行业合计", en: "total" }, patterns: ["^(高碳行业)?(合计|总计)$"], en: ["^(?:total|sum)$"], unit: "t", required: true },
  ],
  rules: [
    {
      id: "high-carbon-total",
      kind: "sum",
      title: { zh: "高碳行业合计 = 各行业之和", en: "total = sum of the industries" },
      total: { row: "total", col: "emissions" },
      parts: [{ row: "industries", col: "emissions" }],
    },
    {
      id: "high-carbon-within-total",
      kind: "atMost",
      title: { zh: "高碳行业合计 ≤ 投融资碳排放总计", en: "high-carbon total ≤ all financed emissions" },
      part: { row: "total", col: "emissions" },
      whole: { table: "financed-by-industry", row: "total", col: "emissions" },
      explain: { zh: "高碳行业是全部投融资的一部分", en: "high-carbon industries are part of all financing" },
    },
  ],
};
