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

/** A ledger column from its first to its last record, for findings about the column as a whole. */
export class LocatedColumn extends LocatedCell {
  constructor(row: number, col: number, readonly lastRow: number) {
    super(row, col, { kind: "empty" });
  }

  get address(): string {
    return `${a1(this.row, this.col)}:${a1(this.lastRow, this.col)}`;
  }
}

/** A row the locator mapped: its label, and its value cells by column id. */
export abstract class LocatedRow {
  constructor(
    readonly spec: RowSpec,
    readonly labelRow: number,
    readonly labelCol: number,
    readonly label: string,
    readonly unit?: string,
  ) {}

  abstract cell(columnId: string): LocatedCell | undefined;

  /** How the cell reads, without its interval: for checks that need only its kind, sign or text. */
  reading(columnId: string): Reading | undefined {
    return this.cell(columnId)?.reading;
  }

  /** A unit printed for the column that does not convert to the template's. */
  unitMismatch(columnId: string): string | undefined {
    return this.cell(columnId)?.unitMismatch;
  }

  get labelAddress(): string {
    return a1(this.labelRow, this.labelCol);
  }
}

/** A row of a label table: its few cells are read once. */
class LabelRow extends LocatedRow {
  constructor(spec: RowSpec, labelRow: number, labelCol: number, label: string, private readonly cells: Record<string, LocatedCell | undefined>, unit?: string) {
    super(spec, labelRow, labelCol, label, unit);
  }

  cell(columnId: string): LocatedCell | undefined {
    return this.cells[columnId];
  }
}

/** A ledger row with none of the ledger's columns filled: the end of the records. */
function isBlank(cells: (SnapshotCell | undefined)[], columns: number[]): boolean {
  for (const c of columns) if (cells[c] !== undefined) return false;
  return true;
}

/**
 * A ledger record: its cells are read when a check asks and not kept. A million records would
 * otherwise hold eight million cells, readings and intervals for the whole check, and the garbage
 * collector would spend more time on them than the checks do.
 */
class RecordRow extends LocatedRow {
  constructor(spec: RowSpec, labelRow: number, labelCol: number, label: string, private readonly columns: RecordColumns) {
    super(spec, labelRow, labelCol, label);
  }

  cell(columnId: string): LocatedCell | undefined {
    const column = this.columns.byId.get(columnId);
    return column && readLocated(this.columns.sheet, this.labelRow, column.col, column.plan);
  }

  reading(columnId: string): Reading | undefined {
    const column = this.columns.byId.get(columnId);
    return column && readingAt(this.columns.sheet, this.labelRow, column.col, column.plan);
  }

  unitMismatch(columnId: string): string | undefined {
    return this.columns.byId.get(columnId)?.plan.unitMismatch;
  }
}

/** Where each column of a ledger is and how to read it, worked out once per row kind (record, total). */
class RecordColumns {
  readonly byId = new Map<string, { col: number; plan: CellPlan }>();

  constructor(
    readonly sheet: SheetSnapshot,
    spec: RowSpec,
    columns: ColumnSpec[],
    columnAt: Map<string, number>,
    headerUnit: Map<string, string | undefined>,
  ) {
    for (const column of columns) {
      const col = columnAt.get(column.id);
      if (col !== undefined) this.byId.set(column.id, { col, plan: cellPlan(spec, column, headerUnit.get(column.id)) });
    }
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

/** Each sheet's text cells by row, normalized once and shared by every template that looks at the sheet. */
const ROW_TEXTS = new WeakMap<SheetSnapshot, (TextCell[] | undefined)[]>();
const NO_TEXTS: TextCell[] = [];

function rowTexts(sheet: SheetSnapshot, row: number): TextCell[] {
  let rows = ROW_TEXTS.get(sheet);
  if (!rows) ROW_TEXTS.set(sheet, (rows = []));
  let texts = rows[row];
  if (!texts) {
    texts = NO_TEXTS;
    const cells = sheet.cells[row];
    if (cells) {
      for (let col = 0; col < cells.length; col++) {
        const value = cells[col]?.value;
        if (typeof value === "string" && value.trim()) {
          const raw = value.length > LABEL_LENGTH ? value.slice(0, LABEL_LENGTH) : value;
          if (texts === NO_TEXTS) texts = [];
          texts.push({ row, col, raw, norm: normalizeLabel(raw) });
        }
      }
    }
    rows[row] = texts;
  }
  return texts;
}

/** The sheet's text cells outside `skipRows` (ledger records, which are nobody's labels), in reading order. */
const TEXTS = new WeakMap<SheetSnapshot, Map<string, TextCell[]>>();

function textCells(sheet: SheetSnapshot, skipRows: [number, number][]): TextCell[] {
  let bySkip = TEXTS.get(sheet);
  if (!bySkip) TEXTS.set(sheet, (bySkip = new Map()));
  const key = skipRows.join(";");
  let texts = bySkip.get(key);
  if (!texts) {
    texts = [];
    for (let row = 0; row < sheet.cells.length; row++) {
      const skip = skippedUntil(skipRows, row);
      if (skip >= 0) row = skip;
      else for (const t of rowTexts(sheet, row)) texts.push(t);
    }
    bySkip.set(key, texts);
  }
  return texts;
}

/** The last row of the skipped range that holds `row`, or -1. */
function skippedUntil(skipRows: [number, number][], row: number): number {
  for (const [from, to] of skipRows) if (row >= from && row <= to) return to;
  return -1;
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

/** What a column expects of its cells, worked out once: kind, unit conversion, or a unit that does not convert. */
interface CellPlan {
  text: boolean;
  percent: boolean;
  scale: number;
  unitMismatch?: string;
}

function cellPlan(spec: RowSpec, column: ColumnSpec | undefined, printedUnit: string | undefined): CellPlan {
  const kind = valueKind(spec, column);
  const expected = resolveUnit(expectedUnit(spec, column));
  const printed = resolveUnit(printedUnit) ?? resolveUnit(column?.unit);
  const percent = kind === "percent" || printed?.dimension === "percent";
  const text = kind === "text";
  if (percent || !printed || !expected) return { text, percent, scale: 1 };
  const scale = scaleBetween(printed as PrintedUnit, expected as PrintedUnit);
  return scale === undefined ? { text, percent, scale: 1, unitMismatch: printedUnit } : { text, percent, scale };
}

/** How a cell reads for its column; a text column (borrower, section) needs no number parsing. */
function readAs(raw: SnapshotCell | undefined, plan: CellPlan): Reading {
  return plan.text && typeof raw?.value === "string" ? { kind: "text", text: raw.value.trim() } : readCell(raw);
}

/** The reading of the cell at the top-left of the merged area holding (row, col). */
function readingAt(sheet: SheetSnapshot, row: number, col: number, plan: CellPlan): Reading {
  const merge = sheet.merges.length === 0 ? undefined : mergeOf(sheet, row, col);
  return readAs(merge ? sheet.cells[merge.top]?.[merge.left] : sheet.cells[row]?.[col], plan);
}

function readLocated(sheet: SheetSnapshot, row: number, col: number, plan: CellPlan): LocatedCell {
  const merge = sheet.merges.length === 0 ? undefined : mergeOf(sheet, row, col);
  const r = merge ? merge.top : row;
  const c = merge ? merge.left : col;
  const reading = readAs(sheet.cells[r]?.[c], plan);
  const located = new LocatedCell(r, c, reading);
  if (reading.kind !== "number") return located;
  if (plan.unitMismatch) located.unitMismatch = plan.unitMismatch;
  located.interval = intervalOf(reading, plan.percent, plan.scale);
  return located;
}

function locatedCell(sheet: SheetSnapshot, row: number, col: number, spec: RowSpec, column: ColumnSpec | undefined, printedUnit: string | undefined): LocatedCell {
  return readLocated(sheet, row, col, cellPlan(spec, column, printedUnit));
}

/**
 * Finds every instance of `template`'s table in a sheet: anchor first, then rows by label, then
 * values. `skipRows` are rows already claimed by a ledger: their cells are nobody else's labels.
 */
export function locate(sheet: SheetSnapshot, template: Template, skipRows: [number, number][] = []): LocatedTable[] {
  if (template.layout === "records") return locateRecords(sheet, template, skipRows);
  const texts = textCells(sheet, skipRows);
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
      const located = new LabelRow(spec, labelCell.row, labelCell.col, labelCell.raw.trim(), cells, unitCell ?? unitInLabel(labelCell.raw));
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
function locateRecords(sheet: SheetSnapshot, template: Template, skipRows: [number, number][]): LocatedTable[] {
  const recordSpec = template.rows.find((r) => r.repeat)!;
  const totalSpec = template.rows.find((r) => !r.repeat);
  const tables: LocatedTable[] = [];
  const title = normalizeLabel(template.title.zh);
  // Row by row, jumping over ledgers: their records are never normalized or searched for anchors.
  for (let anchorRow = 0; anchorRow < sheet.cells.length; anchorRow++) {
    const skip = skippedUntil(skipRows, anchorRow);
    if (skip >= 0) {
      anchorRow = skip;
      continue;
    }
    const anchor = rowTexts(sheet, anchorRow).find((t) => t.norm === title || matchesAny(t.norm, template.anchors));
    if (!anchor) continue;
    // The header: the first row at or below the anchor where at least two columns are named.
    let headerRow = -1;
    const columnAt = new Map<string, number>();
    for (let r = anchor.row; r <= anchor.row + 5 && headerRow < 0 && r < sheet.cells.length; r++) {
      const row = rowTexts(sheet, r);
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
    const columns = [...columnAt.values()];
    const firstCol = Math.min(...columns);
    const lastCol = Math.max(...columns);
    const recordColumns = new RecordColumns(sheet, recordSpec, template.columns, columnAt, headerUnit);
    const totalColumns = totalSpec && new RecordColumns(sheet, totalSpec, template.columns, columnAt, headerUnit);
    const records: LocatedRow[] = [];
    const totals: LocatedRow[] = [];
    let r = headerRow + 1;
    for (; r < sheet.cells.length; r++) {
      const cells = sheet.cells[r];
      if (!cells || isBlank(cells, columns)) break;
      const first = cells[firstCol];
      const label = first && typeof first.value === "string" ? first.value.trim() : String(first?.value ?? "");
      // Totals are short labels ("合计"): only those are normalized and matched.
      const isTotal = totalSpec !== undefined && label.length <= 12 && matchesAny(normalizeLabel(label), totalSpec.patterns);
      if (isTotal) totals.push(new RecordRow(totalSpec, r, firstCol, label, totalColumns!));
      else records.push(new RecordRow(recordSpec, r, firstCol, label, recordColumns));
    }
    const rows = new Map<string, LocatedRow[]>();
    if (records.length > 0) rows.set(recordSpec.id, records);
    if (totals.length > 0) rows.set(totalSpec!.id, totals);
    tables.push({ template, sheet: sheet.name, anchorAddress: a1(anchor.row, anchor.col), range: `${a1(headerRow, firstCol)}:${a1(r - 1, lastCol)}`, rows, rowSpan: [headerRow + 1, r - 1] });
    anchorRow = r;
  }
  return tables;
}
