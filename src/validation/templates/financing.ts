import type { Bilingual, Ref, RuleSpec, Template } from "../model";

/** Upper bounds for plausibility warnings on benefits per tonne of standard coal saved. */
const SO2_PER_TCE_MAX = 0.085;
const SO2_EXPLAIN: Bilingual = {
  zh: "即使原煤含硫 3%、全部释放：1 ÷ 0.7143 × 3% × 2 ≈ 0.084 吨二氧化硫/吨标准煤",
  en: "even 3 % sulfur in raw coal, fully released, gives 1 ÷ 0.7143 × 3 % × 2 ≈ 0.084 t SO2 per tce",
};
const NOX_PER_TCE_MAX = 0.03;
const NOX_EXPLAIN: Bilingual = {
  zh: "相当于每吨原煤约 21 千克氮氧化物，远高于常见的 3–10 千克",
  en: "about 21 kg NOx per t of raw coal, far above the usual 3–10 kg",
};
const CO2_PER_TCE_MAX = 3.7;
const CO2_EXPLAIN: Bilingual = {
  zh: "最高的电网基准线因子约 1.08 tCO2/MWh，供电煤耗约 0.3 tce/MWh，比值约 3.6",
  en: "the highest grid baseline factor, about 1.08 tCO2/MWh, over about 0.3 tce/MWh of coal gives about 3.6",
};

function plausibility(coal: Ref, so2: Ref, nox: Ref, co2: Ref): RuleSpec[] {
  return [
    {
      id: "so2-per-coal",
      kind: "maxRatio",
      title: { zh: "二氧化硫减排量 ÷ 节约标准煤", en: "SO2 reduction ÷ coal saved" },
      numerator: so2,
      denominator: coal,
      max: SO2_PER_TCE_MAX,
      explain: SO2_EXPLAIN,
    },
    {
      id: "nox-per-coal",
      kind: "maxRatio",
      title: { zh: "氮氧化物减排量 ÷ 节约标准煤", en: "NOx reduction ÷ coal saved" },
      numerator: nox,
      denominator: coal,
      max: NOX_PER_TCE_MAX,
      explain: NOX_EXPLAIN,
    },
    {
      id: "co2-per-coal",
      kind: "maxRatio",
      title: { zh: "二氧化碳减排量 ÷ 节约标准煤", en: "CO2 reduction ÷ coal saved" },
      numerator: co2,
      denominator: coal,
      max: CO2_PER_TCE_MAX,
      explain: CO2_EXPLAIN,
    },
  ];
}

/** 湖州's local green-loan standards (地标口径, e.g. DB3305/T 89—2018) define green loans otherwise than the PBoC. */
const LOCAL_CALIBER = ["^地标", "地方标准", "地标口径"];

/** 投融资对环境产生的影响（人民银行统计口径）: the shape of Kunlun Bank's 2025 Q1 table 5. */
export const FINANCING_IMPACT: Template = {
  id: "financing-impact",
  title: { zh: "投融资环境影响（人民银行统计口径）", en: "Financing impact (PBoC statistics)" },
  source: "JR/T 0227—2021 §6.7；《绿色信贷项目节能减排量测算指引》",
  basedOn: { zh: "昆仑银行 2025 年一季度报告表 5 的版式", en: "layout of Kunlun Bank's 2025 Q1 report, table 5" },
  packs: ["national", "huzhou"],
  anchors: ["投融资(活动)?对环境(产生)?的影响", "人民银行统计口径"],
  enAnchors: ["(?:environmental )?impact of (?:investment and )?financing", "^financing impact"],
  columns: [{ id: "value", label: { zh: "数值", en: "value" }, patterns: ["^截至.*(末|季度|年)$", "^(数值|数额)$"] }],
  rows: [
    {
      id: "greenLoans",
      label: { zh: "绿色信贷余额", en: "green loans" },
      patterns: ["^绿色(信贷|贷款)余额$", "^人行(口径)?.*绿色(信贷|贷款)余额$"],
      en: ["^green (?:loans?|credit)(?: balance| outstanding)?$", "^pboc.*green (?:loans?|credit)"],
      exclude: LOCAL_CALIBER,
      unit: "万元",
      required: true,
    },
    {
      id: "totalLoans",
      label: { zh: "各项贷款余额", en: "total loans" },
      patterns: ["^(各项|全部)?(信贷|贷款)余额$"],
      en: ["^(?:total |all )?loans(?: balance| outstanding)?$"],
      unit: "万元",
    },
    {
      id: "greenShare",
      label: { zh: "绿色信贷占比", en: "green share" },
      patterns: ["^绿色(信贷|贷款)(余额)?占比$"],
      en: ["^green (?:loans?|credit) (?:share|ratio|proportion)"],
      kind: "percent",
    },
    {
      // 湖州: the local-standard caliber beside the PBoC one. Another definition of the same loans: never summed with them.
      id: "greenLoansLocal",
      label: { zh: "地标绿色贷款余额", en: "green loans (local standard)" },
      patterns: LOCAL_CALIBER,
      en: ["local standard"],
      unit: "万元",
    },
    { id: "coal", label: { zh: "折合减排标准煤", en: "standard coal saved" }, patterns: ["标准煤"], en: ["standard coal"] },
    { id: "co2", label: { zh: "折合减排二氧化碳当量", en: "CO2e reduced" }, patterns: ["二氧化碳"], en: ["^(?:co2e?|carbon dioxide|carbon emissions?)\\b"] },
    { id: "cod", label: { zh: "折合减排化学需氧量", en: "COD reduced" }, patterns: ["化学需氧量", "cod"], en: ["\\bcod\\b", "chemical oxygen demand"] },
    { id: "ammoniaNitrogen", label: { zh: "折合减排氨氮", en: "ammonia nitrogen reduced" }, patterns: ["氨氮"], en: ["ammonia"] },
    { id: "so2", label: { zh: "折合减排二氧化硫", en: "SO2 reduced" }, patterns: ["二氧化硫", "so2"], en: ["\\bso2\\b", "sul(?:f|ph)ur dioxide"] },
    { id: "nox", label: { zh: "折合减排氮氧化物", en: "NOx reduced" }, patterns: ["氮氧化物", "nox"], en: ["\\bnox\\b", "nitrogen oxides?"] },
    { id: "waterSaved", label: { zh: "折合节水", en: "water saved" }, patterns: ["节水"], en: ["water sav"] },
    {
      id: "greenBonds",
      label: { zh: "持有绿色债券余额", en: "green bonds held" },
      patterns: ["绿色债(券)?(余额|存量)"],
      en: ["^(?:holdings of )?green bonds?(?: held| balance| holdings)?$"],
      unit: "万元",
    },
    {
      id: "bondCo2",
      label: { zh: "绿色债券折合减排二氧化碳当量", en: "CO2e reduced by green bonds" },
      patterns: ["二氧化碳"],
      en: ["(?:co2|carbon).*bonds?", "bonds?.*(?:co2|carbon)"],
    },
  ],
  rules: [
    {
      id: "green-share",
      kind: "ratio",
      title: { zh: "绿色信贷占比 = 绿色信贷余额 ÷ 各项贷款余额", en: "green share = green loans ÷ total loans" },
      result: { row: "greenShare" },
      numerator: { row: "greenLoans" },
      denominator: { row: "totalLoans" },
    },
    ...plausibility({ row: "coal" }, { row: "so2" }, { row: "nox" }, { row: "co2" }),
  ],
};

/** 绿色信贷环境效益: the loan-attributed benefits of green projects (Anlong 2021 §7.2). */
export const GREEN_LOAN_BENEFITS: Template = {
  id: "green-loan-benefits",
  title: { zh: "绿色信贷环境效益", en: "Green-loan environmental benefits" },
  source: "《绿色信贷项目节能减排量测算指引》（原银监会 2013；银保监办便函〔2020〕739号）",
  basedOn: { zh: "安龙农商银行 2021 年报告 7.2 节的版式", en: "layout of Anlong's 2021 report, §7.2" },
  packs: ["national"],
  anchors: ["绿色信贷环境效益", "绿色(信贷|贷款)(项目)?(节能减排|环境效益)"],
  enAnchors: ["environmental benefits? of green (?:loans|credit)", "^green (?:loan|credit) (?:environmental )?benefits"],
  columns: [{ id: "value", label: { zh: "披露数据", en: "reported" }, patterns: ["^(披露数据|数值|数额)$"] }],
  rows: [
    { id: "coal", label: { zh: "节约标准煤", en: "standard coal saved" }, patterns: ["标准煤"], en: ["standard coal"] },
    { id: "co2", label: { zh: "二氧化碳减排量", en: "CO2 reduced" }, patterns: ["二氧化碳"], en: ["^(?:co2e?|carbon dioxide|carbon emissions?)\\b"] },
    { id: "so2", label: { zh: "二氧化硫减排量", en: "SO2 reduced" }, patterns: ["二氧化硫", "so2"], en: ["\\bso2\\b", "sul(?:f|ph)ur dioxide"] },
    { id: "nox", label: { zh: "氮氧化物减排量", en: "NOx reduced" }, patterns: ["氮氧化物", "nox"], en: ["\\bnox\\b", "nitrogen oxides?"] },
    { id: "cod", label: { zh: "化学需氧量", en: "COD reduced" }, patterns: ["化学需氧量", "cod"], en: ["\\bcod\\b", "chemical oxygen demand"] },
    { id: "ammoniaNitrogen", label: { zh: "氨氮", en: "ammonia nitrogen reduced" }, patterns: ["氨氮"], en: ["ammonia"] },
    { id: "waterSaved", label: { zh: "节水", en: "water saved" }, patterns: ["节水", "水资源节约"], en: ["water sav"] },
  ],
  rules: plausibility({ row: "coal" }, { row: "so2" }, { row: "nox" }, { row: "co2" }),
};

/** 投融资活动碳排放量 by industry (GB/T 4754 sections) with shares: Anlong 2021 §7.1. */
export const FINANCED_BY_INDUSTRY: Template = {
  id: "financed-by-industry",
  title: { zh: "投融资活动碳排放（按行业）", en: "Financed emissions by industry" },
  source: "《金融机构碳核算技术指南（试行）》；GB/T 4754—2017 行业门类",
  basedOn: { zh: "安龙农商银行 2021 年报告 7.1 节的版式", en: "layout of Anlong's 2021 report, §7.1" },
  packs: ["national", "jiangsu"],
  anchors: ["投融资活动碳排放量$", "^行业类别", "按行业.*碳排放"],
  enAnchors: ["(?:financed )?emissions by industry"],
  columns: [
    { id: "emissions", label: { zh: "碳排放量（吨）", en: "emissions (t)" }, patterns: ["排放量$"], en: ["emissions?$"], unit: "t", required: true },
    { id: "share", label: { zh: "占比", en: "share" }, patterns: ["占比$"], en: ["^(?:share|proportion|percentage)"], kind: "percent" },
  ],
  rows: [
    { id: "sections", label: { zh: "行业门类", en: "industry section" }, patterns: ["^[a-z][\\u4e00-\\u9fff]"], en: ["^[a-t] [a-z]"], repeat: true, unit: "t" },
    { id: "total", label: { zh: "总计", en: "total" }, patterns: ["^(总计|合计)$"], en: ["^(?:total|sum|grand total)$"], unit: "t", required: true },
  ],
  rules: [
    {
      id: "industry-total",
      kind: "sum",
      title: { zh: "总计 = 各行业之和", en: "total = sum of industries" },
      total: { row: "total", col: "emissions" },
      parts: [{ row: "sections", col: "emissions" }],
    },
    {
      id: "industry-shares",
      kind: "shares",
      title: { zh: "行业占比 = 行业排放 ÷ 总计", en: "industry share = industry emissions ÷ total" },
      parts: "sections",
      valueColumn: "emissions",
      shareColumn: "share",
      total: "total",
    },
    { id: "section-codes", kind: "sectionCodes", title: { zh: "行业门类代码", en: "industry section codes" }, rows: "sections" },
  ],
};

/** 投融资活动碳排放量汇总: project and non-project finance with coverage (Anlong 2021 §7.1). */
export const FINANCED_SUMMARY: Template = {
  id: "financed-summary",
  title: { zh: "投融资碳排放汇总（项目 / 非项目）", en: "Financed emissions summary (project / non-project)" },
  source: "《金融机构碳核算技术指南（试行）》",
  basedOn: { zh: "安龙农商银行 2021 年报告 7.1 节汇总表的版式", en: "layout of Anlong's 2021 report, §7.1 summary table" },
  packs: ["national"],
  anchors: ["投融资活动产生的碳排放量汇总"],
  enAnchors: ["^financed emissions summary"],
  columns: [
    { id: "emissions", label: { zh: "二氧化碳当量", en: "CO2e" }, patterns: ["^二氧化碳当量"], en: ["^(?:co2e?|emissions)"], unit: "t" },
    {
      id: "coverage",
      label: { zh: "所报告部分占比", en: "coverage" },
      patterns: ["比例", "占比$"],
      en: ["coverage", "share", "proportion"],
      kind: "percent",
      unit: "%",
    },
  ],
  rows: [
    {
      id: "project",
      label: { zh: "项目融资业务碳排放量", en: "project finance" },
      patterns: ["^项目融资(业务)?碳排放量$"],
      en: ["^project financ"],
      unit: "t",
      required: true,
    },
    {
      id: "nonProject",
      label: { zh: "非项目融资业务碳排放量", en: "non-project finance" },
      patterns: ["^非项目融资(业务)?碳排放量$"],
      en: ["^non ?project financ"],
      unit: "t",
      required: true,
    },
  ],
  rules: [
    {
      id: "summary-equals-industry",
      kind: "sum",
      title: { zh: "行业合计 = 项目 + 非项目", en: "industry total = project + non-project" },
      total: { table: "financed-by-industry", row: "total", col: "emissions" },
      parts: [
        { row: "project", col: "emissions" },
        { row: "nonProject", col: "emissions" },
      ],
      partial: true,
    },
  ],
};
