/**
 * What the validator sees of a sheet: values as Excel holds them, how many decimals each number
 * is displayed with, and merged areas. Filled from Office.js (excel.ts) or an .xlsx file (xlsx.ts).
 */
export type CellValue = number | string | boolean | null;

export interface SnapshotCell {
  value: CellValue;
  /** Decimals shown by the cell's number format (for a percent format: decimals of the percentage). */
  decimals?: number;
  /** The number format shows a percentage (0.037 displayed as 3.70%). */
  percent?: boolean;
  /** The cell holds a formula (its value is the cached result). */
  formula?: boolean;
  /** The file holds something no figure can be (an infinite number, a string that is not there): said at the cell. */
  problem?: string;
}

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** cells[row][col], 0-based; undefined for empty cells. */
  cells: (SnapshotCell | undefined)[][];
  merges: MergedArea[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

/** 0-based column index → letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** 0-based row and column → A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): SnapshotCell | undefined {
  return sheet.cells[row]?.[col];
}

/** The merged area a cell belongs to, if any. */
export function mergeOf(sheet: SheetSnapshot, row: number, col: number): MergedArea | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * Decimals a number format displays: "0.00" → 2, "#,##0.0" → 1, "0.00%" → 2 (of the percentage),
 * "General" or none → undefined (the value's own digits count).
 */
const FORMATS = new Map<string, { decimals?: number; percent: boolean }>();

export function decimalsOfFormat(format: string | undefined): { decimals?: number; percent: boolean } {
  if (!format) return { percent: false };
  // A workbook uses a handful of formats on a great many cells.
  let known = FORMATS.get(format);
  if (!known) {
    known = parseFormat(format);
    if (FORMATS.size < 10_000) FORMATS.set(format, known);
  }
  return known;
}

function parseFormat(format: string): { decimals?: number; percent: boolean } {
  if (/^general$/i.test(format.trim())) return { percent: false };
  const section = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const percent = section.includes("%");
  const match = section.match(/[0#?][.]([0#?]+)/);
  if (!/[0#?]/.test(section)) return { percent };
  return { decimals: match ? match[1].length : 0, percent };
}
