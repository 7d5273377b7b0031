import { GREEN_CATALOGUE } from "../catalogue";
import type { Template } from "../model";

/**
 * 绿色贷款按领域: green loans by the green finance catalogue's first-level areas, with total and shares.
 * Area names are checked against the 2025 catalogue (and its predecessors for earlier periods).
 */
export const GREEN_LOANS_BY_AREA: Template = {
  id: "green-loans-by-area",
  title: { zh: "绿色贷款（按绿色金融支持项目目录领域）", en: "Green loans by catalogue area" },
  source: `${GREEN_CATALOGUE.title} ${GREEN_CATALOGUE.number}（${GREEN_CATALOGUE.effective} 起施行）; 绿色债券支持项目目录（2021年版）; 绿色产业指导目录（2019年版）`,
  packs: ["national"],
  anchors: ["绿色(贷款|信贷).*(按|分)(领域|产业|用途|投向)", "绿色(贷款|信贷)(领域|产业|投向)(分布|结构|情况)", "^(绿色)?(产业|项目)?领域$"],
  enAnchors: ["green loans by (?:area|category|sector|use)"],
  columns: [
    { id: "balance", label: { zh: "贷款余额", en: "balance" }, patterns: ["余额$", "^金额$"], en: ["balance|amount|outstanding"], required: true },
    { id: "share", label: { zh: "占比", en: "share" }, patterns: ["占比$", "比重$"], en: ["^(?:share|proportion)"], kind: "percent" },
  ],
  rows: [
    {
      id: "areas",
      label: { zh: "领域", en: "area" },
      // Any name shaped like an area (the check below says whether the catalogue has it).
      patterns: ["^(其中[:：]?)?[\\u4e00-\\u9fff]{2,12}(产业|领域|升级|服务|转型|修复和利用|贸易|消费)$"],
      en: ["(?:industry|industries|upgrade|services|transition|trade|consumption)$"],
      exclude: ["^(合计|总计)$"],
      repeat: true,
    },
    { id: "total", label: { zh: "合计", en: "total" }, patterns: ["^(合计|总计|绿色(贷款|信贷)(余额)?(合计)?)$"], en: ["^(?:total|sum)$"], required: true },
  ],
  rules: [
    {
      id: "area-total",
      kind: "sum",
      title: { zh: "合计 = 各领域之和", en: "total = sum of areas" },
      total: { row: "total", col: "balance" },
      parts: [{ row: "areas", col: "balance" }],
    },
    {
      id: "area-shares",
      kind: "shares",
      title: { zh: "领域占比 = 领域余额 ÷ 合计", en: "area share = area balance ÷ total" },
      parts: "areas",
      valueColumn: "balance",
      shareColumn: "share",
      total: "total",
    },
    { id: "area-names", kind: "catalogueArea", title: { zh: "绿色金融支持项目目录领域", en: "catalogue areas" }, rows: "areas" },
  ],
};
