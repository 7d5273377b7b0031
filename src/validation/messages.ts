import type { Bilingual } from "../core/messages";

/**
 * The words of every finding and coverage reason, keyed by rule kind (and "compare", "cascade",
 * "coverage" for what all kinds share). Figures arrive already formatted; the catalog only words them.
 */

type Entry = Bilingual | ((...args: never[]) => Bilingual);

/** The unit mix-ups a power of ten between a reported and a computed figure points to. */
export const LIKELY_MIX_UPS: Record<number, Bilingual> = {
  100000000: { zh: "元与亿元相差 100,000,000 倍", en: "元 and 亿元 differ by 100,000,000" },
  10000: { zh: "万元与亿元、元与万元相差 10,000 倍", en: "万元 and 亿元, or 元 and 万元, differ by 10,000" },
  1000: { zh: "千克与吨、千瓦时与兆瓦时相差 1,000 倍", en: "kg and t, or kWh and MWh, differ by 1,000" },
  100: { zh: "百分数可能又乘了 100，或比例未乘 100", en: "a percentage multiplied by 100 again, or a fraction not multiplied by 100" },
};

/** "标题（行）" / "title (row)": a check of one row of a table. */
const ofRow = (title: Bilingual, row: string): Bilingual => ({ zh: `${title.zh}（${row}）`, en: `${title.en} (${row})` });

export const MESSAGES = {
  compare: {
    /** A reported figure against what the others imply. */
    difference: (title: Bilingual, reported: string, computed: string, difference: string | undefined, allowed: string, why: Bilingual): Bilingual => ({
      zh: `${title.zh}：报告值 ${reported}，计算值 ${computed}${difference ? `，相差 ${difference}` : ""}，允许差异 ±${allowed}${why.zh}`,
      en: `${title.en}: reported ${reported}, computed ${computed}${difference ? `, difference ${difference}` : ""}, allowed difference ±${allowed}${why.en}`,
    }),
    rounding: { zh: "（在末位一个单位内，视为舍入调整）", en: " (within one unit of the last printed digit: a rounding adjustment)" },
    because: (reason: Bilingual): Bilingual => ({ zh: `（${reason.zh}）`, en: ` (${reason.en})` }),
    /** The reported figure is the computed one times a power of ten: a unit mixed up, said in words. */
    scale: (times: string, likely: Bilingual): Bilingual => ({
      zh: `；报告值约为计算值的 ${times} 倍，可能是单位混用（${likely.zh}）`,
      en: `; the reported figure is about ${times} times the computed one: probably a unit mix-up (${likely.en})`,
    }),
    none: { zh: "", en: "" },
  },
  cascade: {
    alsoFails: (message: Bilingual, cells: string[]): Bilingual => ({
      zh: `${message.zh}；此数也使 ${cells.join("、")} 的核对不通过`,
      en: `${message.en}; this figure also fails the checks at ${cells.join(", ")}`,
    }),
  },
  sum: {
    partialShort: {
      zh: "“其中”各项之和小于合计：所列项目可能不全，请确认",
      en: "the listed items add up to less than the total: the list may be incomplete, please confirm",
    },
  },
  growth: {
    increase: (title: Bilingual): Bilingual => ({ zh: `${title.zh}：增加额 = 本期 − 期初`, en: `${title.en}: increase = current − opening` }),
  },
  maxRatio: {
    exceeds: (title: Bilingual, ratio: string, max: number, explain: Bilingual): Bilingual => ({
      zh: `${title.zh}：比值 ${ratio} 超过合理上限 ${max}（${explain.zh}）`,
      en: `${title.en}: ratio ${ratio} exceeds the plausible maximum ${max} (${explain.en})`,
    }),
  },
  attribution: {
    ofRow,
    capped: (row: string, factor: string): Bilingual => ({
      zh: `${row}：融资额 ÷ 分母 = ${factor} 大于 1，归因系数按 1 计`,
      en: `${row}: financing ÷ denominator = ${factor} exceeds 1; attribution is capped at 1`,
    }),
  },
  threshold: {
    below: (row: string, title: Bilingual, value: string, min: number, explain: Bilingual): Bilingual => ({
      zh: `${row}：${title.zh}，${value} 低于 ${min}（${explain.zh}）`,
      en: `${row}: ${title.en}, ${value} is below ${min} (${explain.en})`,
    }),
  },
  range: {
    outside: (row: string, title: Bilingual, min: number, max: number, value: string): Bilingual => ({
      zh: `${row}：${title.zh}须在 ${min} 到 ${max} 之间，报告值 ${value}`,
      en: `${row}: ${title.en} must be between ${min} and ${max}, reported ${value}`,
    }),
  },
  groupSum: { ofRow },
  ordered: {
    exceeds: (row: string, smaller: Bilingual, value: string, larger: Bilingual, bound: string, explain?: Bilingual): Bilingual => ({
      zh: `${row}：“${smaller.zh}”${value} 大于“${larger.zh}”${bound}${explain ? `（${explain.zh}）` : ""}`,
      en: `${row}: "${smaller.en}" ${value} exceeds "${larger.en}" ${bound}${explain ? ` (${explain.en})` : ""}`,
    }),
  },
  weightedMean: {
    outside: (title: Bilingual, value: string, lo: string, hi: string): Bilingual => ({
      zh: `${title.zh}：合计 ${value} 不在各项的 ${lo} 到 ${hi} 之间（加权平均值不能超出各项的范围）`,
      en: `${title.en}: the total's ${value} lies outside the items' ${lo} to ${hi} (a weighted mean cannot leave their range)`,
    }),
  },
  catalogueArea: {
    legacy: (label: string, of: string[], current: string, suggestions: string[], periodUnknown: boolean): Bilingual => ({
      zh: `“${label}”是${of.join("、")}的一级分类，不是${current}的领域${
        suggestions.length ? `；可能对应：${suggestions.join("、")}（按名称相近推测，未经官方对照，请按项目逐一归类）` : ""
      }${periodUnknown ? "；若本表期间早于 2025-10-01，可继续使用原分类" : ""}`,
      en: `"${label}" is a first-level category of ${of.join(", ")}, not an area of ${current}${
        suggestions.length ? `; it may correspond to ${suggestions.join(", ")} (a guess by name, no official concordance: classify each project)` : ""
      }${periodUnknown ? "; if the table is for a period before 2025-10-01, the older categories still apply" : ""}`,
    }),
    unknown: (label: string, current: string, areas: string[]): Bilingual => ({
      zh: `“${label}”不是${current}的一级领域，也不是此前目录的分类；一级领域为：${areas.join("、")}`,
      en: `"${label}" is neither a first-level area of ${current} nor a category of its predecessors; the areas are: ${areas.join(", ")}`,
    }),
  },
  entity: {
    differs: (row: string, title: Bilingual, value: string, agreed: string, others: number): Bilingual => ({
      zh: `${row}：${title.zh}为 ${value}，而同一主体的其他 ${others} 笔记录为 ${agreed}（同一主体的排放量、总投资或营业收入应一致；可能整行抄自上一行或数字录错）`,
      en: `${row}: ${title.en} is ${value}, while the same entity's other ${others} record(s) show ${agreed} (an entity's emissions and revenue or investment are the same on each of its loans; a row copied from the one above, or a figure mistyped?)`,
    }),
    repeated: (row: string, above: string): Bilingual => ({
      zh: `“${row}”各项数字与上一行“${above}”完全相同，可能重复录入`,
      en: `"${row}" repeats every figure of the row above ("${above}"): entered twice?`,
    }),
  },
  atMost: {
    exceeds: (title: Bilingual, value: string, bound: string, explain: Bilingual): Bilingual => ({
      zh: `${title.zh}：${value} 大于 ${bound}（${explain.zh}）`,
      en: `${title.en}: ${value} exceeds ${bound} (${explain.en})`,
    }),
  },
  ratioBand: {
    outside: (row: string, title: Bilingual, ratio: string, min: number, max: number, explain: Bilingual): Bilingual => ({
      zh: `${row}：${title.zh} ${ratio}，不在常见范围 ${min}–${max} 内（${explain.zh}）`,
      en: `${row}: ${title.en} ${ratio}, outside the usual ${min}–${max} (${explain.en})`,
    }),
  },
  shares: {
    ofRow,
    notWhole: (title: Bilingual, summed: string): Bilingual => ({
      zh: `${title.zh}：各行占比合计 ${summed}，不为 100%`,
      en: `${title.en}: the shares add up to ${summed}, not 100%`,
    }),
  },
  perCapita: {
    headcounts: (title: Bilingual, others: number, implied: string): Bilingual => ({
      zh: `${title.zh}：其他各行对应员工数约 ${others}，此行对应约 ${implied}`,
      en: `${title.en}: the other rows imply a headcount of about ${others}, this row about ${implied}`,
    }),
  },
  gridFactor: {
    matches: (title: Bilingual, implied: number, matches: string[]): Bilingual => ({
      zh: `${title.zh}：隐含电力排放因子 ${implied} kgCO2/kWh，与 ${matches.join("、")} 一致`,
      en: `${title.en}: implied grid factor ${implied} kgCO2/kWh matches ${matches.join(", ")}`,
    }),
    outdated: (current: string[], newestEdition: string): Bilingual => ({
      zh: `；2012 年区域平均因子已过时，现行因子为 ${current.join("、")}，也可采用本省 ${newestEdition} 年因子`,
      en: `; the 2012 regional averages are outdated — current factors: ${current.join(", ")}, or the province's ${newestEdition} factor`,
    }),
    none: (title: Bilingual, implied: number): Bilingual => ({
      zh: `${title.zh}：隐含电力排放因子 ${implied} kgCO2/kWh，与任何官方版本都不一致`,
      en: `${title.en}: implied grid factor ${implied} kgCO2/kWh matches no official edition`,
    }),
  },
  sectionCodes: {
    notSection: (title: Bilingual, label: string): Bilingual => ({
      zh: `${title.zh}：“${label}”不是 GB/T 4754 门类（A–T）`,
      en: `${title.en}: "${label}" is not a GB/T 4754 section (A–T)`,
    }),
    twice: (title: Bilingual, code: string): Bilingual => ({ zh: `${title.zh}：门类 ${code} 重复`, en: `${title.en}: section ${code} appears twice` }),
  },
  coverage: {
    rowMissing: (label: Bilingual): Bilingual => ({ zh: `缺少“${label.zh}”行`, en: `no "${label.en}" row` }),
    columnMissing: (label: Bilingual): Bilingual => ({ zh: `未找到“${label.zh}”列`, en: `no "${label.en}" column found` }),
    unknownColumn: (id: string): Bilingual => ({ zh: `未找到列 ${id}`, en: `no column ${id}` }),
    noTable: (template: string): Bilingual => ({ zh: `工作簿中没有模板“${template}”的表`, en: `the workbook has no table of template "${template}"` }),
    unknownRow: (id: string): Bilingual => ({ zh: `模板没有行 ${id}`, en: `the template has no row ${id}` }),
    empty: (label: string): Bilingual => ({ zh: `“${label}”为空`, en: `"${label}" is empty` }),
    marker: (label: string, marker: string): Bilingual => ({ zh: `“${label}”标为不适用（${marker}）`, en: `"${label}" is marked not applicable (${marker})` }),
    unreadable: (label: string): Bilingual => ({ zh: `“${label}”不是可核对的数字`, en: `"${label}" is not a number that can be checked` }),
    unmappedNumbers: (zhList: string, enList: string): Bilingual => ({
      zh: `表内 ${zhList} 列有数字，但未能识别为模板中的列`,
      en: `column(s) ${enList} hold numbers but were not recognised as a template column`,
    }),
    both: (a: Bilingual, b: Bilingual): Bilingual => ({ zh: `${a.zh}；${b.zh}`, en: `${a.en}; ${b.en}` }),
  },
  /** Why each row and column was mapped (--explain). */
  mapping: {
    column: (label: Bilingual, header: string | undefined, text: string | undefined, period?: string, unit?: string): Bilingual => ({
      zh: `列“${label.zh}”← ${header}“${text ?? ""}”${period ? `（期间 ${period}）` : ""}${unit ? `（单位 ${unit}）` : ""}`,
      en: `column "${label.en}" ← ${header} "${text ?? ""}"${period ? ` (period ${period})` : ""}${unit ? ` (unit ${unit})` : ""}`,
    }),
    row: (label: Bilingual, address: string, text: string, score?: number): Bilingual => ({
      zh: `行“${label.zh}”← ${address}“${text}”${score !== undefined ? `（近似匹配，得分 ${score.toFixed(2)}）` : ""}`,
      en: `row "${label.en}" ← ${address} "${text}"${score !== undefined ? ` (near match, score ${score.toFixed(2)})` : ""}`,
    }),
    subtotals: (count: number): Bilingual => ({ zh: `${count} 行小计不计入逐笔记录`, en: `${count} subtotal row(s) left out of the records` }),
  },
  /** Findings the engine makes itself, by their rule id. */
  engine: {
    "coverage.no-relation": (range: string): Bilingual => ({
      zh: `表格 ${range}：未发现合计、其中、占比、增长、人均或排放量等可核对的关系，未做数值检查`,
      en: `table ${range}: no total, "of which", share, growth, per-capita or emission relation was found, so its figures were not checked`,
    }),
    "structure.table": (range: string): Bilingual => ({ zh: `表格（${range}）`, en: `table (${range})` }),
    "structure.too-large": (rows: string): Bilingual => ({
      zh: `此区域有 ${rows} 行，不是可识别的台账，也超出按表格结构核对的范围（5,000 行），其中的数字未核对`,
      en: `this block has ${rows} rows and is not a recognised ledger; it is beyond what is read as a table (5,000 rows), so its figures were not checked`,
    }),
    "structure.unplaced.title": { zh: "未参与核对的数字", en: "figures no check read" },
    "structure.unplaced": (count: number, cells: string): Bilingual => ({
      zh: `${count.toLocaleString("en-US")} 个数字未参与任何核对（${cells}）：表中没有说明它们关系的合计、其中、占比、增长或人均`,
      en: `${count.toLocaleString("en-US")} figure(s) were not read by any check (${cells.replace(/、/g, ", ")}): the table states no total, "of which", share, growth or per-capita relation for them`,
    }),
    "template.doubtful": {
      zh: "此表缺少该模板的必填列，可能并非该模板的表格，仅作提示；如确为该模板，请在模板包中选择它",
      en: "the table lacks a required column of this template and may not be its table, so this is a note; choose the template or its pack if it is",
    },
    "template.continued": {
      zh: "此表在另一工作表续写（续表），模板只看到其中一部分；合计与占比按两部分合在一起核对",
      en: "this table continues on another sheet, so the template saw one part of it; totals and shares are checked over both parts together",
    },
    "template.structure-agrees": {
      zh: "按表格自身的合计、占比等关系核对，此数一致；模板对此表的理解可能不同，仅作提示",
      en: "the table's own totals and shares agree with this figure; the template may read this table differently, so this is a note",
    },
    "coverage.no-table": (sheets: number): Bilingual => ({
      zh: `在 ${sheets} 个工作表中未识别出任何披露表格，因此没有执行任何检查`,
      en: `no disclosure table was recognised in ${sheets} sheet(s), so nothing was checked`,
    }),
    "coverage.check-not-run": (title: Bilingual, reason: Bilingual): Bilingual => ({
      zh: `未能执行检查“${title.zh}”：${reason.zh}`,
      en: `the check "${title.en}" could not run: ${reason.en}`,
    }),
    "row.required.title": { zh: "必填行与必填列", en: "required rows and columns" },
    "cell.values.title": { zh: "数值单元格（文本、错误值、单位、负数）", en: "value cells (text, Excel errors, units, negatives)" },
    "column.required": (label: Bilingual): Bilingual => ({ zh: `缺少必填列“${label.zh}”`, en: `required column "${label.en}" (${label.zh}) is missing` }),
    "row.required": (label: Bilingual): Bilingual => ({ zh: `缺少必填行“${label.zh}”`, en: `required row "${label.en}" (${label.zh}) is missing` }),
    "cell.text-in-number": (label: string, text: string): Bilingual => ({
      zh: `“${label}”应为数字，单元格为文本“${text}”（不适用请填 / 或 ——）`,
      en: `"${label}" should be a number but the cell holds the text "${text}" (use / or —— for not applicable)`,
    }),
    "cell.excel-error": (label: string, error: string): Bilingual => ({
      zh: `“${label}”的单元格显示 Excel 错误 ${error}，请检查其公式`,
      en: `"${label}" shows the Excel error ${error}; check its formula`,
    }),
    "cell.not-a-figure": (label: string, what: string): Bilingual => ({
      zh: `“${label}”单元格的值不可能是真实数字（${what}），请检查该单元格`,
      en: `"${label}": the cell's value cannot be a real figure (${what}); check the cell`,
    }),
    "cell.required-empty": (label: string): Bilingual => ({ zh: `必填项“${label}”为空`, en: `required value "${label}" is empty` }),
    "cell.unit": (label: string, unit: string, templateUnit: string | undefined): Bilingual => ({
      zh: `“${label}”的单位“${unit}”与模板单位“${templateUnit}”不是同一类量，无法换算`,
      en: `"${label}" is in ${unit}, which cannot be converted to the template's ${templateUnit}`,
    }),
    "cell.negative": (label: string, value: string): Bilingual => ({
      zh: `“${label}”不应为负数（${value}）`,
      en: `"${label}" should not be negative (${value})`,
    }),
  },
} satisfies Record<string, Record<string, Entry>>;
