import ExcelJS from "exceljs";
import type { LayoutCell, SheetLayout } from "./layout";

/** Writes sheets to a new .xlsx (as bytes). Used for blank templates and sample workbooks only: never on a user's file. */
export async function writeXlsx(sheets: SheetLayout[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Green Disclosure";
  for (const layout of sheets) {
    const sheet = workbook.addWorksheet(layout.name);
    layout.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        const target = sheet.getCell(r + 1, c + 1);
        writeCell(target, cell);
      }),
    );
    for (const range of layout.merges) sheet.mergeCells(range);
    (layout.columnWidths ?? []).forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    if (layout.table) {
      // A filter on the header row; a table that starts the sheet keeps its header in view.
      sheet.autoFilter = layout.table;
      if (/^A1:/.test(layout.table)) sheet.views = [{ state: "frozen", ySplit: 1 }];
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeCell(target: ExcelJS.Cell, cell: Exclude<LayoutCell, null>): void {
  if (typeof cell !== "object") {
    target.value = cell;
    return;
  }
  target.value = cell.formula ? ({ formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue) : cell.value;
  if (cell.numFmt) target.numFmt = cell.numFmt;
  if (cell.bold) target.font = { bold: true };
}
