import type { Template } from "../model";

/**
 * 湖州 quarterly brief, 表1 金融机构绿色支行情况表: one row per green sub-branch (Anji Rural Commercial
 * Bank's brief of 2021-09-30). 批复时间 may be blank: a sub-branch awaiting approval is still listed.
 * 表2 and 表3 of the brief are the JR/T 0227 items word for word: the national operating-impact and
 * financing-impact templates read them (see ./index, pack "huzhou").
 */
export const HUZHOU_GREEN_BRANCHES: Template = {
  id: "huzhou-green-branches",
  title: { zh: "金融机构绿色支行情况表", en: "Green sub-branches" },
  source: "湖州季度环境信息披露简报 表1",
  basedOn: {
    zh: "安吉农商银行 2021-09-30 简报的版式（昆仑银行表 1 同此版式）",
    en: "layout of Anji Rural Commercial Bank's brief of 2021-09-30 (Kunlun's table 1 has the same shape)",
  },
  packs: ["huzhou"],
  layout: "records",
  anchors: ["绿色支行(情况|名单|一览)"],
  enAnchors: ["^green sub.?branch"],
  columns: [
    {
      id: "name",
      label: { zh: "支行名称", en: "sub-branch" },
      patterns: ["^(支行|网点|机构)(名称)?$"],
      en: ["^(?:sub.?branch|branch|outlet)(?: name)?$"],
      kind: "text",
    },
    {
      id: "approved",
      label: { zh: "批复时间", en: "approved on" },
      patterns: ["^批复(时间|日期)$", "^(获批|挂牌)(时间|日期)$"],
      en: ["^approv"],
      kind: "text",
    },
    {
      id: "greenLoans",
      label: { zh: "绿色信贷余额", en: "green loans" },
      patterns: ["^绿色(信贷|贷款)余额$"],
      en: ["^green (?:loans?|credit)(?: balance| outstanding)?$"],
      // 亿元 in Anji's brief, 万元 in Kunlun's table of the same shape: the header's unit is read, none is assumed.
      required: true,
    },
    {
      id: "greenShare",
      label: { zh: "绿色信贷占比", en: "green share" },
      patterns: ["^绿色(信贷|贷款)(余额)?占比$"],
      en: ["^green (?:loans?|credit) (?:share|ratio)"],
      kind: "percent",
    },
    {
      id: "customers",
      label: { zh: "绿色信贷户数", en: "green borrowers" },
      patterns: ["^绿色(信贷|贷款)(户数|客户数?)$"],
      en: ["borrowers|customers"],
      kind: "count",
    },
    { id: "staff", label: { zh: "专职员工数量", en: "dedicated staff" }, patterns: ["(专职)?员工(数量|人数|数)$"], en: ["staff|employees"], kind: "count" },
  ],
  rows: [
    { id: "branches", label: { zh: "绿色支行", en: "sub-branch" }, patterns: [".*"], repeat: true },
    { id: "total", label: { zh: "合计", en: "total" }, patterns: ["^(合计|总计)$"], en: ["^(?:total|sum)$"] },
  ],
  rules: [
    { id: "branch-share", kind: "range", title: { zh: "绿色信贷占比", en: "green share" }, rows: "branches", column: "greenShare", min: 0, max: 1 },
    {
      id: "branches-total",
      kind: "sum",
      title: { zh: "合计 = 各绿色支行绿色信贷余额之和", en: "total = sum of the sub-branches' green loans" },
      total: { row: "total", col: "greenLoans" },
      parts: [{ row: "branches", col: "greenLoans" }],
    },
  ],
};
