import type { LayoutCell, SheetLayout } from "../workbook/layout";
import type { Template } from "./model";

/** A blank sheet for a template: title, header, one row per template row with its unit, empty values to fill. */
export function blankLayout(template: Template): SheetLayout {
  if (template.layout === "records") return blankLedger(template);
  const header: LayoutCell[] = [
    { value: "指标 Indicator", bold: true },
    { value: "单位 Unit", bold: true },
    ...template.columns.map((c) => ({ value: c.label.zh, bold: true })),
  ];
  const rows: LayoutCell[][] = [[{ value: template.title.zh, bold: true }], [`${template.title.en} · ${template.source}`], header];
  for (const row of template.rows) {
    const percent = row.kind === "percent";
    const values = template.columns.map((c) => {
      const kind = c.kind ?? row.kind;
      return { value: null, numFmt: kind === "percent" ? "0.00%" : kind === "count" ? "0" : "#,##0.00" };
    });
    const label = row.repeat ? `${row.label.zh}（每行一项 one row each）` : row.label.zh;
    rows.push([label, percent ? "%" : (row.unit ?? ""), ...values]);
  }
  const required = template.rows.filter((r) => r.required).map((r) => r.label.zh);
  if (required.length > 0) rows.push([`必填 Required: ${required.join("、")}`]);
  return {
    name: template.title.zh.replace(/[\\/?*[\]:]/g, " ").slice(0, 31),
    rows,
    merges: [],
    columnWidths: [40, 12, ...template.columns.map(() => 18)],
  };
}

/** A ledger: the column headers and a total row; records go between them. */
function blankLedger(template: Template): SheetLayout {
  const header: LayoutCell[] = template.columns.map((c) => ({ value: c.label.zh, bold: true }));
  const total = template.rows.find((r) => !r.repeat);
  const rows: LayoutCell[][] = [[{ value: template.title.zh, bold: true }], [`${template.title.en} · ${template.source}`], header];
  if (total) rows.push([total.label.zh, ...template.columns.slice(1).map(() => null)]);
  rows.push(["在表头与合计行之间逐笔插入行 / insert one row per loan between the header and the total"]);
  return { name: template.title.zh.replace(/[\\/?*[\]:]/g, " ").slice(0, 31), rows, merges: [], columnWidths: template.columns.map(() => 18) };
}
