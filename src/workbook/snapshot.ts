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
  /** Hidden (or very hidden) in Excel; checked all the same. */
  hidden?: true;
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

const BLOCK = 64;
/** A merged area over more blocks than this is kept in a short list of its own (few such areas fit on a sheet). */
const HUGE = 10_000;

interface MergeIndex {
  blocks: Map<number, MergedArea[]>;
  huge: MergedArea[];
}

const MERGE_INDEXES = new WeakMap<MergedArea[], MergeIndex>();

/** The merged areas by 64 × 64 block of cells, so that finding a cell's area does not scan them all. */
function mergeIndex(merges: MergedArea[]): MergeIndex {
  let index = MERGE_INDEXES.get(merges);
  if (index) return index;
  index = { blocks: new Map(), huge: [] };
  for (const m of merges) {
    const [r0, r1, c0, c1] = [Math.floor(m.top / BLOCK), Math.floor(m.bottom / BLOCK), Math.floor(m.left / BLOCK), Math.floor(m.right / BLOCK)];
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > HUGE) {
      index.huge.push(m);
      continue;
    }
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const key = r * 32_768 + c;
        const list = index.blocks.get(key);
        if (list) list.push(m);
        else index.blocks.set(key, [m]);
      }
    }
  }
  MERGE_INDEXES.set(merges, index);
  return index;
}

const covers = (m: MergedArea, row: number, col: number) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;

/** The merged area a cell belongs to, if any. */
export function mergeOf(sheet: SheetSnapshot, row: number, col: number): MergedArea | undefined {
  const { merges } = sheet;
  if (merges.length < 16) return merges.find((m) => covers(m, row, col));
  const index = mergeIndex(merges);
  const block = index.blocks.get(Math.floor(row / BLOCK) * 32_768 + Math.floor(col / BLOCK));
  return block?.find((m) => covers(m, row, col)) ?? index.huge.find((m) => covers(m, row, col));
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

/** The first section of a format with quoted text, [bracketed] codes and escaped characters removed: one linear scan. */
function bareSection(format: string): string {
  const lastClose = format.lastIndexOf("]");
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ";") break;
    if (ch === "\\") i++;
    else if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === "[") {
      // An unclosed bracket is literal text (Excel refuses such a format; a hostile file may hold one).
      if (i > lastClose) out += ch;
      else i = format.indexOf("]", i + 1);
    } else out += ch;
  }
  return out;
}

function parseFormat(format: string): { decimals?: number; percent: boolean } {
  if (/^general$/i.test(format.trim())) return { percent: false };
  const section = bareSection(format);
  const percent = section.includes("%");
  const match = section.match(/[0#?][.]([0#?]+)/);
  if (!/[0#?]/.test(section)) return { percent };
  return { decimals: match ? match[1].length : 0, percent };
}
