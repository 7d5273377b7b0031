import type { Template } from "../model";

/**
 * 投融资碳排放台账: one row per loan, the working paper behind the by-industry and summary tables.
 * Attribution per the PBoC carbon-accounting guide as banks describe it (monthly-average financing ÷
 * total project investment or operating revenue, capped at 1). The 500万元 threshold for
 * non-project borrowers is as commonly described; the guide's text was not available, so it is info.
 */
export const FINANCED_LEDGER: Template = {
  id: "financed-ledger",
  title: { zh: "投融资碳排放台账（逐笔）", en: "Financed-emissions ledger (loan by loan)" },
  source: "《金融机构碳核算技术指南（试行）》；PCAF 标准 A 部分数据质量评分",
  basedOn: { zh: "据安龙农商银行 2021 年报告 9.1 节的描述", en: "as Anlong's 2021 report describes it, §9.1" },
  packs: ["national"],
  layout: "records",
  anchors: ["碳排放(核算)?台账", "逐笔.*碳排放", "贷款.*碳排放.*明细", "碳核算(明细|清单)"],
  enAnchors: ["financed emissions (?:ledger|register|by loan)"],
  columns: [
    {
      id: "borrower",
      label: { zh: "融资主体或项目", en: "borrower or project" },
      patterns: ["^(融资主体|借款人|借款企业|客户|企业|项目|融资项目)(名称)?(或项目)?(名称)?$", "^融资主体或项目$"],
      en: ["^(?:borrower|client|customer|company|project|counterparty)(?: name)?$"],
      kind: "text",
    },
    {
      id: "section",
      label: { zh: "行业门类", en: "industry section" },
      patterns: ["行业(门类|类别|代码|分类)", "^所属行业"],
      en: ["industry|sector"],
      kind: "text",
    },
    {
      id: "type",
      label: { zh: "融资类型", en: "project / non-project" },
      patterns: ["(融资|业务|贷款)(类型|方式)", "项目/非项目"],
      en: ["(?:financing|loan|business) type", "project.*non.?project"],
      kind: "text",
    },
    {
      id: "financing",
      label: { zh: "月均融资额（万元）", en: "monthly-average financing (万元)" },
      patterns: ["(月均|日均)(融资|投资|贷款|投融资)?(余额|金额|额)?", "^(融资|贷款|投融资)(余额|金额)$"],
      en: ["(?:monthly|daily).average", "^(?:outstanding|exposure|loan balance|financing balance)"],
      unit: "万元",
    },
    {
      id: "denominator",
      label: { zh: "项目总投资或主营业务收入（万元）", en: "total investment or operating revenue (万元)" },
      patterns: ["总投资", "营业(务)?收入", "总资产", "分母"],
      en: ["total (?:project )?investment", "revenue", "total assets", "enterprise value|evic", "denominator"],
      unit: "万元",
    },
    {
      id: "emissions",
      label: { zh: "主体或项目排放量（吨）", en: "entity emissions (t)" },
      // The carbon-accounting guide's E项目 / E主体; not the attributed (业务) emissions.
      patterns: [".*(碳排放量|排放量|排放总量|温室气体排放)$", "^e(项目|主体)([/、或]e?(项目|主体))?$"],
      en: [".*emissions$"],
      // The attributed and intensity columns also end in 排放量 / emissions.
      exclude: ["(归因|业务|投融资|融资碳|分摊|贷款碳|强度)", "(attributed|financed)"],
      unit: "t",
    },
    {
      id: "attributed",
      label: { zh: "归因排放量（吨）", en: "attributed emissions (t)" },
      patterns: ["归因(碳)?排放", "^(业务|投融资|融资|分摊|贷款)(活动)?(碳)?排放量", "^e业务$"],
      en: ["attributed", "^financed emissions"],
      unit: "t",
    },
    {
      id: "score",
      label: { zh: "数据质量评分", en: "data-quality score" },
      patterns: ["数据质量", "评分", "质量得分"],
      en: ["data.quality", "pcaf score"],
      kind: "count",
    },
  ],
  rows: [
    { id: "loans", label: { zh: "贷款", en: "loan" }, patterns: [".*"], repeat: true },
    { id: "total", label: { zh: "合计", en: "total" }, patterns: ["^(合计|总计)$"], en: ["^(?:total|sum)$"] },
  ],
  rules: [
    {
      id: "attributed",
      kind: "attribution",
      title: { zh: "归因排放量 = 排放量 × min(1, 月均融资额 ÷ 分母)", en: "attributed = emissions × min(1, financing ÷ denominator)" },
      rows: "loans",
      emissions: "emissions",
      financing: "financing",
      denominator: "denominator",
      attributed: "attributed",
    },
    {
      id: "non-project-threshold",
      kind: "threshold",
      title: { zh: "非项目融资月均融资额", en: "non-project monthly-average financing" },
      rows: "loans",
      column: "financing",
      min: 500,
      typeColumn: "type",
      typePattern: "非项目",
      explain: {
        zh: "人民银行碳核算指南通常描述为月均融资额 500 万元以上才纳入核算（原文未核实）",
        en: "the PBoC guide is commonly described as including non-project borrowers from 5 million yuan of monthly-average financing (text not verified)",
      },
    },
    {
      id: "entity-figures",
      kind: "entity",
      title: { zh: "同一主体的排放量与分母", en: "an entity's emissions and denominator" },
      rows: "loans",
      key: "borrower",
      columns: ["emissions", "denominator"],
      figures: ["financing", "denominator", "emissions", "attributed"],
    },
    { id: "score-range", kind: "range", title: { zh: "数据质量评分", en: "data-quality score" }, rows: "loans", column: "score", min: 1, max: 5 },
    {
      id: "ledger-total",
      kind: "sum",
      title: { zh: "合计 = 各笔归因排放量之和", en: "total = sum of attributed emissions" },
      total: { row: "total", col: "attributed" },
      parts: [{ row: "loans", col: "attributed" }],
    },
    {
      id: "ledger-equals-industry",
      kind: "equal",
      title: { zh: "台账合计 = 按行业投融资碳排放总计", en: "ledger total = by-industry total" },
      a: { table: "financed-by-industry", row: "total", col: "emissions" },
      b: { row: "total", col: "attributed" },
    },
    {
      id: "ledger-by-section",
      kind: "groupSum",
      title: { zh: "按行业汇总台账 = 行业排放", en: "ledger by section = industry emissions" },
      rows: "loans",
      keyColumn: "section",
      valueColumn: "attributed",
      target: { table: "financed-by-industry", rows: "sections", col: "emissions" },
    },
  ],
};
