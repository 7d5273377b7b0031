import { a1, mergeOf, SheetSnapshot, SnapshotCell } from "../workbook/snapshot";
import { intervalOf, readCell, Reading } from "./cells";
import { Interval } from "./interval";
import type { ColumnSpec, RowSpec, Template } from "./model";
import { matchesAny, normalizeLabel, unitInLabel } from "./text";
import { PrintedUnit, resolveUnit, scaleBetween } from "./units";

/** A value cell the locator mapped, read and converted to the template's unit. */
export class LocatedCell {
  /** For numbers: the interval the printed value stands for, in the template's unit. */
  interval?: Interval;
  /** The unit printed for it, when it differs from the template's and could not be converted. */
  unitMismatch?: string;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly reading: Reading,
  ) {}

  /** Made when a finding needs it: a million-row ledger has eight million cells and few findings. */
  get address(): string {
    return a1(this.row, this.col);
  }
}

export class LocatedRow {
  constructor(
    readonly spec: RowSpec,
    readonly labelRow: number,
    readonly labelCol: number,
    readonly label: string,
    readonly cells: Record<string, LocatedCell | undefined>,
    readonly unit?: string,
  ) {}

  get labelAddress(): string {
    return a1(this.labelRow, this.labelCol);
  }
}

export interface LocatedTable {
  template: Template;
  sheet: string;
  anchorAddress: string;
  range: string;
  rows: Map<string, LocatedRow[]>;
  /** For a ledger: the first and last record rows (0-based). */
  rowSpan?: [number, number];
}

interface TextCell {
  row: number;
  col: number;
  raw: string;
  norm: string;
}

/** Labels are short; a longer text (a pasted paragraph, a hostile 32,767-character cell) is matched by its start only. */
const LABEL_LENGTH = 300;

const TEXTS = new WeakMap<SheetSnapshot, TextCell[]>();

/** The sheet's text cells, normalized once and shared by every template that looks at the sheet. */
function textCells(sheet: SheetSnapshot): TextCell[] {
  const cached = TEXTS.get(sheet);
  if (cached) return cached;
  const out = collectTexts(sheet);
  TEXTS.set(sheet, out);
  return out;
}

function collectTexts(sheet: SheetSnapshot): TextCell[] {
  const out: TextCell[] = [];
  sheet.cells.forEach((cells, row) =>
    cells?.forEach((cell, col) => {
      if (cell && typeof cell.value === "string" && cell.value.trim()) {
        const raw = cell.value.length > LABEL_LENGTH ? cell.value.slice(0, LABEL_LENGTH) : cell.value;
        out.push({ row, col, raw, norm: normalizeLabel(raw) });
      }
    }),
  );
  return out;
}

/** Appends in place: copying the list per row made a 100,000-row ledger quadratic. */
function appendTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

const before = (a: { row: number; col: number }, b: { row: number; col: number }) => a.row < b.row || (a.row === b.row && a.col < b.col);

/** Cells of the snapshot in one row, right of `col`, skipping the label's own merged area. */
function cellsRightOf(sheet: SheetSnapshot, row: number, col: number): { col: number; cell: SnapshotCell | undefined }[] {
  const merge = mergeOf(sheet, row, col);
  const start = merge ? merge.right + 1 : col + 1;
  const width = sheet.cells[row]?.length ?? 0;
  const out: { col: number; cell: SnapshotCell | undefined }[] = [];
  for (let c = start; c < width; c++) out.push({ col: c, cell: sheet.cells[row]?.[c] });
  return out;
}

function valueKind(spec: RowSpec, column: ColumnSpec | undefined) {
  return column?.kind ?? spec.kind ?? "amount";
}

function expectedUnit(spec: RowSpec, column: ColumnSpec | undefined): string | undefined {
  return column?.unit ?? spec.unit;
}

function locatedCell(sheet: SheetSnapshot, row: number, col: number, spec: RowSpec, column: ColumnSpec | undefined, printedUnit: string | undefined): LocatedCell {
  const merge = mergeOf(sheet, row, col);
  const r = merge ? merge.top : row;
  const c = merge ? merge.left : col;
  const raw = sheet.cells[r]?.[c];
  // A text column (borrower, section) needs no number parsing.
  const reading: Reading = valueKind(spec, column) === "text" && typeof raw?.value === "string" ? { kind: "text", text: raw.value.trim() } : readCell(raw);
  const located = new LocatedCell(r, c, reading);
  if (reading.kind !== "number") return located;
  const kind = valueKind(spec, column);
  const expected = resolveUnit(expectedUnit(spec, column));
  const printed = resolveUnit(printedUnit) ?? resolveUnit(column?.unit);
  const isPercent = kind === "percent" || printed?.dimension === "percent";
  let scale = 1;
  if (!isPercent && printed && expected) {
    const s = scaleBetween(printed as PrintedUnit, expected as PrintedUnit);
    if (s === undefined) located.unitMismatch = printedUnit;
    else scale = s;
  }
  located.interval = intervalOf(reading, isPercent, scale);
  return located;
}

/**
 * Finds every instance of `template`'s table in a sheet: anchor first, then rows by label, then
 * values. `skipRows` are rows already claimed by a ledger: their cells are nobody else's labels.
 */
export function locate(sheet: SheetSnapshot, template: Template, skipRows: [number, number][] = []): LocatedTable[] {
  if (template.layout === "records") return locateRecords(sheet, template);
  const all = textCells(sheet);
  const texts = skipRows.length === 0 ? all : all.filter((t) => !skipRows.some(([from, to]) => t.row >= from && t.row <= to));
  const used = new Set<TextCell>();
  const tables: LocatedTable[] = [];
  let coveredUntil = -1;
  const title = normalizeLabel(template.title.zh);
  for (const anchor of texts.filter((t) => t.norm === title || matchesAny(t.norm, template.anchors))) {
    if (anchor.row <= coveredUntil) continue;
    // The template's own title is a strong anchor (a blank template): one matched row is enough.
    const table = matchTable(sheet, template, texts, anchor, used, anchor.norm === title ? 1 : 2);
    if (table) {
      tables.push(table.located);
      coveredUntil = table.lastRow;
    }
  }
  return tables;
}

function matchTable(sheet: SheetSnapshot, template: Template, texts: TextCell[], anchor: TextCell, used: Set<TextCell>, minimumRows: number) {
  const windowEnd = anchor.row + template.rows.length * 3 + 20;
  const candidates = texts.filter((t) => t !== anchor && !used.has(t) && t.row >= anchor.row && t.row <= windowEnd);
  const matched = new Map<string, TextCell[]>();
  let position = { row: anchor.row, col: anchor.col };
  for (const spec of template.rows) {
    const hits = candidates.filter((t) => !used.has(t) && matchesAny(t.norm, spec.patterns));
    if (hits.length === 0) continue;
    // Of several matches in one row (a merged category beside its detail), the rightmost is the label.
    const rightmost = (h: TextCell) => hits.filter((o) => o.row === h.row).sort((a, b) => b.col - a.col)[0];
    const picked = spec.repeat ? hits.filter((h) => !before(h, position)) : [hits.find((h) => !before(h, position)) ?? hits[0]];
    const chosen = [...new Set(picked.map(rightmost))];
    if (chosen.length === 0) continue;
    chosen.forEach((c) => used.add(c));
    matched.set(spec.id, chosen);
    const last = chosen[chosen.length - 1];
    if (before(position, last)) position = { row: last.row, col: last.col };
  }
  const matchedRows = [...matched.values()].flat();
  const needed = Math.min(minimumRows, template.rows.length);
  if (matchedRows.length < needed) {
    matchedRows.forEach((t) => used.delete(t));
    return undefined;
  }

  // Header columns: the header cells closest above the first matched row.
  const firstRow = Math.min(...matchedRows.map((t) => t.row));
  const columnAt = new Map<string, { col: number; raw: string }>();
  for (const column of template.columns) {
    const headers = texts.filter((t) => t.row >= anchor.row && t.row <= firstRow && matchesAny(t.norm, column.patterns));
    const header = headers.sort((a, b) => b.row - a.row)[0];
    if (header) {
      const merge = mergeOf(sheet, header.row, header.col);
      columnAt.set(column.id, { col: merge ? merge.left : header.col, raw: header.raw });
    }
  }

  const rows = new Map<string, LocatedRow[]>();
  let lastRow = anchor.row;
  let minCol = anchor.col;
  let maxCol = anchor.col;
  for (const spec of template.rows) {
    for (const labelCell of matched.get(spec.id) ?? []) {
      const right = cellsRightOf(sheet, labelCell.row, labelCell.col);
      // A unit printed in its own cell between the label and the first value.
      let unitCell: string | undefined;
      let unitCol: number | undefined;
      const firstValueCol = Math.min(...[...columnAt.values()].map((c) => c.col).filter((c) => c > labelCell.col), Infinity);
      for (const { col, cell } of right) {
        if (col >= firstValueCol) break;
        if (cell && typeof cell.value === "string" && resolveUnit(cell.value)) {
          unitCell = cell.value.trim();
          unitCol = col;
          break;
        }
      }
      const cells: Record<string, LocatedCell | undefined> = {};
      for (const column of template.columns) {
        const header = columnAt.get(column.id);
        const unit = unitCell ?? unitInLabel(labelCell.raw) ?? (header ? unitInLabel(header.raw) : undefined);
        let col: number | undefined = header?.col;
        if (col === undefined && template.columns.length === 1) {
          // No header: the first filled cell right of the label that is not a unit; if all are empty, the next column.
          col =
            right.find(({ cell }) => cell && !(typeof cell.value === "string" && resolveUnit(cell.value)))?.col ??
            (unitCol ?? (mergeOf(sheet, labelCell.row, labelCell.col)?.right ?? labelCell.col)) + 1;
        }
        if (col === undefined || col <= labelCell.col) continue;
        cells[column.id] = locatedCell(sheet, labelCell.row, col, spec, column, unit);
        maxCol = Math.max(maxCol, col);
      }
      const located = new LocatedRow(spec, labelCell.row, labelCell.col, labelCell.raw.trim(), cells, unitCell ?? unitInLabel(labelCell.raw));
      appendTo(rows, spec.id, located);
      lastRow = Math.max(lastRow, labelCell.row);
      minCol = Math.min(minCol, labelCell.col);
    }
  }
  return {
    located: { template, sheet: sheet.name, anchorAddress: a1(anchor.row, anchor.col), range: `${a1(anchor.row, minCol)}:${a1(lastRow, maxCol)}`, rows },
    lastRow,
  };
}

/**
 * A ledger: a header row naming the columns, then one record per row until a blank row. A row
 * whose first cell matches the `total` row's patterns is the total; every other row is a record.
 */
function locateRecords(sheet: SheetSnapshot, template: Template): LocatedTable[] {
  const texts = textCells(sheet);
  const recordSpec = template.rows.find((r) => r.repeat)!;
  const totalSpec = template.rows.find((r) => !r.repeat);
  const tables: LocatedTable[] = [];
  let coveredUntil = -1;
  const title = normalizeLabel(template.title.zh);
  for (const anchor of texts.filter((t) => t.norm === title || matchesAny(t.norm, template.anchors))) {
    if (anchor.row <= coveredUntil) continue;
    // The header: the first row at or below the anchor where at least two columns are named.
    let headerRow = -1;
    const columnAt = new Map<string, number>();
    for (let r = anchor.row; r <= anchor.row + 5 && headerRow < 0; r++) {
      const row = texts.filter((t) => t.row === r);
      const found = new Map<string, number>();
      for (const column of template.columns) {
        const header = row.find((t) => matchesAny(t.norm, column.patterns) && ![...found.values()].includes(t.col));
        if (header) found.set(column.id, header.col);
      }
      if (found.size >= 2) {
        headerRow = r;
        found.forEach((col, id) => columnAt.set(id, col));
      }
    }
    if (headerRow < 0) continue;
    const headerUnit = new Map(template.columns.map((c) => [c.id, unitInLabel(String(sheet.cells[headerRow]?.[columnAt.get(c.id) ?? -1]?.value ?? ""))]));
    const firstCol = Math.min(...columnAt.values());
    const lastCol = Math.max(...columnAt.values());
    const rows = new Map<string, LocatedRow[]>();
    let r = headerRow + 1;
    for (; r < sheet.cells.length; r++) {
      const cells = sheet.cells[r];
      const filled = [...columnAt.values()].filter((c) => cells?.[c] !== undefined);
      if (filled.length === 0) break;
      const first = cells?.[firstCol];
      const label = first && typeof first.value === "string" ? first.value.trim() : String(first?.value ?? "");
      // Totals are short labels ("合计"): only those are normalized and matched.
      const spec = totalSpec && label.length <= 12 && matchesAny(normalizeLabel(label), totalSpec.patterns) ? totalSpec : recordSpec;
      const located: Record<string, LocatedCell | undefined> = {};
      for (const column of template.columns) {
        const col = columnAt.get(column.id);
        if (col !== undefined) located[column.id] = locatedCell(sheet, r, col, spec, column, headerUnit.get(column.id));
      }
      appendTo(rows, spec.id, new LocatedRow(spec, r, firstCol, label, located));
    }
    coveredUntil = r;
    tables.push({ template, sheet: sheet.name, anchorAddress: a1(anchor.row, anchor.col), range: `${a1(headerRow, firstCol)}:${a1(r - 1, lastCol)}`, rows, rowSpan: [headerRow + 1, r - 1] });
  }
  return tables;
}
