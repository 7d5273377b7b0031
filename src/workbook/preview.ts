import { a1, columnLetters, SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/**
 * A light window of a sheet around one cell, for the browser, where no Excel can select it: the
 * cells as they read (numbers with their shown decimals), row numbers and column letters, the cell in
 * the middle where the sheet allows.
 */
export interface SheetPreview {
  sheet: string;
  /** The cell asked for, A1. */
  focus: string;
  columns: string[];
  rows: { number: number; cells: { address: string; text: string }[] }[];
}

function display(sheet: SheetSnapshot, row: number, col: number): string {
  const cell = sheet.cells[row]?.[col];
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "number") {
    const shown = cell.percent ? cell.value * 100 : cell.value;
    const text =
      cell.decimals !== undefined
        ? shown.toLocaleString("en-US", { minimumFractionDigits: cell.decimals, maximumFractionDigits: cell.decimals })
        : String(shown);
    return cell.percent ? `${text}%` : text;
  }
  const text = String(cell.value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** `rows` above and below, `cols` left and right of the cell; undefined for a sheet or address the workbook lacks. */
export function previewAround(workbook: WorkbookSnapshot, sheetName: string, address: string, rows = 6, cols = 3): SheetPreview | undefined {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  // A finding of a whole column ("H3:H100002") is shown from its first cell.
  const m = /^([A-Z]{1,3})(\d+)/.exec(address);
  if (!sheet || !m) return undefined;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const top = Math.max(0, row - rows);
  const left = Math.max(0, col - cols);
  const right = left + 2 * cols;
  const bottom = top + 2 * rows;
  return {
    sheet: sheetName,
    focus: a1(row, col),
    columns: Array.from({ length: right - left + 1 }, (_, i) => columnLetters(left + i)),
    rows: Array.from({ length: bottom - top + 1 }, (_, i) => ({
      number: top + i + 1,
      cells: Array.from({ length: right - left + 1 }, (_, j) => ({ address: a1(top + i, left + j), text: display(sheet, top + i, left + j) })),
    })),
  };
}
