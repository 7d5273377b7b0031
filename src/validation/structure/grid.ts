import { a1, CellValue, mergeOf, SheetSnapshot, SnapshotCell } from "../../workbook/snapshot";
import { readFigure } from "./reading";

/**
 * A rectangle of a sheet seen as a table's grid: (0, 0) is its top-left cell in its own orientation
 * (a transposed grid swaps rows and columns but every address stays the user's). Merged areas give
 * their value to every cell they cover (`spread`); `own` is what the cell itself holds.
 */
export class Grid {
  constructor(
    readonly sheet: SheetSnapshot,
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
    readonly transposed = false,
    /** Title and unit lines printed above the grid ("表3 …", "单位：万元，%"). */
    readonly titles: string[] = [],
  ) {}

  get rows(): number {
    return this.transposed ? this.right - this.left + 1 : this.bottom - this.top + 1;
  }

  get cols(): number {
    return this.transposed ? this.bottom - this.top + 1 : this.right - this.left + 1;
  }

  /** Sheet row and column of a grid cell. */
  at(r: number, c: number): [number, number] {
    return this.transposed ? [this.top + c, this.left + r] : [this.top + r, this.left + c];
  }

  /** Read for every cell of every table: no tuple made. */
  own(r: number, c: number): SnapshotCell | undefined {
    return this.transposed ? this.sheet.cells[this.top + c]?.[this.left + r] : this.sheet.cells[this.top + r]?.[this.left + c];
  }

  /** The value shown at the cell: a merged area's top-left value wherever it covers. */
  spread(r: number, c: number): SnapshotCell | undefined {
    const [row, col] = this.at(r, c);
    const merge = this.sheet.merges.length ? mergeOf(this.sheet, row, col) : undefined;
    return merge ? this.sheet.cells[merge.top]?.[merge.left] : this.sheet.cells[row]?.[col];
  }

  /** Covered by a merged area without being its top-left cell. */
  mergeCopy(r: number, c: number): boolean {
    if (!this.sheet.merges.length) return false;
    const [row, col] = this.at(r, c);
    const merge = mergeOf(this.sheet, row, col);
    return !!merge && (merge.top !== row || merge.left !== col);
  }

  address(r: number, c: number): string {
    const [row, col] = this.at(r, c);
    return a1(row, col);
  }

  get range(): string {
    return `${a1(this.top, this.left)}:${a1(this.bottom, this.right)}`;
  }

  transpose(): Grid {
    return new Grid(this.sheet, this.top, this.left, this.bottom, this.right, !this.transposed, this.titles);
  }
}

const filled = (value: CellValue | undefined) => value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "");

/** A figure, a marker or text: what one cell contributes to a row's shape. Text that cannot start a figure is not read. */
function isFigure(cell: SnapshotCell | undefined): boolean {
  const value = cell?.value;
  if (typeof value === "number") return !cell!.problem;
  if (typeof value !== "string" || !/^[\s(（+\-－]*[\d０-９.．]/.test(value)) return false;
  return readFigure(cell).kind === "number";
}

/** Rows beyond this in one run of filled rows are a ledger's records, not a table to foot. */
export const LARGEST_BLOCK = 5_000;

/**
 * The blocks of figures on a sheet: runs of filled rows split by blank rows, split again at a blank
 * column where a second table with its own labels starts. Runs without a figure are titles for the
 * block below. `skip` are rows another reader owns (a ledger's records).
 */
export function findBlocks(sheet: SheetSnapshot, skip: [number, number][] = []): { blocks: Grid[]; tooLarge: Grid[] } {
  const blocks: Grid[] = [];
  const tooLarge: Grid[] = [];
  let pendingTitles: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const rows = run;
    run = [];
    for (const part of splitColumns(sheet, rows)) {
      const grid = new Grid(sheet, rows[0], part.left, rows[rows.length - 1], part.right, false, pendingTitles);
      if (!part.figures) {
        pendingTitles = [...pendingTitles, ...part.texts].slice(-4);
        continue;
      }
      if (rows.length > LARGEST_BLOCK) tooLarge.push(grid);
      else blocks.push(grid);
      pendingTitles = [];
    }
  };
  const skipped = (row: number) => skip.find(([from, to]) => row >= from && row <= to);
  for (let row = 0; row < sheet.cells.length; row++) {
    const s = skipped(row);
    if (s) {
      flush();
      pendingTitles = [];
      row = s[1];
      continue;
    }
    const cells = sheet.cells[row];
    let any = false;
    if (cells) {
      for (let c = 0; c < cells.length; c++) {
        if (filled(cells[c]?.value)) {
          any = true;
          break;
        }
      }
    }
    if (any) run.push(row);
    else flush();
  }
  flush();
  return { blocks, tooLarge };
}

interface ColumnPart {
  left: number;
  right: number;
  figures: boolean;
  texts: string[];
}

/** A run of rows split at blank columns where the part to the right starts with labels of its own. */
function splitColumns(sheet: SheetSnapshot, rows: number[]): ColumnPart[] {
  let width = 0;
  for (const r of rows) width = Math.max(width, sheet.cells[r]?.length ?? 0);
  for (const m of sheet.merges) if (m.top <= rows[rows.length - 1] && m.bottom >= rows[0]) width = Math.max(width, m.right + 1);
  const used: boolean[] = new Array(width).fill(false);
  const figures: number[] = new Array(width).fill(0);
  const texts: number[] = new Array(width).fill(0);
  for (const r of rows) {
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!filled(cell?.value)) continue;
      used[c] = true;
      if (isFigure(cell)) figures[c]++;
      else texts[c]++;
    }
  }
  for (const m of sheet.merges) {
    if (m.top > rows[rows.length - 1] || m.bottom < rows[0]) continue;
    for (let c = m.left; c <= m.right && c < width; c++) used[c] = true;
  }
  // Stretches of used columns.
  const stretches: { left: number; right: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (!used[c]) continue;
    const last = stretches[stretches.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else stretches.push({ left: c, right: c });
  }
  // A stretch joins the one before unless it opens with a label column, or a 序号 column and then labels (a spacer
  // column inside a table does neither).
  const parts: { left: number; right: number }[] = [];
  for (const s of stretches) {
    const prev = parts[parts.length - 1];
    const labels = (c: number) => c <= s.right && texts[c] > figures[c];
    const opensWithLabels = (labels(s.left) || (sequenceColumn(sheet, rows, s.left) && labels(s.left + 1))) && figuresIn(figures, s) > 0;
    if (prev && !opensWithLabels) prev.right = s.right;
    else parts.push({ ...s });
  }
  return parts.map((p) => ({
    ...p,
    figures: figuresIn(figures, p) > 0,
    texts: textsIn(sheet, rows, p),
  }));
}

/** Whole numbers counting 1, 2, 3 … down a column: a 序号 column. */
function sequenceColumn(sheet: SheetSnapshot, rows: number[], col: number): boolean {
  const values = rows.map((r) => sheet.cells[r]?.[col]?.value).filter((v): v is number => typeof v === "number");
  return values.length >= 2 && values.every((v, i) => v === values[0] + i) && values[0] <= 1;
}

function figuresIn(figures: number[], part: { left: number; right: number }): number {
  let n = 0;
  for (let c = part.left; c <= part.right; c++) n += figures[c];
  return n;
}

function textsIn(sheet: SheetSnapshot, rows: number[], part: { left: number; right: number }): string[] {
  const out: string[] = [];
  for (const r of rows.slice(0, 6)) {
    for (let c = part.left; c <= part.right; c++) {
      const v = sheet.cells[r]?.[c]?.value;
      if (typeof v === "string" && v.trim()) out.push(v.trim().slice(0, 200));
    }
  }
  return out;
}
