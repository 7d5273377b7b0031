import type { ColumnSpec, RowSpec, RuleSpec, Template } from "../model";

/**
 * 碳减排支持工具信息披露: the quarterly table every bank that uses the PBoC carbon reduction facility
 * publishes — by area, for 本季度 / 本年度累计 / 获得支持以来累计, the project count, loan amount,
 * weighted average rate and the annual reduction the loans bring. Column layout as in Bank of China's
 * 2024 Q2 disclosure; the three periods are running totals of one loan list.
 */

const PERIODS = [
  {
    id: "quarter",
    zh: "本季度新发放",
    en: "this quarter",
    within: ["季度", "当季", "本期新发放", "quarter", "\\bq[1-4]\\b"],
  },
  {
    id: "year",
    zh: "本年度累计发放",
    en: "year to date",
    within: ["本年", "年初至今", "年度累计", "(?:19|20)\\d{2}\\s*年(?:度)?(?:累计|以来|1\\s*[-至~]\\s*\\d+\\s*月)", "year.to.date", "\\bytd\\b", "this year"],
  },
  {
    id: "since",
    zh: "获得支持以来累计发放",
    en: "since joining the facility",
    within: ["获得.*以来", "支持以来", "开办以来", "设立以来", "累计至今", "自.*以来", "\\bsince\\b", "inception"],
  },
] as const;

const METRICS = [
  {
    id: "Count",
    zh: "支持的项目数量",
    en: "projects",
    unit: "个",
    kind: "count" as const,
    patterns: ["项目(数量|数|个数)", "支持的项目"],
    en_: ["projects?\\b", "number of projects"],
  },
  {
    id: "Amount",
    zh: "贷款金额",
    en: "loan amount",
    unit: "万元",
    patterns: ["金额", "发放额", "贷款额"],
    en_: ["amount", "loans? (?:granted|issued|disbursed)"],
  },
  {
    id: "Rate",
    zh: "加权平均利率",
    en: "weighted average rate",
    unit: "%",
    kind: "percent" as const,
    patterns: ["利率"],
    en_: ["\\brate\\b", "interest"],
  },
  {
    id: "Reduction",
    zh: "带动的年度碳减排量",
    en: "annual CO2e reduction",
    unit: "t",
    patterns: ["减排量", "减碳量"],
    en_: ["reduction", "co2e? (?:reduced|avoided)"],
  },
];

const COLUMNS: ColumnSpec[] = PERIODS.flatMap((p) =>
  METRICS.map((m) => ({
    id: `${p.id}${m.id}`,
    label: { zh: `${p.zh}·${m.zh}`, en: `${p.en}: ${m.en}` },
    patterns: m.patterns,
    en: m.en_,
    within: [...p.within],
    unit: m.unit,
    kind: m.kind,
  })),
);

/** The three areas since 2021 and those the 2026 notice adds (their official row labels were not found: optional rows). */
const AREAS: RowSpec[] = [
  { id: "cleanEnergy", label: { zh: "清洁能源", en: "clean energy" }, patterns: ["^清洁能源(领域|类|产业)?$"], en: ["^clean energy"], required: true },
  {
    id: "energySaving",
    label: { zh: "节能环保", en: "energy saving and environmental protection" },
    patterns: ["^节能环保(领域|类|产业)?$"],
    en: ["^energy (?:saving|conservation|efficiency)(?: and environmental protection)?$"],
    required: true,
  },
  {
    id: "carbonTech",
    label: { zh: "碳减排技术", en: "carbon reduction technology" },
    patterns: ["^碳减排技术(领域|类)?$"],
    en: ["^(?:carbon|emissions?) reduction technolog"],
    required: true,
  },
  { id: "retrofit", label: { zh: "节能改造", en: "energy-saving retrofit" }, patterns: ["^节能(降碳)?改造"], en: ["retrofit"] },
  { id: "greenUpgrade", label: { zh: "绿色升级", en: "green upgrade" }, patterns: ["^绿色升级", "^基础设施绿色升级"], en: ["^green upgrad"] },
  {
    id: "energyTransition",
    label: { zh: "能源绿色低碳转型", en: "green low-carbon energy transition" },
    patterns: ["^能源绿色低碳转型"],
    en: ["energy transition"],
  },
];

const TOTAL: RowSpec = { id: "total", label: { zh: "合计", en: "total" }, patterns: ["^(合计|总计)$"], en: ["^(?:total|sum|grand total)$"], required: true };

const BAND_EXPLAIN = {
  zh: "七家银行的季度披露中约为 1.4–6.6 吨二氧化碳当量/万元（中信 1.41、上饶 2.44、中国银行 2.82、国开行 3.14、青岛 6.61，后者为生物质热电联产），请核对减排量或金额的单位",
  en: "seven banks' quarterly disclosures show about 1.4–6.6 tCO2e per 万元 (CITIC 1.41, Shangrao 2.44, Bank of China 2.82, CDB 3.14, Qingdao 6.61, a biomass CHP project); check the units of the reduction and the amount",
};

const RUNNING_TOTAL = {
  zh: "本季度发放计入本年度累计，本年度累计计入获得支持以来累计",
  en: "this quarter's loans are part of the year to date, and those of the year part of the total since joining",
};

const areaIds = AREAS.map((a) => a.id);

const RULES: RuleSpec[] = [
  ...PERIODS.flatMap((p): RuleSpec[] => [
    ...METRICS.filter((m) => m.id !== "Rate").map((m): RuleSpec => ({
      id: `${p.id}-${m.id.toLowerCase()}-total`,
      kind: "sum",
      title: { zh: `${p.zh}${m.zh}：合计 = 各领域之和`, en: `${p.en}, ${m.en}: total = sum of areas` },
      total: { row: "total", col: `${p.id}${m.id}` },
      parts: areaIds.map((row) => ({ row, col: `${p.id}${m.id}` })),
      absentIsZero: true,
    })),
    {
      id: `${p.id}-rate-total`,
      kind: "weightedMean",
      title: { zh: `${p.zh}加权平均利率：合计 = Σ 金额 × 利率 ÷ Σ 金额`, en: `${p.en}, weighted average rate: total = Σ amount × rate ÷ Σ amount` },
      result: { row: "total", col: `${p.id}Rate` },
      parts: areaIds,
      valueColumn: `${p.id}Rate`,
      weightColumn: `${p.id}Amount`,
    },
    {
      id: `${p.id}-reduction-per-amount`,
      kind: "ratioBand",
      title: { zh: `${p.zh}每万元贷款带动的年度碳减排量`, en: `${p.en}, annual reduction per 万元 of loans` },
      numeratorColumn: `${p.id}Reduction`,
      denominatorColumn: `${p.id}Amount`,
      min: 0.5,
      max: 10,
      explain: BAND_EXPLAIN,
    },
  ]),
  ...METRICS.filter((m) => m.id !== "Rate").map((m): RuleSpec => ({
    id: `running-${m.id.toLowerCase()}`,
    kind: "ordered",
    title: { zh: `${m.zh}：本季度 ≤ 本年度累计 ≤ 以来累计`, en: `${m.en}: quarter ≤ year to date ≤ since joining` },
    columns: PERIODS.map((p) => `${p.id}${m.id}`),
    explain: RUNNING_TOTAL,
  })),
];

export const FACILITY_DISCLOSURE: Template = {
  id: "facility-disclosure",
  title: { zh: "碳减排支持工具信息披露（碳减排贷款）", en: "Carbon reduction facility disclosure (carbon reduction loans)" },
  source: "中国人民银行碳减排支持工具（2021-11-08）按季度披露要求：领域、项目数量、贷款金额、加权平均利率、带动的年度碳减排量",
  basedOn: { zh: "中国银行 2024 年二季度披露附表的列结构", en: "column layout of Bank of China's 2024 Q2 disclosure" },
  packs: ["facility"],
  anchors: ["碳减排支持工具", "碳减排贷款(信息)?(披露|情况|发放|统计)", "^碳减排(领域|重点领域)$"],
  enAnchors: ["carbon (?:emission )?reduction (?:support )?facility", "carbon (?:emission )?reduction loans"],
  columns: COLUMNS,
  rows: [...AREAS, TOTAL],
  rules: RULES,
  narrative: {
    title: { zh: "信息披露说明（按上表自动生成）", en: "Disclosure statement (written from the table)" },
    inputs: [
      { id: "bank", label: { zh: "机构名称", en: "institution" } },
      { id: "period", label: { zh: "本季度（如 2026年第一季度）", en: "quarter (e.g. 2026年第一季度)" } },
    ],
    paragraphs: [
      [
        "根据中国人民银行相关规定，",
        { input: "bank" },
        "在碳减排支持工具的支持下，向符合条件的碳减排项目发放碳减排贷款，并根据要求向公众披露本机构获得碳减排支持工具支持的碳减排项目数量、碳减排贷款金额和加权平均利率、碳减排贷款带动的年度碳减排量。以下信息不存在虚假记载、重大遗漏或误导性陈述。",
      ],
      ...PERIODS.map((p) => [
        p.id === "quarter" ? { input: "period" } : p.id === "year" ? "本年度" : "获得碳减排支持工具支持以来",
        "，",
        { input: "bank" },
        p.id === "quarter" ? "在碳减排支持工具支持下，合计向" : "累计向",
        { cell: { row: "total", col: `${p.id}Count` }, format: "#,##0" },
        "个项目发放碳减排贷款",
        { cell: { row: "total", col: `${p.id}Amount` }, format: "#,##0.00" },
        "万元，贷款加权平均利率",
        { cell: { row: "total", col: `${p.id}Rate` }, format: "0.00", times: 100 },
        "%，带动的年度碳减排量为",
        { cell: { row: "total", col: `${p.id}Reduction` }, format: "#,##0.00" },
        "吨二氧化碳当量。",
      ]),
      ["本信息披露的碳减排贷款将专项用于清洁能源、节能环保和碳减排技术等重点领域，", { input: "bank" }, "将定期披露碳减排贷款相关信息。"],
    ],
  },
};
