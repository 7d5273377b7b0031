import { distance } from "fastest-levenshtein";
import { a1, columnLetters, MergedArea, mergeOf, SheetSnapshot, SnapshotCell } from "../workbook/snapshot";
import { intervalOf, readCell, Reading } from "./cells";
import { LocatedCell, LocatedColumn } from "./located";

export { LocatedCell, LocatedColumn };
import { Interval } from "./interval";
import type { Bilingual, ColumnSpec, RowSpec, Template } from "./model";
import { LabelName, labelName, matchesAny, namesItem, normalizeLabel, Period } from "./labels";
import { PrintedUnit, resolveUnit, scaleBetween } from "./units";
import { MESSAGES } from "./messages";
import { compilePattern } from "./patterns";
import { simplified } from "./script";

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
  constructor(
    spec: RowSpec,
    labelRow: number,
    labelCol: number,
    label: string,
    private readonly cells: Record<string, LocatedCell | undefined>,
    unit: string | undefined,
    private readonly address: string,
  ) {
    super(spec, labelRow, labelCol, label, unit);
  }

  get labelAddress(): string {
    return this.address;
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
  constructor(
    spec: RowSpec,
    labelRow: number,
    labelCol: number,
    label: string,
    private readonly columns: RecordColumns,
  ) {
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

/** A value column the locator mapped: where its header is, what period and unit the header states. */
export interface MappedColumn {
  id: string;
  label: Bilingual;
  /** Sheet column (0-based, in the sheet's own orientation). */
  col: number;
  /** A1 address and text of the header cell that named it; none when a one-column table has no header. */
  header?: string;
  headerText?: string;
  period?: Period;
  unit?: string;
}

/** What the locator understood of a table, shown to the user beside the findings. */
export interface TableMapping {
  rows: { id: string; label: Bilingual; cells: string[] }[];
  columns: MappedColumn[];
  missingRows: RowSpec[];
  missingColumns: ColumnSpec[];
  /** Columns inside the table that hold numbers but no template column: the table is only partly understood. */
  unmappedColumns: { address: string; header: string }[];
  /** Label cells in the table's rows that name no template row. */
  unrecognisedRows: { address: string; text: string }[];
  /** Why each row and column was mapped (for --explain). */
  decisions: Bilingual[];
}

export interface LocatedTable {
  template: Template;
  sheet: string;
  anchorAddress: string;
  range: string;
  rows: Map<string, LocatedRow[]>;
  /** For a ledger: the first and last record rows (0-based). */
  rowSpan?: [number, number];
  mapping: TableMapping;
  /** Column ids mapped to a column of the sheet. */
  columnIds: Set<string>;
  /** Indicators across and periods down: the table was read with rows and columns swapped. */
  transposed: boolean;
  /** The period this instance of the table shows, when its header names one. */
  period?: Period;
  /** The same table's preceding period, when the table shows several. */
  previous?: LocatedTable;
}

interface TextCell {
  row: number;
  col: number;
  raw: string;
  label: LabelName;
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
          texts.push({ row, col, raw, label: labelName(raw) });
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
  /** A count (projects, customers): a whole number printed without decimals is exact, not rounded. */
  count?: boolean;
  /** The unit the cell's interval is in (see LocatedCell.unit). */
  unit?: string;
  /** What a unit printed in the cell itself ("0.85(千克)") converts to: the template's unit, else the row's printed one. */
  target?: PrintedUnit;
}

function cellPlan(spec: RowSpec, column: ColumnSpec | undefined, printedUnit: string | undefined): CellPlan {
  const kind = valueKind(spec, column);
  const expected = resolveUnit(expectedUnit(spec, column));
  const printed = resolveUnit(printedUnit) ?? resolveUnit(column?.unit);
  const percent = kind === "percent" || printed?.dimension === "percent";
  const text = kind === "text";
  const target = (expected ?? printed) as PrintedUnit | undefined;
  const count = kind === "count";
  const unit = percent ? "fraction" : (expectedUnit(spec, column) ?? printedUnit ?? column?.unit);
  if (percent || !printed || !expected) return { text, percent, scale: 1, target, count, unit };
  const scale = scaleBetween(printed as PrintedUnit, expected as PrintedUnit);
  return scale === undefined ? { text, percent, scale: 1, unitMismatch: printedUnit, count, unit: printedUnit } : { text, percent, scale, target, count, unit };
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
  // Cells of a transposed view carry the sheet's own coordinates, so every address is the user's.
  const located = TRANSPOSED.has(sheet) ? new LocatedCell(c, r, reading) : new LocatedCell(r, c, reading);
  if (reading.kind !== "number") return located;
  if (reading.unit && !plan.percent) {
    // The cell states its own unit: it converts to the row's, or it is a unit the row cannot take.
    const own = resolveUnit(reading.unit) as PrintedUnit;
    const scale = plan.target ? scaleBetween(own, plan.target) : 1;
    if (scale === undefined) located.unitMismatch = reading.unit;
    located.interval = intervalOf(reading, false, scale ?? 1);
    located.unit = scale === undefined ? reading.unit : (plan.unit ?? reading.unit);
    return located;
  }
  if (plan.unitMismatch) located.unitMismatch = plan.unitMismatch;
  if (plan.unit) located.unit = plan.unit;
  located.interval =
    plan.count && plan.scale === 1 && reading.decimals === 0 && Number.isInteger(reading.value) && !reading.percentFormat
      ? Interval.exact(reading.value)
      : intervalOf(reading, plan.percent, plan.scale);
  return located;
}

function locatedCell(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  spec: RowSpec,
  column: ColumnSpec | undefined,
  printedUnit: string | undefined,
): LocatedCell {
  return readLocated(sheet, row, col, cellPlan(spec, column, printedUnit));
}

/** Views of sheets with rows and columns swapped: tables with indicators across and periods down. */
const TRANSPOSED = new WeakSet<SheetSnapshot>();
const TRANSPOSED_VIEW = new WeakMap<SheetSnapshot, SheetSnapshot>();

/** Sheets larger than this are not searched for transposed tables (a ledger sheet has none). */
const TRANSPOSE_LIMIT = 20_000;

function transposedView(sheet: SheetSnapshot): SheetSnapshot | undefined {
  let view = TRANSPOSED_VIEW.get(sheet);
  if (view) return view;
  let width = 0;
  let count = 0;
  for (const row of sheet.cells) {
    width = Math.max(width, row?.length ?? 0);
    count += row?.length ?? 0;
  }
  if (count > TRANSPOSE_LIMIT || width > 500) return undefined;
  const cells: (SnapshotCell | undefined)[][] = Array.from({ length: width }, () => []);
  sheet.cells.forEach((row, r) => row?.forEach((cell, c) => cell && (cells[c][r] = cell)));
  view = { name: sheet.name, cells, merges: sheet.merges.map((m) => ({ top: m.left, left: m.top, bottom: m.right, right: m.bottom })) };
  TRANSPOSED.add(view);
  TRANSPOSED_VIEW.set(sheet, view);
  return view;
}

/** The A1 address, in the user's sheet, of (row, col) of a sheet or of its transposed view. */
function addressIn(sheet: SheetSnapshot, row: number, col: number): string {
  return TRANSPOSED.has(sheet) ? a1(col, row) : a1(row, col);
}

function rangeIn(sheet: SheetSnapshot, top: number, left: number, bottom: number, right: number): string {
  return TRANSPOSED.has(sheet) ? `${a1(left, top)}:${a1(right, bottom)}` : `${a1(top, left)}:${a1(bottom, right)}`;
}

const isAnchor = (template: Template, title: string, t: TextCell) =>
  t.label.name === title ||
  namesItem(t.label, { patterns: template.anchors, en: template.enAnchors }) ||
  (template.enAnchors !== undefined && matchesAny(t.label.en, template.enAnchors));

/**
 * Finds every instance of `template`'s table in a sheet: anchor first, then rows by label, then the
 * header above them (over several rows and merged cells) for columns, periods and units. A table
 * whose labels run across a row is read from the transposed sheet. `skipRows` are rows already
 * claimed by a ledger: their cells are nobody else's labels.
 */
export function locate(sheet: SheetSnapshot, template: Template, skipRows: [number, number][] = []): LocatedTable[] {
  if (template.layout === "records") return locateRecords(sheet, template, skipRows);
  const tables = locateIn(sheet, template, skipRows);
  const view = skipRows.length === 0 ? transposedView(sheet) : undefined;
  if (view) {
    // A table found both ways is the upright one.
    const upright = new Set(tables.map((t) => t.anchorAddress));
    for (const table of locateIn(view, template, [])) if (!upright.has(table.anchorAddress)) tables.push(table);
  }
  return tables;
}

function locateIn(sheet: SheetSnapshot, template: Template, skipRows: [number, number][]): LocatedTable[] {
  const texts = textCells(sheet, skipRows);
  const used = new Set<TextCell>();
  const tables: LocatedTable[] = [];
  let coveredUntil = -1;
  const title = normalizeLabel(template.title.zh);
  for (const anchor of texts.filter((t) => isAnchor(template, title, t))) {
    if (anchor.row <= coveredUntil) continue;
    // The template's own title is a strong anchor (a blank template): one matched row is enough.
    const found = matchTable(sheet, template, texts, anchor, used, anchor.label.name === title ? 1 : 2);
    if (found) {
      for (const t of found.located) tables.push(t);
      coveredUntil = found.lastRow;
    }
  }
  return tables;
}

const UNIT_NOTE = /单位\s*[:：]/;

/** The texts of the header band above a table's first row in one column; merged cells count for every column they cover. */
function headerParts(
  sheet: SheetSnapshot,
  col: number,
  top: number,
  bottom: number,
  labelCol: number,
): { row: number; col: number; raw: string; label: LabelName }[] {
  const parts: { row: number; col: number; raw: string; label: LabelName }[] = [];
  let lastMerge: MergedArea | undefined;
  for (let r = top; r <= bottom; r++) {
    const merge = sheet.merges.length === 0 ? undefined : mergeOf(sheet, r, col);
    if (merge && merge.left <= labelCol) continue; // a title or a label spanning the table
    if (merge && merge === lastMerge) continue;
    lastMerge = merge;
    const cell = merge ? sheet.cells[merge.top]?.[merge.left] : sheet.cells[r]?.[col];
    if (typeof cell?.value !== "string" || !cell.value.trim()) continue;
    const raw = cell.value.length > LABEL_LENGTH ? cell.value.slice(0, LABEL_LENGTH) : cell.value;
    const label = labelName(raw);
    // "单位：万元" or "金额单位：万元" states the table's unit; it names no column.
    if (UNIT_NOTE.test(raw) && label.unit && GENERIC_VALUE.test(label.name)) continue;
    parts.push({ row: merge ? merge.top : r, col: merge ? merge.left : col, raw, label });
  }
  return parts;
}

/** A column repeated under several groups (本季度 / 本年度累计 / 以来累计) is the one whose header band names its group. */
function inGroup(column: ColumnSpec, band: { raw: string }[]): boolean {
  if (!column.within) return true;
  const text = simplified(
    band
      .map((p) => p.raw)
      .join(" ")
      .normalize("NFKC"),
  )
    .toLowerCase()
    .replace(/\s+/g, " ");
  return matchesAny(text, column.within);
}

/**
 * A group header typed once above its columns without merging them ("centre across selection"): for
 * each header row above `bottom` where this column is blank, the nearest text to its left.
 */
function groupsLeft(sheet: SheetSnapshot, col: number, top: number, bottom: number, labelCol: number): { raw: string }[] {
  const found: { raw: string }[] = [];
  for (let r = top; r < bottom; r++) {
    const own = sheet.cells[r]?.[col];
    if ((typeof own?.value === "string" && own.value.trim()) || (sheet.merges.length > 0 && mergeOf(sheet, r, col))) continue;
    for (let c = col - 1; c > labelCol; c--) {
      const cell = sheet.cells[r]?.[c];
      if (sheet.merges.length > 0 && mergeOf(sheet, r, c)) break;
      if (typeof cell?.value === "string" && cell.value.trim()) {
        found.push({ raw: cell.value });
        break;
      }
    }
  }
  return found;
}

/** A header that names no column but a value: "数值", or "数" of "本年数" once the period is read. */
const GENERIC_VALUE = /^(数值|数额|金额|余额|数量|数据|披露数据|值|数|value|amount|figure)?$/;

/** Units a table states once for all its amounts: "单位：万元" above it, or "（单位：亿元）" in its title. */
function tableUnit(anchor: TextCell, texts: TextCell[], top: number, bottom: number): string | undefined {
  if (anchor.label.unit) return anchor.label.unit;
  return texts.find((t) => t.row >= top && t.row <= bottom && t.label.unit && GENERIC_VALUE.test(t.label.name))?.label.unit;
}

/** The table's unit applies to a cell only where it measures the same kind of quantity as the row. */
function sameDimension(printed: string | undefined, spec: RowSpec, column: ColumnSpec | undefined): boolean {
  const expected = resolveUnit(column?.unit ?? spec.unit);
  const unit = resolveUnit(printed);
  return !!expected && !!unit && expected.dimension === unit.dimension;
}

function sheetWidth(sheet: SheetSnapshot, rows: number[]): number {
  let width = 0;
  for (const r of rows) width = Math.max(width, sheet.cells[r]?.length ?? 0);
  return width;
}

/** A label that names an item only nearly ("各项贷款余额合计") maps when its score reaches this. */
const NEAR_MISS_SCORE = 0.6;

/**
 * How nearly a label names a template row, 0 to 1: the share of the label that one of the row's
 * patterns covers when it need not match the whole label, or its similarity to the row's own name.
 */
function nearScore(name: string, spec: RowSpec): number {
  if (name.length < 2) return 0;
  let best = 0;
  for (const pattern of spec.patterns) {
    const length = compilePattern(pattern.replace(/^\^/, "").replace(/\$$/, "")).matchLength(name);
    if (length > 0) best = Math.max(best, length / name.length);
  }
  const own = normalizeLabel(spec.label.zh);
  return Math.max(best, 1 - distance(name, own) / Math.max(name.length, own.length));
}

function matchTable(sheet: SheetSnapshot, template: Template, texts: TextCell[], anchor: TextCell, used: Set<TextCell>, minimumRows: number) {
  const windowEnd = anchor.row + template.rows.length * 3 + 20;
  const candidates = texts.filter((t) => t !== anchor && !used.has(t) && t.row >= anchor.row && t.row <= windowEnd);
  const matched = new Map<string, TextCell[]>();
  const decisions: Bilingual[] = [];
  const near = new Map<TextCell, number>();
  // Labels that name some row exactly are never taken as a near miss for another.
  const namesSome = new Set(candidates.filter((t) => template.rows.some((spec) => namesItem(t.label, spec))));
  let position = { row: anchor.row, col: anchor.col };
  const later = (spec: RowSpec) => template.rows.slice(template.rows.indexOf(spec) + 1).filter((s) => !s.repeat);
  const endOfRepeat = (spec: RowSpec, hits: TextCell[], from: { row: number; col: number }) => {
    const first = hits.find((h) => !before(h, from));
    if (!first) return undefined;
    const specs = later(spec);
    return candidates.find((t) => !used.has(t) && !hits.includes(t) && before(first, t) && specs.some((s) => namesItem(t.label, s)));
  };
  for (const spec of template.rows) {
    const hits = candidates.filter((t) => !used.has(t) && namesItem(t.label, spec));
    if (!spec.repeat) {
      // The next label in reading order that nearly names this row, before the next exact one.
      const next = hits.find((h) => !before(h, position));
      const nearMiss = candidates.find(
        (t) =>
          !used.has(t) &&
          !namesSome.has(t) &&
          !before(t, position) &&
          (!next || before(t, next)) &&
          t.row <= position.row + (matched.size === 0 ? 8 : 3) &&
          nearScore(t.label.name, spec) >= NEAR_MISS_SCORE,
      );
      if (nearMiss) {
        near.set(nearMiss, nearScore(nearMiss.label.name, spec));
        hits.unshift(nearMiss);
      }
    }
    if (hits.length === 0) continue;
    // Of several matches in one row (a merged category beside its detail), the rightmost is the label.
    const rightmost = (h: TextCell) => hits.filter((o) => o.row === h.row).sort((a, b) => b.col - a.col)[0];
    // Repeated rows end where a later row of the template (the total) begins: the next table's rows are not theirs.
    const end = spec.repeat ? endOfRepeat(spec, hits, position) : undefined;
    const picked = spec.repeat ? hits.filter((h) => !before(h, position) && (!end || before(h, end))) : [hits.find((h) => !before(h, position)) ?? hits[0]];
    const chosen = [...new Set(picked.map(rightmost))];
    if (chosen.length === 0) continue;
    chosen.forEach((c) => used.add(c));
    matched.set(spec.id, chosen);
    const last = chosen[chosen.length - 1];
    if (before(position, last)) position = { row: last.row, col: last.col };
  }
  const matchedRows = [...matched.values()].flat();
  const needed = Math.min(minimumRows, template.rows.length);
  const release = () => matchedRows.forEach((t) => used.delete(t));
  if (matchedRows.length < needed) return release();
  // Labels of different rows side by side in one sheet row: indicators across, read from the transposed view.
  const perRow = new Map<number, number>();
  const perCol = new Map<number, number>();
  for (const t of matchedRows) {
    perRow.set(t.row, (perRow.get(t.row) ?? 0) + 1);
    perCol.set(t.col, (perCol.get(t.col) ?? 0) + 1);
  }
  if (Math.max(...perRow.values()) >= 2 && Math.max(...perRow.values()) > Math.max(...perCol.values())) return release();

  const labelRows = matchedRows.map((t) => t.row);
  const firstRow = Math.min(...labelRows);
  const labelCol = Math.min(...matchedRows.map((t) => t.col));
  const labelRight = Math.max(...matchedRows.map((t) => mergeOf(sheet, t.row, t.col)?.right ?? t.col));

  // Header band: up to four rows above the first label row, from the anchor down.
  const bandTop = Math.max(anchor.row, firstRow - 4);
  const found: MappedColumn[] = [];
  const width = sheetWidth(sheet, [...labelRows, ...Array.from({ length: firstRow - bandTop }, (_, i) => bandTop + i)]);
  for (let col = labelRight + 1; col < width; col++) {
    const parts = headerParts(sheet, col, bandTop, firstRow - 1, labelRight);
    if (parts.length === 0) continue;
    let spec: ColumnSpec | undefined;
    let named: (typeof parts)[number] | undefined;
    for (let i = parts.length - 1; i >= 0 && !spec; i--) {
      const band = parts.slice(0, i + 1);
      // Unmerged group headers to the left, looked up once per header part and only when a column needs its group.
      let left: { raw: string }[] | undefined;
      const leftBand = () => (left ??= [...groupsLeft(sheet, col, bandTop, parts[i].row, labelRight), parts[i]]);
      spec = template.columns.find((c) => namesItem(parts[i].label, c) && (inGroup(c, band) || inGroup(c, leftBand())));
      if (spec) named = parts[i];
    }
    // A group header (本年度累计) names the column, not the table's period.
    const period = spec?.within ? undefined : [...parts].reverse().find((p) => p.label.period)?.label.period;
    if (!spec && template.columns.length === 1 && period && parts.every((p) => GENERIC_VALUE.test(p.label.name))) {
      spec = template.columns[0];
      named = parts[parts.length - 1];
    }
    if (!spec || !named) continue;
    const unit = [...parts].reverse().find((p) => p.label.unit)?.label.unit;
    found.push({
      id: spec.id,
      label: spec.label,
      col,
      header: addressIn(sheet, named.row, named.col),
      headerText: named.raw.trim(),
      period,
      unit,
    });
  }

  // Several columns of one template column are its periods; a column repeated without a new period is left out.
  const byPeriod = new Map<string, { period?: Period; columns: MappedColumn[] }>();
  const periodKeys = new Set(found.filter((c) => c.period).map((c) => c.period!.key));
  const multiPeriod =
    periodKeys.size > 1 && template.columns.some((spec) => new Set(found.filter((c) => c.id === spec.id && c.period).map((c) => c.period!.key)).size > 1);
  const columns: MappedColumn[] = [];
  for (const c of found) {
    const key = multiPeriod ? (c.period?.key ?? "") : "";
    if (columns.some((o) => o.id === c.id && (multiPeriod ? (o.period?.key ?? "") : "") === key)) continue;
    columns.push(c);
  }
  if (multiPeriod) {
    // A column without a period (a share or growth beside two balances) belongs to the latest period, unless its
    // template column has period columns of its own: the earlier period printed no such figure.
    const periodic = new Set(columns.filter((c) => c.period).map((c) => c.id));
    const shared = columns.filter((c) => !c.period && !periodic.has(c.id));
    const latest = Math.max(...columns.filter((c) => c.period).map((c) => c.period!.order));
    for (const c of columns.filter((c) => c.period)) {
      const group = byPeriod.get(c.period!.key) ?? { period: c.period, columns: c.period!.order === latest ? [...shared] : [] };
      group.columns.push(c);
      byPeriod.set(c.period!.key, group);
    }
  } else {
    const period = columns.find((c) => c.period)?.period;
    byPeriod.set("", { period, columns });
  }
  const groups = [...byPeriod.values()].sort((a, b) => (a.period?.order ?? 0) - (b.period?.order ?? 0));
  const statedUnit = tableUnit(anchor, texts, anchor.row, firstRow - 1);
  for (const c of columns) {
    decisions.push(MESSAGES.mapping.column(c.label, c.header, c.headerText, c.period?.text, c.unit));
  }
  for (const spec of template.rows) {
    for (const t of matched.get(spec.id) ?? []) {
      const score = near.get(t);
      decisions.push(MESSAGES.mapping.row(spec.label, addressIn(sheet, t.row, t.col), t.raw.trim(), score));
    }
  }

  let lastRow = anchor.row;
  let minCol = anchor.col;
  let maxCol = anchor.col;
  const mappedCols = new Set<number>();
  // One instance of the table per period: the same labels, that period's value columns.
  const instances: Pick<LocatedTable, "period" | "rows" | "columnIds">[] = [];
  for (const group of groups) {
    const rows = new Map<string, LocatedRow[]>();
    const columnIds = new Set<string>();
    const noHeader = group.columns.length === 0 && template.columns.length === 1;
    for (const spec of template.rows) {
      for (const labelCell of matched.get(spec.id) ?? []) {
        const right = cellsRightOf(sheet, labelCell.row, labelCell.col);
        // A unit printed in its own cell between the label and the first value.
        let unitCell: string | undefined;
        let unitCol: number | undefined;
        const firstValueCol = Math.min(...group.columns.map((c) => c.col).filter((c) => c > labelCell.col), Infinity);
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
          const header = group.columns.find((c) => c.id === column.id);
          const unit = unitCell ?? labelCell.label.unit ?? header?.unit ?? (sameDimension(statedUnit, spec, column) ? statedUnit : undefined);
          let col: number | undefined = header?.col;
          if (col === undefined && noHeader) {
            // No header: the first filled cell right of the label that is not a unit; if all are empty, the next column.
            col =
              right.find(({ cell }) => cell && !(typeof cell.value === "string" && resolveUnit(cell.value)))?.col ??
              (unitCol ?? mergeOf(sheet, labelCell.row, labelCell.col)?.right ?? labelCell.col) + 1;
          }
          if (col === undefined || col <= labelCell.col) continue;
          cells[column.id] = locatedCell(sheet, labelCell.row, col, spec, column, unit);
          columnIds.add(column.id);
          mappedCols.add(col);
          maxCol = Math.max(maxCol, col);
        }
        appendTo(
          rows,
          spec.id,
          new LabelRow(
            spec,
            labelCell.row,
            labelCell.col,
            labelCell.raw.trim(),
            cells,
            unitCell ?? labelCell.label.unit,
            addressIn(sheet, labelCell.row, labelCell.col),
          ),
        );
        lastRow = Math.max(lastRow, labelCell.row);
        minCol = Math.min(minCol, labelCell.col);
      }
    }
    instances.push({ period: group.period, rows, columnIds });
  }
  if (instances.length === 0) return release();

  // Numbers in columns no template column claimed: the table is only partly understood.
  const unmappedColumns: TableMapping["unmappedColumns"] = [];
  const valueRows = [...new Set(labelRows)];
  for (let col = labelRight + 1; col < width; col++) {
    if (mappedCols.has(col)) continue;
    const numbers = valueRows.filter((r) => readCell(sheet.cells[r]?.[col]).kind === "number").length;
    if (numbers === 0 || numbers * 2 < valueRows.length) continue;
    const header = headerParts(sheet, col, bandTop, firstRow - 1, labelRight)
      .map((p) => p.raw.trim())
      .join(" ");
    // A column of the user's sheet, or a row where the table was read transposed.
    unmappedColumns.push({ address: TRANSPOSED.has(sheet) ? String(col + 1) : columnLetters(col), header });
    maxCol = Math.max(maxCol, col);
  }
  // Labels between the table's rows that name nothing of the template.
  const unrecognisedRows: TableMapping["unrecognisedRows"] = [];
  const matchedSet = new Set(matchedRows);
  for (const t of texts) {
    if (t.row <= firstRow || t.row >= lastRow || t.col !== labelCol || matchedSet.has(t)) continue;
    if (readCell(sheet.cells[t.row]?.[labelRight + 1]).kind !== "number" && !mappedColsHaveNumber(sheet, t.row, mappedCols)) continue;
    unrecognisedRows.push({ address: addressIn(sheet, t.row, t.col), text: t.raw.trim() });
  }
  const mappingRows = template.rows
    .filter((spec) => matched.has(spec.id))
    .map((spec) => ({ id: spec.id, label: spec.label, cells: matched.get(spec.id)!.map((t) => addressIn(sheet, t.row, t.col)) }));
  const mappedIds = new Set(columns.map((c) => c.id));
  const oneColumnFallback = columns.length === 0 && template.columns.length === 1 && instances[0].columnIds.size === 1;
  const mapping: TableMapping = {
    rows: mappingRows,
    columns,
    missingRows: template.rows.filter((spec) => !matched.has(spec.id)),
    missingColumns: oneColumnFallback ? [] : template.columns.filter((c) => !mappedIds.has(c.id)),
    unmappedColumns,
    unrecognisedRows,
    decisions,
  };
  const range = rangeIn(sheet, anchor.row, Math.min(minCol, anchor.col), lastRow, maxCol);
  const located: LocatedTable[] = [];
  for (const instance of instances) {
    located.push({
      template,
      sheet: sheet.name,
      anchorAddress: addressIn(sheet, anchor.row, anchor.col),
      range,
      ...instance,
      mapping,
      transposed: TRANSPOSED.has(sheet),
      previous: located[located.length - 1],
    });
  }
  return { located, lastRow };
}

function mappedColsHaveNumber(sheet: SheetSnapshot, row: number, cols: Set<number>): boolean {
  for (const c of cols) if (readCell(sheet.cells[row]?.[c]).kind === "number") return true;
  return false;
}

/** Header cells of a ledger's columns in one row; each cell names at most one column. */
function ledgerHeader(row: TextCell[], template: Template): Map<string, TextCell> {
  const found = new Map<string, TextCell>();
  for (const column of template.columns) {
    const header = row.find((t) => namesItem(t.label, column) && ![...found.values()].includes(t));
    if (header) found.set(column.id, header);
  }
  return found;
}

/**
 * A quick test that a ledger label may name the total row: it holds one of the CJK characters or
 * English words the total's patterns spell out. A million record labels are not analysed as labels.
 */
const TOTAL_HINTS = new WeakMap<RowSpec, RegExp>();

function totalHint(spec: RowSpec): RegExp {
  let hint = TOTAL_HINTS.get(spec);
  if (!hint) {
    const source = [...spec.patterns, ...(spec.en ?? [])].join(" ");
    const chars = [...new Set(source.match(/[\u4e00-\u9fff]/g) ?? [])];
    const words = [...new Set((spec.en ?? []).join(" ").match(/[a-z]{3,}/gi) ?? [])];
    const parts = [...(chars.length ? [`[${chars.join("")}]`] : []), ...words];
    // Full-width forms become ASCII only under NFKC: such a label is always analysed.
    parts.push("[\\uff01-\\uff5e]");
    hint = parts.length > 1 && !/\\[dpuw]|\./.test(source.replace(/\\u[0-9a-f]{4}/gi, "")) ? new RegExp(parts.join("|"), "i") : /[^]/;
    TOTAL_HINTS.set(spec, hint);
  }
  return hint;
}

/** Subtotal rows of a ledger: "C制造业小计", "小计", "Subtotal". */
const SUBTOTAL = /小\s*计|subtotal/i;

/** Ledger columns that say, on their own, that a header row is a loan ledger's. */
const LEDGER_KEY_COLUMNS = ["emissions", "attributed", "financing", "denominator"];

/**
 * A ledger: a header row naming the columns, then one record per row until a blank row. The header
 * is found under a title, or on its own when it names at least three of the key columns. A row
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
    const texts = rowTexts(sheet, anchorRow);
    if (texts.length === 0) continue;
    const anchor = texts.find((t) => isAnchor(template, title, t));
    let headerRow = -1;
    let header = new Map<string, TextCell>();
    if (anchor) {
      // Under a title: the first row at or below it where at least two columns are named.
      for (let r = anchor.row; r <= anchor.row + 5 && headerRow < 0 && r < sheet.cells.length; r++) {
        const h = ledgerHeader(rowTexts(sheet, r), template);
        if (h.size >= 2) [headerRow, header] = [r, h];
      }
    } else if (texts.length >= 3) {
      const h = ledgerHeader(texts, template);
      if (LEDGER_KEY_COLUMNS.filter((id) => h.has(id)).length >= 3) [headerRow, header] = [anchorRow, h];
    }
    if (headerRow < 0) continue;
    const columnAt = new Map([...header].map(([id, t]) => [id, t.col]));
    const headerUnit = new Map(template.columns.map((c) => [c.id, header.get(c.id)?.label.unit]));
    const columns = [...columnAt.values()];
    const firstCol = Math.min(...columns);
    const lastCol = Math.max(...columns);
    const recordColumns = new RecordColumns(sheet, recordSpec, template.columns, columnAt, headerUnit);
    const totalColumns = totalSpec && new RecordColumns(sheet, totalSpec, template.columns, columnAt, headerUnit);
    const records: LocatedRow[] = [];
    const totals: LocatedRow[] = [];
    const subtotals: number[] = [];
    const hint = totalSpec && totalHint(totalSpec);
    let r = headerRow + 1;
    for (; r < sheet.cells.length; r++) {
      const cells = sheet.cells[r];
      if (!cells || isBlank(cells, columns)) break;
      const first = cells[firstCol];
      const label = first && typeof first.value === "string" ? first.value.trim() : String(first?.value ?? "");
      // Totals are short labels ("合计"): only those are normalized and matched.
      const isTotal = hint !== undefined && label.length <= 16 && hint.test(label) && namesItem(labelName(label), totalSpec!);
      if (isTotal) totals.push(new RecordRow(totalSpec!, r, firstCol, label, totalColumns!));
      // A subtotal (行业小计) adds records up again: neither a record nor the total.
      else if (label.length <= 40 && SUBTOTAL.test(label)) subtotals.push(r);
      else records.push(new RecordRow(recordSpec, r, firstCol, label, recordColumns));
    }
    const rows = new Map<string, LocatedRow[]>();
    if (records.length > 0) rows.set(recordSpec.id, records);
    if (totals.length > 0) rows.set(totalSpec!.id, totals);
    const mappedColumns: MappedColumn[] = template.columns
      .filter((c) => header.has(c.id))
      .map((c) => ({
        id: c.id,
        label: c.label,
        col: header.get(c.id)!.col,
        header: a1(headerRow, header.get(c.id)!.col),
        headerText: header.get(c.id)!.raw.trim(),
        unit: header.get(c.id)!.label.unit,
      }));
    const mapping: TableMapping = {
      rows: [...rows].map(([id, list]) => {
        const spec = template.rows.find((s) => s.id === id)!;
        const cells =
          id === recordSpec.id ? [`${a1(list[0].labelRow, firstCol)}:${a1(list[list.length - 1].labelRow, firstCol)}`] : list.map((x) => x.labelAddress);
        return { id, label: spec.label, cells };
      }),
      columns: mappedColumns,
      missingRows: template.rows.filter((spec) => !rows.has(spec.id)),
      missingColumns: template.columns.filter((c) => !header.has(c.id)),
      unmappedColumns: [],
      unrecognisedRows: subtotals.map((row) => ({ address: a1(row, firstCol), text: String(sheet.cells[row]?.[firstCol]?.value ?? "").trim() })),
      decisions: [
        ...mappedColumns.map((c) => MESSAGES.mapping.column(c.label, c.header, c.headerText)),
        ...(subtotals.length > 0 ? [MESSAGES.mapping.subtotals(subtotals.length)] : []),
      ],
    };
    tables.push({
      template,
      sheet: sheet.name,
      anchorAddress: a1(anchor?.row ?? headerRow, anchor?.col ?? firstCol),
      range: `${a1(headerRow, firstCol)}:${a1(r - 1, lastCol)}`,
      rows,
      rowSpan: [headerRow + 1, r - 1],
      mapping,
      columnIds: new Set(columnAt.keys()),
      transposed: false,
    });
    anchorRow = r;
  }
  return tables;
}
