import type { Template } from "../model";

/**
 * 贵州 环境关键绩效表 (per 黔农信办函〔2022〕28号), the shape of Daozhen Rural Commercial Bank's 2021
 * report: green business and the head office's resource use. Units as Guizhou banks print them:
 * electricity in 度 (= 千瓦时), paper in 张 or 吨 — a sheet count is never turned into tonnes here,
 * since that needs a sheet mass only the bank knows (=CARBON.PAPER_MASS(sheets, grams_per_sheet) does it).
 */
export const GUIZHOU_ENVIRONMENT_KPI: Template = {
  id: "guizhou-environment-kpi",
  title: { zh: "环境关键绩效表", en: "Environmental key performance indicators" },
  source: "黔农信办函〔2022〕28号 环境关键绩效表",
  basedOn: { zh: "道真农商银行 2021 年报告的版式", en: "layout of Daozhen Rural Commercial Bank's 2021 report" },
  packs: ["guizhou"],
  anchors: ["环境关键绩效", "^环境指标$"],
  enAnchors: ["^environmental (?:key )?performance indicators", "^environmental kpis?"],
  columns: [{ id: "value", label: { zh: "数值", en: "value" }, patterns: ["^(数值|数据|本年度?|\\d{4}年度?)$"], en: ["^(?:value|figure)$"] }],
  rows: [
    {
      id: "greenLoans",
      label: { zh: "绿色信贷余额", en: "green loans" },
      patterns: ["^绿色(信贷|贷款)余额$"],
      en: ["^green (?:loans?|credit)(?: balance)?$"],
      unit: "亿元",
      required: true,
    },
    {
      id: "greenCustomers",
      label: { zh: "绿色信贷客户", en: "green borrowers" },
      patterns: ["^绿色(信贷|贷款)?客户(数|数量)?$"],
      en: ["^green (?:loan |credit )?(?:customers|borrowers)"],
      kind: "count",
    },
    { id: "water", label: { zh: "营业办公用水量", en: "office water" }, patterns: ["用水(量)?$"], en: ["water"] },
    { id: "fuel", label: { zh: "营业办公用油量", en: "office fuel" }, patterns: ["用油(量)?$"], en: ["fuel|oil"] },
    { id: "paper", label: { zh: "营业办公用纸量", en: "office paper" }, patterns: ["用纸(量)?$"], en: ["paper"] },
    {
      id: "electricity",
      label: { zh: "营业办公用电量", en: "office electricity" },
      patterns: ["用电(量)?$"],
      en: ["electricity|power"],
      unit: "kWh",
    },
  ],
  rules: [],
};
