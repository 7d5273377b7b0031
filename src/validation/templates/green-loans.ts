import type { RowSpec, Template } from "../model";

/**
 * 绿色信贷关键指标 (total / corporate / retail): the shape of Anlong 2021 §1.2 and §7.2.
 * Labels vary between banks: 绿色贷款 for 绿色信贷, 各项贷款 for 信贷, 零售 or 个人.
 */
const LOAN = "(信贷|贷款)";

/** English words of a segment: "" for the whole bank, "corporate", "retail". */
const EN_SEGMENT: Record<string, string> = { total: "(?:total |all )?", corporate: "corporate ", retail: "(?:retail|personal|individual) " };
const EN_YEAR_START = "(?: since (?:the )?(?:start|beginning) of (?:the )?year| ytd| year to date)?";

function segment(prefix: string, id: string, zh: string, en: string, who: string, optionalPrefixForCustomers = false): RowSpec[] {
  const customerPrefix = optionalPrefixForCustomers ? `${prefix}?` : prefix;
  const seg = EN_SEGMENT[id];
  const segOptional = optionalPrefixForCustomers ? `(?:${seg})?` : seg;
  // Only the whole-bank figures are required; not every bank splits corporate and retail.
  const required = id === "total";
  return [
    {
      id: `${id}Loans`,
      label: { zh: `${zh}信贷余额`, en: `${en} loans` },
      patterns: [`^${prefix}(表内)?${LOAN}余额$`],
      en: [`^${seg}(?:on-balance-sheet )?loans?(?: balance| outstanding)?$`],
      unit: "亿元",
      required,
    },
    {
      id: `${id}Green`,
      label: { zh: `${zh}绿色信贷余额`, en: `${en} green loans` },
      patterns: [`^${prefix}(表内)?绿色${LOAN}余额$`],
      en: [`^${seg}green (?:loans?|credit)(?: balance| outstanding)?$`],
      unit: "亿元",
      required,
    },
    {
      id: `${id}Share`,
      label: { zh: `${zh}绿色信贷占比`, en: `${en} green share` },
      patterns: [`^绿色${LOAN}(余额)?占${who}`, `^${prefix}(表内)?绿色${LOAN}(余额)?占比`],
      en: [`^${seg}green (?:loans?|credit) (?:share|ratio|proportion)`, `^share of ${seg}green`],
      kind: "percent",
      required,
    },
    {
      id: `${id}Increase`,
      label: { zh: "较年初增加额", en: "increase since the start of the year" },
      patterns: ["^较年初增加(额)?$", "^较年初增长额$"],
      en: [`^increase${EN_YEAR_START}$`],
      unit: "亿元",
      signed: true,
    },
    {
      id: `${id}Growth`,
      label: { zh: "较年初增幅", en: "growth since the start of the year" },
      patterns: ["^较年初增幅$", "^较年初增长率$"],
      en: [`^growth(?: rate)?${EN_YEAR_START}$`],
      kind: "percent",
      signed: true,
    },
    {
      id: `${id}Customers`,
      label: { zh: `${zh}绿色客户数量`, en: `${en} green customers` },
      patterns: [`^${customerPrefix}绿色客户(数量|数|户数)$`],
      en: [`^${segOptional}green (?:customers|clients)$`, `^number of ${segOptional}green (?:customers|clients)$`],
      kind: "count",
    },
  ];
}

const total = segment("(各项|全部)?", "total", "", "all", "(各项|全部)?");
// The whole-bank rows have no prefix: "信贷余额", "绿色信贷余额", "其中:绿色信贷余额占比".
total[2].patterns = [`^绿色${LOAN}(余额)?占比$`, `^绿色${LOAN}(余额)?占(各项|全部)${LOAN}`];

/** Why the segment sums are warnings: banks also lend outside the corporate and retail books. */
const SEGMENTS_EXPLAIN = {
  zh: "警告而非错误：对公与零售之外可能还有票据贴现、同业等其他贷款，合计不必等于两者之和",
  en: "a warning, not an error: discounted bills, interbank and other loans may lie outside the corporate and retail books",
};

export const GREEN_LOAN_INDICATORS: Template = {
  id: "green-loan-indicators",
  title: { zh: "绿色信贷关键指标", en: "Green-loan key indicators" },
  source: "JR/T 0227—2021 §6.7 及地方模板（人民银行贵州省分行绿色金融关键指标）",
  basedOn: { zh: "贵州安龙农商银行 2021 年报告 1.2 节的版式", en: "layout of Guizhou Anlong Rural Commercial Bank's 2021 report, §1.2" },
  packs: ["national", "guizhou"],
  anchors: ["整体投融资情况", "绿色信贷情况概览", "绿色(信贷|贷款|金融)(关键|主要)指标", "绿色(信贷|贷款)(业务)?情况"],
  enAnchors: ["^green (?:loan|credit|finance) (?:key |main )?(?:indicators|overview|figures)"],
  columns: [{ id: "value", label: { zh: "数值", en: "value" }, patterns: ["^(数额|数值|金额|余额|本期|期末)$"], en: ["^(?:value|amount|balance)$"] }],
  rows: [...total, ...segment("对公", "corporate", "对公", "corporate", "对公"), ...segment("(零售|个人)", "retail", "零售", "retail", "(零售|个人)", true)],
  rules: [
    {
      id: "green-share",
      kind: "ratio",
      title: { zh: "绿色信贷占比 = 绿色信贷余额 ÷ 信贷余额", en: "green share = green loans ÷ loans" },
      result: { row: "totalShare" },
      numerator: { row: "totalGreen" },
      denominator: { row: "totalLoans" },
    },
    {
      id: "corporate-green-share",
      kind: "ratio",
      title: { zh: "对公绿色信贷占比 = 对公绿色信贷余额 ÷ 对公信贷余额", en: "corporate green share = corporate green loans ÷ corporate loans" },
      result: { row: "corporateShare" },
      numerator: { row: "corporateGreen" },
      denominator: { row: "corporateLoans" },
    },
    {
      id: "retail-green-share",
      kind: "ratio",
      title: { zh: "零售绿色信贷占比 = 零售绿色信贷余额 ÷ 零售信贷余额", en: "retail green share = retail green loans ÷ retail loans" },
      result: { row: "retailShare" },
      numerator: { row: "retailGreen" },
      denominator: { row: "retailLoans" },
    },
    {
      id: "loans-total",
      kind: "sum",
      severity: "warning",
      explain: SEGMENTS_EXPLAIN,
      title: { zh: "信贷余额 = 对公 + 零售", en: "loans = corporate + retail" },
      total: { row: "totalLoans" },
      parts: [{ row: "corporateLoans" }, { row: "retailLoans" }],
    },
    {
      id: "green-total",
      kind: "sum",
      severity: "warning",
      explain: SEGMENTS_EXPLAIN,
      title: { zh: "绿色信贷余额 = 对公 + 零售", en: "green loans = corporate + retail" },
      total: { row: "totalGreen" },
      parts: [{ row: "corporateGreen" }, { row: "retailGreen" }],
    },
    {
      id: "customers-total",
      kind: "sum",
      severity: "warning",
      explain: SEGMENTS_EXPLAIN,
      title: { zh: "绿色客户数量 = 对公 + 零售", en: "green customers = corporate + retail" },
      total: { row: "totalCustomers" },
      parts: [{ row: "corporateCustomers" }, { row: "retailCustomers" }],
    },
    {
      id: "green-growth",
      kind: "growth",
      title: { zh: "增幅 = 增加额 ÷ 年初余额", en: "growth = increase ÷ opening balance" },
      current: { row: "totalGreen" },
      increase: { row: "totalIncrease" },
      growth: { row: "totalGrowth" },
    },
    {
      id: "corporate-growth",
      kind: "growth",
      title: { zh: "对公增幅 = 增加额 ÷ 年初余额", en: "corporate growth = increase ÷ opening balance" },
      current: { row: "corporateGreen" },
      increase: { row: "corporateIncrease" },
      growth: { row: "corporateGrowth" },
    },
    {
      id: "retail-growth",
      kind: "growth",
      title: { zh: "零售增幅 = 增加额 ÷ 年初余额", en: "retail growth = increase ÷ opening balance" },
      current: { row: "retailGreen" },
      increase: { row: "retailIncrease" },
      growth: { row: "retailGrowth" },
    },
  ],
};
