import { a1, columnLetters } from "../workbook/snapshot";
import type { LayoutCell, SheetLayout } from "../workbook/layout";
import type { NarrativePart, Template } from "./model";

/**
 * A blank sheet for a template: title, header, one row per template row with its unit, empty values
 * to fill. With `formulas`, cells the template computes get live formulas (shares, totals, per capita
 * from a headcount row), so the sheet is a working calculator.
 */
export function blankLayout(template: Template, options: { formulas?: boolean } = {}): SheetLayout {
  if (template.layout === "records") return blankLedger(template);
  // Where units differ by column, not by row (the facility table), the headers say them.
  const rowsHaveNoUnit = template.rows.every((r) => !r.unit);
  const header: LayoutCell[] = [
    { value: "指标 Indicator", bold: true },
    { value: "单位 Unit", bold: true },
    ...template.columns.map((c) => ({ value: c.unit && rowsHaveNoUnit ? `${c.label.zh}（${unitName(c.unit)}）` : c.label.zh, bold: true })),
  ];
  const rows: LayoutCell[][] = [
    [{ value: template.title.zh, bold: true }],
    [`${template.title.en} · ${template.source}${template.basedOn ? ` · ${template.basedOn.zh}` : ""}`],
    header,
  ];
  for (const row of template.rows) {
    const percent = row.kind === "percent";
    const values = template.columns.map((c) => {
      const kind = c.kind ?? row.kind;
      return { value: null, numFmt: kind === "percent" ? "0.00%" : kind === "count" ? "0" : "#,##0.00" };
    });
    const label = row.repeat ? `${row.label.zh}（每行一项 one row each）` : row.label.zh;
    rows.push([label, percent ? "%" : (row.unit ?? ""), ...values]);
  }
  const lastRow = FIRST_ROW + template.rows.length; // 1-based number of the last template row
  const table = options.formulas ? `A${FIRST_ROW}:${columnLetters(FIRST_VALUE_COL + template.columns.length - 1)}${lastRow}` : undefined;
  if (options.formulas) addFormulas(template, rows);
  const required = template.rows.filter((r) => r.required).map((r) => r.label.zh);
  if (required.length > 0) rows.push([`必填 Required: ${required.join("、")}`]);
  if (options.formulas && template.narrative) addNarrative(template, rows);
  return {
    name: template.title.zh.replace(/[\\/?*[\]:]/g, " ").slice(0, 31),
    rows,
    merges: [],
    columnWidths: [40, 12, ...template.columns.map(() => 18)],
    table,
  };
}

/** A ledger: the column headers and a total row; records go between them. */
function blankLedger(template: Template): SheetLayout {
  const header: LayoutCell[] = template.columns.map((c) => ({ value: c.label.zh, bold: true }));
  const total = template.rows.find((r) => !r.repeat);
  const rows: LayoutCell[][] = [
    [{ value: template.title.zh, bold: true }],
    [`${template.title.en} · ${template.source}${template.basedOn ? ` · ${template.basedOn.zh}` : ""}`],
    header,
  ];
  if (total) rows.push([total.label.zh, ...template.columns.slice(1).map(() => null)]);
  rows.push(["在表头与合计行之间逐笔插入行 / insert one row per loan between the header and the total"]);
  return { name: template.title.zh.replace(/[\\/?*[\]:]/g, " ").slice(0, 31), rows, merges: [], columnWidths: template.columns.map(() => 18) };
}

const FIRST_ROW = 3; // title, subtitle, header come first
const FIRST_VALUE_COL = 2; // label, unit come first

function addFormulas(template: Template, rows: LayoutCell[][]): void {
  const rowOf = new Map(template.rows.map((r, i) => [r.id, FIRST_ROW + i]));
  const colOf = (id?: string) =>
    FIRST_VALUE_COL +
    Math.max(
      0,
      template.columns.findIndex((c) => c.id === (id ?? template.columns[0].id)),
    );
  const ref = (r: { row: string; col?: string; table?: string }) => (r.table || !rowOf.has(r.row) ? undefined : a1(rowOf.get(r.row)!, colOf(r.col)));
  const setFormula = (target: { row: string; col?: string }, formula: string) => {
    const row = rowOf.get(target.row);
    if (row === undefined) return;
    const cell = rows[row][colOf(target.col)] as { value: null; numFmt?: string };
    rows[row][colOf(target.col)] = { value: null, numFmt: cell?.numFmt, formula };
  };
  for (const rule of template.rules) {
    if (rule.kind === "sum" && rule.partial && !rule.total.table && rule.parts.every((p) => template.rows.find((r) => r.id === p.row)?.compute)) {
      // Sub-items the sheet computes itself: their total is a live sum too.
      const parts = rule.parts.map(ref);
      if (parts.every(Boolean)) setFormula(rule.total, `=SUM(${parts.join(",")})`);
    }
    if (rule.kind === "ratio") {
      const [n, d] = [ref(rule.numerator), ref(rule.denominator)];
      if (n && d && !rule.result.table) setFormula(rule.result, `=IFERROR(${n}/${d},"")`);
    } else if (rule.kind === "sum" && !rule.partial && !rule.total.table) {
      const parts = rule.parts.map(ref);
      if (parts.every(Boolean)) setFormula(rule.total, `=SUM(${parts.join(",")})`);
    } else if (rule.kind === "weightedMean" && !rule.result.table) {
      const rates = rule.parts.map((row) => ref({ row, col: rule.valueColumn }));
      const amounts = rule.parts.map((row) => ref({ row, col: rule.weightColumn }));
      if ([...rates, ...amounts].every(Boolean)) {
        const weighted = rates.map((r, i) => `N(${r})*N(${amounts[i]})`).join("+");
        setFormula(rule.result, `=IFERROR((${weighted})/SUM(${amounts.join(",")}),"")`);
      }
    } else if (rule.kind === "perCapita") {
      // A headcount row to fill; every per-capita cell divides by it.
      const headcountRow = rows.length;
      rows.push(["员工人数 Headcount", "人", { value: null, numFmt: "0" }]);
      const headcount = `$${a1(headcountRow, FIRST_VALUE_COL).replace(/(\d+)$/, "$$$1")}`;
      for (const spec of template.rows) {
        const total = a1(rowOf.get(spec.id)!, colOf(rule.totalColumn));
        setFormula({ row: spec.id, col: rule.perCapitaColumn }, `=IFERROR(${total}/${headcount},"")`);
      }
    }
  }
  // Activity data the =CARBON rows compute from, in a block of its own below the table.
  const computed = template.rows.filter((r) => r.compute);
  if (computed.length > 0) {
    rows.push([{ value: "活动数据 Activity data（填写后自动计算上表排放）", bold: true }]);
    for (const spec of computed) {
      const compute = spec.compute!;
      const inputCells = compute.inputs.map((input) => {
        const at = rows.length;
        rows.push([input.label.zh, input.unit ?? "", input.value === undefined ? { value: null, numFmt: "#,##0.00" } : input.value]);
        return a1(at, FIRST_VALUE_COL);
      });
      const args = compute.args.map((a) => (typeof a === "number" ? inputCells[a] : `"${a.replace(/"/g, '""')}"`));
      const empty = inputCells[0];
      setFormula({ row: spec.id, col: template.columns[0].id }, `=IF(${empty}="","",CARBON.${compute.function}(${args.join(",")}))`);
    }
  }
}

const UNIT_NAMES: Record<string, string> = { t: "吨二氧化碳当量", "%": "%" };
const unitName = (unit: string) => UNIT_NAMES[unit] ?? unit;

/**
 * The standard paragraph below the table, one formula per paragraph: what the user types once (bank,
 * period) and the table's totals in the printed format. Blank inputs show as 〔…〕 placeholders.
 */
function addNarrative(template: Template, rows: LayoutCell[][]): void {
  const narrative = template.narrative!;
  const rowOf = new Map(template.rows.map((r, i) => [r.id, FIRST_ROW + i]));
  const colOf = (id?: string) =>
    FIRST_VALUE_COL +
    Math.max(
      0,
      template.columns.findIndex((c) => c.id === (id ?? template.columns[0].id)),
    );
  rows.push([], [{ value: narrative.title.zh, bold: true }]);
  const inputAt = new Map<string, string>();
  for (const input of narrative.inputs) {
    inputAt.set(input.id, a1(rows.length, FIRST_VALUE_COL));
    rows.push([input.label.zh, "", { value: null }]);
  }
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const expression = (part: NarrativePart): string => {
    if (typeof part === "string") return quoted(part);
    if ("input" in part) {
      const at = inputAt.get(part.input)!;
      const label = narrative.inputs.find((i) => i.id === part.input)!.label.zh.replace(/（.*$/, "");
      return `IF(${at}="",${quoted(`〔${label}〕`)},${at})`;
    }
    const at = a1(rowOf.get(part.cell.row)!, colOf(part.cell.col));
    return `TEXT(N(${at})${part.times ? `*${part.times}` : ""},${quoted(part.format)})`;
  };
  for (const paragraph of narrative.paragraphs) rows.push([{ value: null, formula: `=${paragraph.map(expression).join("&")}` }]);
}
