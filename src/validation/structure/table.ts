import type { SnapshotCell } from "../../workbook/snapshot";
import type { Reading } from "../cells";
import { readFigure } from "./reading";

export { readFigure };
import { labelName, Period } from "../labels";
import { resolveUnit } from "../units";
import { Grid } from "./grid";
import { compoundUnit } from "./quantities";
import { indentation, isNote, isOfWhich, isSequenceHeader, isUnitHeader, Measure, measureOf, namedParts, outlineDepth, totalKind, TotalKind } from "./words";

/**
 * A table as its own layout shows it, with no template: the header band above (several rows,
 * merged cells, group headers typed once), the label column(s), the value columns with what each
 * measures, its period and unit, and the rows with their outline depth, 其中 items and totals.
 */
export interface StructColumn {
  /** Grid column. */
  c: number;
  /** Header texts from the top of the band down. */
  parts: string[];
  /** The column's own name (its lowest header that is not only a period or a unit). */
  name: string;
  /** The headers above its name (a group such as 本季度 or 2024年). */
  group: string;
  period?: Period;
  unit?: string;
  measure: Measure;
  /** The header says 合计/总计/Total: the sum of the columns beside it. */
  total?: TotalKind;
}

export interface StructRow {
  /** Grid row. */
  r: number;
  raw: string;
  name: string;
  en: string;
  /** Group labels from the label columns to its left (a merged 类别 cell). */
  path: string[];
  depth?: number;
  indent: number;
  ofWhich: boolean;
  total?: TotalKind;
  /** A total that names its parts: "Total (Scope 1 + 2)". */
  parts?: string[];
  /** The unit its label states ("总计（万吨）"): before the column's. */
  labelUnit?: string;
  /** The unit a 单位 column prints for it: after the column's own. */
  unit?: string;
  measure: Measure;
  period?: Period;
  address: string;
}

export interface StructTable {
  grid: Grid;
  sheet: string;
  /** The block's range in the user's sheet. */
  range: string;
  title: string;
  header: { top: number; bottom: number };
  labelCols: number[];
  columns: StructColumn[];
  rows: StructRow[];
  /** Units stated once for the table ("单位：万元，%"). */
  units: string[];
  period?: Period;
  transposed: boolean;
  /** The table this one continues (续表): its rows count toward this table's total. */
  continues?: StructTable;
  /** The 续表 that continues this one (and holds the total). */
  continuedBy?: StructTable;
}

const CONTINUED = /续表|[（(]\s*续\s*[)）]|\(continued\)|continued/i;

/**
 * Links each continuation to the table it continues: a table titled 续表 / （续） / continued, or an untitled one on a
 * later sheet repeating the header of a table before it that has no total row.
 */
export function linkContinuations(tables: StructTable[]): void {
  const header = (t: StructTable) => t.columns.map((c) => c.parts.join("|")).join("‖");
  tables.forEach((t, i) => {
    if (!t.columns.some((c) => c.parts.length)) return;
    const titled = CONTINUED.test(t.title);
    // The latest table before it with the same header and no total of its own.
    const before = tables
      .slice(0, i)
      .reverse()
      .find((b) => header(b) === header(t) && !b.continuedBy && !b.rows.some((r) => r.total === "total"));
    // 续表 / continued in its title, or on a later sheet under the same header with no title of its own.
    if (!before || !(titled || (before.sheet !== t.sheet && (t.title === "" || t.title === before.title)))) return;
    [t.continues, before.continuedBy] = [before, t];
    // A 续表 prints its units and period once, above the first part.
    if (t.units.length === 0) t.units = before.units;
    t.period ??= before.period;
  });
}

/** Integers a header row prints as years: 2023, 2024. */
const isYearNumber = (cell: SnapshotCell | undefined) =>
  (typeof cell?.value === "number" && Number.isInteger(cell.value) && cell.value >= 1990 && cell.value <= 2100 && !cell.percent) ||
  (typeof cell?.value === "string" && /^\s*(?:19|20)\d{2}\s*$/.test(cell.value));

const text = (cell: SnapshotCell | undefined) => (typeof cell?.value === "string" ? cell.value.trim() : "");

const UNIT_LINE = /(?:金额|数量|计量)?单位\s*[:：]\s*(.+)$/;

/** Units a title or note line states: "单位：万元，%" → 万元 and %. */
export function unitsInLine(line: string): string[] {
  const m = line.normalize("NFKC").match(UNIT_LINE) ?? line.normalize("NFKC").match(/^\s*[(（]?\s*(?:unit|units)\s*[:：]\s*([^)）]+)/i);
  if (!m) return [];
  // English units with a comma inside ("10,000 yuan") are named first.
  const named = m[1].replace(/10,000\s*yuan|ten\s+thousand\s+yuan/gi, "万元").replace(/100\s*million\s*yuan/gi, "亿元");
  return named
    .split(/[,，、;；/\s]+|及|和/)
    .map((u) => u.replace(/[)）]$/, "").trim())
    .filter((u) => u && (resolveUnit(u) || compoundUnit(u)));
}

function isUnitText(t: string): boolean {
  return t !== "" && (!!resolveUnit(t) || !!compoundUnit(t));
}

/** Infers a table's structure from its grid; undefined when the block has no labelled figures. */
export function inferTable(grid: Grid, allowTranspose = true): StructTable | undefined {
  const R = grid.rows;
  const C = grid.cols;
  if (R < 2 || C < 2) return undefined;
  const kinds: Reading["kind"][][] = [];
  for (let r = 0; r < R; r++) {
    const row: Reading["kind"][] = [];
    for (let c = 0; c < C; c++) row.push(grid.mergeCopy(r, c) ? "empty" : readFigure(grid.own(r, c)).kind);
    kinds.push(row);
  }
  // Title rows: one text across the top (or a unit line).
  const titles: string[] = [];
  let first = 0;
  for (; first < R; first++) {
    const texts = new Set<string>();
    let figures = 0;
    for (let c = 0; c < C; c++) {
      const cell = grid.spread(first, c);
      if (kinds[first][c] === "number") figures++;
      const t = text(cell);
      if (t) texts.add(t);
    }
    const only = [...texts][0] ?? "";
    const unitLine = texts.size >= 1 && [...texts].every((t) => unitsInLine(t).length > 0 || /^(?:单位|unit)/i.test(t));
    if (figures === 0 && (texts.size <= 1 || unitLine) && (texts.size === 0 || unitLine || text(grid.spread(first, 0)) === only || C <= 2)) {
      for (const t of texts) titles.push(t);
      continue;
    }
    break;
  }
  // The body starts at the first row with a figure that is not a year printed as a header.
  let bodyTop = -1;
  for (let r = first; r < R; r++) {
    let figures = 0;
    let years = 0;
    for (let c = 0; c < C; c++) {
      if (kinds[r][c] === "number" || kinds[r][c] === "marker") {
        figures++;
        if (isYearNumber(grid.own(r, c))) years++;
      }
    }
    if (figures === 0) continue;
    if (years === figures && years >= 2 && r + 1 < R) continue;
    bodyTop = r;
    break;
  }
  if (bodyTop < 0) return undefined;
  // Trailing notes end the body.
  let bodyBottom = R - 1;
  while (bodyBottom > bodyTop && isNoteRow(grid, bodyBottom, C)) bodyBottom--;

  // Column roles from the body.
  const stats = Array.from({ length: C }, () => ({ figures: 0, texts: 0, units: 0, ints: [] as number[] }));
  for (let r = bodyTop; r <= bodyBottom; r++) {
    for (let c = 0; c < C; c++) {
      const k = kinds[r][c];
      if (k === "number" || k === "marker") {
        stats[c].figures++;
        const v = grid.own(r, c)?.value;
        if (k === "number") stats[c].ints.push(typeof v === "number" ? v : Number.NaN);
      } else if (k === "text") {
        const t = text(grid.own(r, c));
        if (isUnitText(t)) stats[c].units++;
        stats[c].texts++;
      }
    }
  }
  const headers = new Map<number, string>();
  const headerText = (c: number) => {
    let h = headers.get(c);
    if (h === undefined) {
      h = Array.from({ length: bodyTop - first }, (_, i) => text(grid.spread(first + i, c)))
        .filter(Boolean)
        .join(" ");
      headers.set(c, h);
    }
    return h;
  };
  const unitCols = new Set<number>();
  const seqCols = new Set<number>();
  for (let c = 0; c < C; c++) {
    const h = headerText(c);
    const s = stats[c];
    if ((isUnitHeader(h) || (s.units > 0 && s.units >= s.texts * 0.6)) && s.figures === 0) unitCols.add(c);
    else if (isSequenceHeader(h) || (h === "" && isSequence(s.ints) && s.texts === 0 && c + 1 < C && stats[c + 1].texts > 0)) seqCols.add(c);
  }
  const valueCols: number[] = [];
  for (let c = 0; c < C; c++) if (!unitCols.has(c) && !seqCols.has(c) && stats[c].figures > 0 && stats[c].figures >= stats[c].texts) valueCols.push(c);
  if (valueCols.length === 0) return undefined;
  const labelCols: number[] = [];
  for (let c = 0; c < valueCols[0]; c++) if (!unitCols.has(c) && !seqCols.has(c) && stats[c].texts > 0) labelCols.push(c);
  if (labelCols.length === 0) {
    // Labels merged across the first columns count for the first.
    if (valueCols[0] > 0 && stats[0].texts === 0) return undefined;
    if (valueCols[0] === 0) return undefined;
  }

  // Periods down the label column and names across: the table is transposed.
  if (allowTranspose && labelCols.length > 0) {
    const labels = bodyRows(bodyTop, bodyBottom).map(
      (r) => text(grid.spread(r, labelCols[labelCols.length - 1])) || numberText(grid.own(r, labelCols[labelCols.length - 1])),
    );
    const periodLabels = labels.filter((l) => l && isPeriodOnly(l)).length;
    const headerNames = valueCols.map((c) => headerText(c)).filter((h) => h && !isPeriodOnly(h)).length;
    if (periodLabels >= 2 && periodLabels >= labels.filter(Boolean).length * 0.6 && headerNames >= valueCols.length * 0.6) {
      const t = inferTable(grid.transpose(), false);
      if (t) return { ...t, title: t.title || titles.join(" "), units: [...t.units, ...titles.flatMap(unitsInLine)] };
    }
  } else if (allowTranspose && labelCols.length === 0) {
    return undefined;
  }

  const units = [...grid.titles, ...titles].flatMap(unitsInLine);
  // Unit lines inside the header band ("单位：万元" at the band's right).
  for (let r = first; r < bodyTop; r++) for (let c = 0; c < C; c++) units.push(...unitsInLine(text(grid.own(r, c))));
  const periodOfTitles = [...grid.titles, ...titles].map((t) => labelName(t).period).find(Boolean);

  const columns = valueCols.map((c) => structColumn(grid, c, first, bodyTop, labelCols));
  const lastLabel = labelCols[labelCols.length - 1];
  const unitCol = [...unitCols][0];
  const rows: StructRow[] = [];
  for (const r of bodyRows(bodyTop, bodyBottom)) {
    const leafCol = [...labelCols].reverse().find((c) => text(grid.own(r, c)) !== "" && !grid.mergeCopy(r, c));
    const raw = leafCol !== undefined ? text(grid.own(r, leafCol)) : text(grid.spread(r, lastLabel));
    const path = labelCols
      .filter((c) => c !== leafCol && (leafCol === undefined || c < leafCol))
      .map((c) => text(grid.spread(r, c)))
      .filter(Boolean);
    const hasFigure = valueCols.some((c) => kinds[r][c] !== "empty");
    if (!raw && !hasFigure) continue;
    const rawLabel = leafCol !== undefined ? String(grid.own(r, leafCol)?.value ?? "") : raw;
    const unitText = unitCol !== undefined ? text(grid.own(r, unitCol)) : "";
    rows.push({
      r,
      raw,
      path,
      indent: indentation(rawLabel),
      ...labelTraits(raw),
      unit: isUnitText(unitText) ? unitText : undefined,
      address: grid.address(r, leafCol ?? lastLabel),
    });
  }
  markOfWhichRuns(rows, valueCols, kinds);
  return {
    grid,
    sheet: grid.sheet.name,
    range: grid.range,
    title: [...grid.titles, ...titles].filter((t) => !unitsInLine(t).length).join(" "),
    header: { top: first, bottom: bodyTop - 1 },
    labelCols,
    columns,
    rows,
    units,
    period: periodOfTitles,
    transposed: grid.transposed,
  };

  function bodyRows(top: number, bottom: number): number[] {
    const out: number[] = [];
    for (let r = top; r <= bottom; r++) out.push(r);
    return out;
  }
}

type LabelTraits = Pick<StructRow, "name" | "en" | "depth" | "ofWhich" | "total" | "parts" | "labelUnit" | "measure" | "period">;

const TRAITS = new Map<string, LabelTraits>();

/** What a row label says of the row's place and meaning, worked out once per label text (reports repeat their labels). */
function labelTraits(raw: string): LabelTraits {
  let traits = TRAITS.get(raw);
  if (traits) return traits;
  const label = labelName(raw);
  const parts = namedParts(raw);
  traits = {
    name: label.name,
    en: label.en,
    depth: outlineDepth(raw),
    ofWhich: isOfWhich(raw),
    // A row that names its parts with "+" ("排放总量（范围1+2）", "Scopes 1+2") is their total.
    total: totalKind(raw) ?? (/[+＋]/.test(raw) && parts ? "total" : undefined),
    parts,
    labelUnit: label.unit,
    measure: measureOf(raw),
    period: label.period,
  };
  if (TRAITS.size < 50_000) TRAITS.set(raw, traits);
  return traits;
}

function numberText(cell: SnapshotCell | undefined): string {
  return typeof cell?.value === "number" ? String(cell.value) : "";
}

/** "2024年", "2023年末", "FY2024", "本期", 2024: a label that says only when. */
function isPeriodOnly(t: string): boolean {
  const l = labelName(t);
  return !!l.period && (l.name === "" || /^(?:年|年度|年末|末|数|值|金额)$/.test(l.name));
}

/** The texts in brackets: "排放因子(kgCO2/kWh)" → kgCO2/kWh. */
function bracketed(text: string): string[] {
  return [...text.normalize("NFKC").matchAll(/[(（]([^()（）]+)[)）]/g)].map((m) => m[1].trim());
}

function isSequence(values: number[]): boolean {
  if (values.length < 2 || values.some((v) => !Number.isInteger(v))) return false;
  let steps = 0;
  for (let i = 1; i < values.length; i++) if (values[i] === values[i - 1] + 1) steps++;
  return values[0] <= 1 && steps >= values.length - 2;
}

function isNoteRow(grid: Grid, r: number, C: number): boolean {
  const texts: string[] = [];
  for (let c = 0; c < C; c++) {
    const t = text(grid.own(r, c));
    if (t) texts.push(t);
    else if (grid.own(r, c)?.value !== undefined && grid.own(r, c)?.value !== null) return false;
  }
  return texts.length === 1 && isNote(texts[0]);
}

function structColumn(grid: Grid, c: number, top: number, bodyTop: number, labelCols: number[]): StructColumn {
  const parts: string[] = [];
  for (let r = top; r < bodyTop; r++) {
    let t = text(grid.spread(r, c)) || (isYearNumber(grid.own(r, c)) ? String(grid.own(r, c)!.value) : "");
    // A group header typed once above unmerged columns: the nearest text to the left, above the last header row.
    if (!t && r < bodyTop - 1) {
      for (let k = c - 1; k >= 0 && !labelCols.includes(k); k--) {
        const left = text(grid.spread(r, k));
        if (left) {
          t = left;
          break;
        }
      }
    }
    if (t && parts[parts.length - 1] !== t && !/^(?:金额|数量)?单位\s*[:：]/.test(t)) parts.push(t);
  }
  let name = "";
  let period: Period | undefined;
  let unit: string | undefined;
  let measure: Measure = "value";
  const group: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const l = labelName(parts[i]);
    period ??= l.period;
    unit ??= bracketed(parts[i]).find((b) => compoundUnit(b));
    unit ??= l.unit ?? (/^\s*[(（]?\s*%\s*[)）]?\s*$|[(（]\s*%\s*[)）]/.test(parts[i]) ? "%" : undefined);
    if (!name && l.name && !isPeriodOnly(parts[i])) {
      name = l.name;
      measure = measureOf(parts[i]);
    } else if (l.name) group.unshift(l.name);
  }
  if (measure === "value") for (const p of parts) if (measureOf(p) !== "value") measure = measureOf(p);
  return { c, parts, name, group: group.join("/"), period, unit, measure, total: totalKind(name) };
}

/**
 * Rows after a bare "其中：" row, or after an 其中 item, at the same or deeper indentation: items
 * inside the row above the run, never parts of the total.
 */
function markOfWhichRuns(rows: StructRow[], valueCols: number[], kinds: Reading["kind"][][]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row.ofWhich) continue;
    const bare = /^(?:其中|含|包括|of\s*which|including)\s*[:：]?\s*$/i.test(row.raw) && valueCols.every((c) => kinds[row.r][c] === "empty");
    for (let j = i + 1; j < rows.length; j++) {
      const next = rows[j];
      if (next.total || next.ofWhich) break;
      const deeper = next.indent > 0 && next.indent >= row.indent;
      const deeperOutline = next.depth !== undefined && row.depth !== undefined && next.depth > row.depth;
      if (!(deeper || deeperOutline || (bare && j === i + 1) || (bare && next.depth === undefined && next.indent >= row.indent && rows[j - 1].ofWhich))) break;
      next.ofWhich = true;
    }
  }
}
