/**
 * Renders the sample tables the way bank staff lay them out: each transformation below is one kind of
 * variation seen in real workbooks, chosen at random per variant. The renderer also records, for every
 * cell it writes, which table item it holds, so findings can be compared across layouts.
 *
 * To add a kind of variation: add a field to Layout, draw it in `drawLayout`, and honour it in `renderTable`.
 */
import Decimal from "decimal.js";
import { a1, type MergedArea, type SheetSnapshot, type SnapshotCell, type WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { BUILT_IN_TEMPLATES } from "../../../src/validation/templates";
import { simplified } from "../../../src/validation/script";
import type { Defect, RowData, Scenario, TableData, Value } from "./tables";

export type Rng = () => number;

/** A small seeded generator (mulberry32): the same seed gives the same variants on every machine. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

export type LabelStyle =
  "plain" | "footnote" | "numbering" | "ofWhich" | "bilingual" | "bilingualLines" | "english" | "spaced" | "fullwidth" | "qualified" | "traditional";
export type PeriodStyle = "closing" | "years" | "current" | "yearBalance" | "yearNumber";

export interface Layout {
  at: [number, number];
  title: "plain" | "bank" | "tableNumber" | "year" | "footnote";
  noteAbove: boolean;
  noteBelow: boolean;
  /** Header rows: one, two (a group header above the column names, merged), or none (one value column only). */
  header: "one" | "two" | "none";
  /** Where a row's unit is printed: in its label, a unit column, or once for the table's amounts ("单位：万元"). */
  unitPlace: "label" | "column" | "table";
  /** A column of year-on-year changes beside the values: numbers no template column names. */
  changeColumn: boolean;
  bracket: readonly [string, string];
  /** Amounts in 亿元 / 万元 rescaled (exactly) to another money unit. */
  money: "same" | "up" | "down";
  numbers: "number" | "text" | "separators" | "fullwidth";
  percents: "format" | "unit" | "text";
  labels: Record<string, LabelStyle>;
  /** Two periods (opening and closing) where the data has them. */
  periods: 1 | 2;
  periodStyle: PeriodStyle;
  /** Indicators across, periods down (one value column only). */
  transposed: boolean;
  blankRowAfter: number;
  /** A row inside the table that is none of the template's (a note, or a figure of another kind). */
  unrelatedRowAfter: number;
  remarksColumn: boolean;
  unrelatedTable: boolean;
  /** Two tables of a scenario on one sheet or on two. */
  oneSheet: boolean;
  merges: boolean;
}

export const CANONICAL: Omit<Layout, "periods"> = {
  at: [0, 0],
  title: "plain",
  noteAbove: false,
  noteBelow: false,
  header: "one",
  unitPlace: "column",
  bracket: ["（", "）"],
  money: "same",
  numbers: "number",
  percents: "format",
  labels: {},
  periodStyle: "closing",
  transposed: false,
  blankRowAfter: -1,
  unrelatedRowAfter: -1,
  remarksColumn: false,
  changeColumn: false,
  unrelatedTable: false,
  oneSheet: true,
  merges: false,
};

const ENGLISH_ROWS = new Set(BUILT_IN_TEMPLATES.flatMap((t) => t.rows.filter((r) => r.en).map((r) => `${t.id}/${r.id}`)));

export function drawLayout(rng: Rng, scenario: Scenario, periods: 1 | 2): Layout {
  const oneColumn = scenario.tables.every((t) => t.columns.length === 1);
  const labels: Record<string, LabelStyle> = {};
  for (const table of scenario.tables) {
    for (const row of table.rows) {
      // A near-miss wording ("绿色贷款余额总额"), for amounts whose label is not repeated in the table.
      const unique = table.rows.filter((r) => r.zh === row.zh).length === 1;
      const qualified: LabelStyle[] = unique && row.unit && /元$/.test(row.unit) ? ["qualified"] : [];
      const styles: LabelStyle[] = row.code
        ? ["plain", "footnote", "bilingual", "spaced"]
        : [
            "plain",
            "plain",
            "footnote",
            "numbering",
            "ofWhich",
            "bilingual",
            "bilingualLines",
            "spaced",
            "fullwidth",
            "traditional",
            ...(ENGLISH_ROWS.has(`${table.template}/${row.id}`) ? (["english"] as const) : []),
            ...qualified,
          ];
      labels[`${table.template}/${row.id}`] = pick(rng, styles);
    }
  }
  const transposed = oneColumn && scenario.tables.length === 1 && rng() < 0.2;
  return {
    at: [Math.floor(rng() * 6), Math.floor(rng() * 4)],
    title: pick(rng, ["plain", "bank", "tableNumber", "year", "footnote"] as const),
    noteAbove: rng() < 0.4,
    noteBelow: rng() < 0.4,
    header: transposed ? "one" : oneColumn && periods === 1 && rng() < 0.25 ? "none" : pick(rng, ["one", "two"] as const),
    unitPlace: transposed ? "label" : pick(rng, ["label", "column", "table"] as const),
    changeColumn: !transposed && rng() < 0.25,
    bracket: pick(rng, [
      ["（", "）"],
      ["(", ")"],
      ["[", "]"],
      ["【", "】"],
    ] as const),
    money: pick(rng, ["same", "up", "down"] as const),
    numbers: pick(rng, ["number", "number", "text", "separators", "fullwidth"] as const),
    percents: pick(rng, ["format", "unit", "text"] as const),
    labels,
    periods,
    periodStyle: pick(rng, ["closing", "years", "current", "yearBalance", "yearNumber"] as const),
    transposed,
    blankRowAfter: rng() < 0.3 ? Math.floor(rng() * 4) : -1,
    unrelatedRowAfter: rng() < 0.25 ? Math.floor(rng() * 5) : -1,
    remarksColumn: !transposed && rng() < 0.3,
    unrelatedTable: rng() < 0.3,
    oneSheet: rng() < 0.6,
    merges: rng() < 0.5,
  };
}

/** Simplified → traditional, for the characters the validator knows in both forms. */
const TO_TRADITIONAL = new Map<string, string>();
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const ch = String.fromCharCode(code);
  const simple = simplified(ch);
  if (simple !== ch) TO_TRADITIONAL.set(simple, ch);
}

const FULL_WIDTH = (text: string) => text.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

const FOOTNOTES = ["¹", "（注2）", "[1]", "*", "注3", "²"];
const NUMBERING = ["1.", "（一）", "一、", "(1)", "①", "2、"];

function label(row: RowData, style: LabelStyle, rng: Rng): string {
  switch (style) {
    case "plain":
      return row.zh;
    case "footnote":
      return row.zh + pick(rng, FOOTNOTES);
    case "numbering":
      return pick(rng, NUMBERING) + row.zh;
    case "ofWhich":
      return `其中：${row.zh}`;
    case "bilingual":
      return `${row.zh} ${row.en}`;
    case "bilingualLines":
      return `${row.zh}\n${row.en}`;
    case "english":
      return row.en;
    case "spaced":
      return row.zh.split("").join(pick(rng, [" ", "\u3000"]));
    case "traditional":
      return [...row.zh].map((ch) => TO_TRADITIONAL.get(ch) ?? ch).join("");
    case "qualified":
      return row.zh + pick(rng, ["总额", "合计", "（含贴现）"]);
    case "fullwidth":
      return row.zh
        .replace(/[:：()（）]/g, (ch) => ({ ":": "：", "(": "（", ")": "）" })[ch] ?? ch)
        .replace(/[0-9+]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  }
}

const MONEY: Record<string, Record<Layout["money"], { unit: string; shift: number }>> = {
  亿元: { same: { unit: "亿元", shift: 0 }, up: { unit: "万元", shift: 4 }, down: { unit: "万元", shift: 4 } },
  万元: { same: { unit: "万元", shift: 0 }, up: { unit: "亿元", shift: -4 }, down: { unit: "元", shift: 4 } },
};

const isNumber = (v: Value) => /^-?\d+(\.\d+)?$/.test(v);
const decimalsOf = (v: string) => (v.includes(".") ? v.split(".")[1].length : 0);

function withSeparators(text: string): string {
  const [int, frac] = text.replace(/^-/, "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${text.startsWith("-") ? "-" : ""}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

/** A value cell as the layout prints it. `percent`: the value is a percentage (printed 3.70 for 3.70 %). */
function valueCell(value: Value, layout: Layout, percent: boolean, shift: number): SnapshotCell {
  if (value.startsWith("text:")) return { value: value.slice(5) };
  if (!isNumber(value)) return { value };
  let text = value;
  if (shift !== 0) {
    const d = Math.max(0, decimalsOf(value) - shift);
    text = new Decimal(value).times(new Decimal(10).pow(shift)).toFixed(d);
  }
  if (percent) {
    if (layout.percents === "format") return { value: new Decimal(text).div(100).toNumber(), decimals: decimalsOf(text), percent: true };
    if (layout.percents === "text") return { value: `${text}%` };
  }
  switch (layout.numbers) {
    case "number":
      return { value: Number(text), decimals: decimalsOf(text) };
    case "text":
      return { value: text };
    case "separators":
      return { value: withSeparators(text) };
    case "fullwidth":
      return { value: FULL_WIDTH(withSeparators(text)) };
  }
}

const PERIOD_TEXT: Record<PeriodStyle, [string, string]> = {
  closing: ["期初", "期末"],
  years: ["2023年", "2024年"],
  current: ["上年末", "本期"],
  yearBalance: ["2023年末余额", "2024年末余额"],
  yearNumber: ["上年数", "本年数"],
};

export interface Rendered {
  workbook: WorkbookSnapshot;
  /** `${sheet}!${address}` → the item it holds: template/row/col[/opening], template/row/label or template/table. */
  where: Map<string, string>;
}

class Grid {
  cells: (SnapshotCell | undefined)[][] = [];
  merges: MergedArea[] = [];
  constructor(readonly name: string) {}
  set(row: number, col: number, cell: SnapshotCell | string | undefined): void {
    if (cell === undefined) return;
    (this.cells[row] ??= [])[col] = typeof cell === "string" ? { value: cell } : cell;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
  get height(): number {
    return this.cells.length;
  }
  snapshot(): SheetSnapshot {
    const cells = Array.from({ length: this.cells.length }, (_, r) => this.cells[r] ?? []);
    return { name: this.name, cells, merges: this.merges };
  }
}

function titleText(table: TableData, layout: Layout, rng: Rng): string {
  switch (layout.title) {
    case "plain":
      return table.title;
    case "bank":
      return `${pick(rng, ["贵州安龙农村商业银行股份有限公司", "某某农商银行", "示例村镇银行"])}${table.title}`;
    case "tableNumber":
      return `${pick(rng, ["表4 ", "表1.1：", "附表2 "])}${table.title}`;
    case "year":
      return `${pick(rng, ["2024年", "2024年度", "截至2024年12月31日"])}${table.title}`;
    case "footnote":
      return `${table.title}${pick(rng, ["¹", "（注1）", "*"])}`;
  }
}

/** Data with the defect's changes applied. */
export function applyDefect(tables: TableData[], defect: Defect | undefined): TableData[] {
  if (!defect) return tables;
  return tables.map((t) => ({
    ...t,
    rows: t.rows.map((row) => {
      const changes = defect.set.filter((s) => s.template === t.template && s.row === row.id);
      if (changes.length === 0) return row;
      const next: RowData = { ...row, values: { ...row.values }, opening: row.opening && { ...row.opening } };
      for (const c of changes) {
        if (c.value.startsWith("label:")) next.zh = c.value.slice(6);
        else if (c.period === "opening") next.opening![c.col] = c.value;
        else next.values[c.col] = c.value;
      }
      return next;
    }),
  }));
}

const isPercentColumn = (table: TableData, col: string) =>
  table.columns.find((c) => c.id === col)?.percent === true || (/share|coverage/.test(col) && table.columns.length > 1);

/** Renders a table onto a grid from `top`; returns the next free row. */
function renderTable(grid: Grid, table: TableData, layout: Layout, rng: Rng, top: number, where: Map<string, string>): number {
  const key = (rest: string) => `${table.template}/${rest}`;
  const at = (r: number, c: number, item: string) => where.set(`${grid.name}!${a1(r, c)}`, key(item));
  const periods = table.periods && layout.periods === 2 ? (["opening", "closing"] as const) : (["closing"] as const);
  const [left] = [layout.at[1]];
  let r = top;
  if (layout.noteAbove) {
    grid.set(r, left, "注：本表数据未经审计，金额单位见各行。");
    r += 2;
  }
  const unitColumn = layout.unitPlace === "column";
  // "单位：万元" once for the table: its money rows print no unit of their own.
  const moneyUnits = [...new Set(table.rows.map((row) => (row.unit && MONEY[row.unit] ? MONEY[row.unit][layout.money].unit : undefined)).filter(Boolean))];
  const tableUnit = layout.unitPlace === "table" && moneyUnits.length === 1 ? moneyUnits[0] : undefined;
  const moneyOf = (row: RowData) => (row.unit && MONEY[row.unit] ? MONEY[row.unit][layout.money] : undefined);
  const unitOf = (row: RowData) => moneyOf(row)?.unit ?? (row.unit === "%" && layout.percents !== "unit" ? undefined : row.unit);
  const rowLabel = (row: RowData) => {
    const text = label(row, layout.labels[key(row.id)] ?? "plain", rng);
    const unit = unitOf(row);
    if (tableUnit && unit === tableUnit) return text;
    return !unitColumn && unit ? `${text}${layout.bracket[0]}${unit}${layout.bracket[1]}` : text;
  };
  const cellOf = (row: RowData, col: string, period: "opening" | "closing") => {
    const value = (period === "opening" ? row.opening?.[col] : row.values[col]) ?? "/";
    return valueCell(value, layout, row.unit === "%" || isPercentColumn(table, col), moneyOf(row)?.shift ?? 0);
  };
  const periodLabel = (p: "opening" | "closing") => PERIOD_TEXT[layout.periodStyle][p === "opening" ? 0 : 1];
  const title = titleText(table, layout, rng);

  if (layout.transposed) {
    // Indicators across, periods down.
    grid.set(r, left, title);
    at(r, left, "table");
    r++;
    grid.set(r, left, table.labelHeader);
    table.rows.forEach((row, i) => {
      grid.set(r, left + 1 + i, rowLabel(row));
      at(r, left + 1 + i, `${row.id}/label`);
    });
    r++;
    for (const p of periods) {
      grid.set(r, left, periods.length === 1 ? "2024年" : periodLabel(p));
      table.rows.forEach((row, i) => {
        grid.set(r, left + 1 + i, cellOf(row, table.columns[0].id, p));
        at(r, left + 1 + i, `${row.id}/${table.columns[0].id}${p === "opening" ? "/opening" : ""}`);
      });
      r++;
    }
    return r;
  }

  // Columns: label, unit?, then each period's value columns, then remarks.
  const valueCols: { col: string; period: "opening" | "closing"; at: number }[] = [];
  let c = left + 1 + (unitColumn ? 1 : 0);
  for (const p of periods) for (const column of table.columns) valueCols.push({ col: column.id, period: p, at: c++ });
  const changeAt = layout.changeColumn ? c++ : -1;
  const remarksAt = layout.remarksColumn ? c++ : -1;
  const right = c - 1;

  grid.set(r, left, title);
  at(r, left, "table");
  if (layout.merges) grid.merge(r, left, r, right);
  r++;
  if (tableUnit) {
    grid.set(r, right, pick(rng, [`单位：${tableUnit}`, `金额单位：${tableUnit}`, `（单位：${tableUnit}）`]));
    r++;
  }
  const groupOf = (id: string) => table.groups?.find((g) => g.columns.includes(id));
  const columnText = (column: TableData["columns"][number], p: "opening" | "closing") => {
    const base = `${groupOf(column.id)?.zh ?? ""}${column.zh}`;
    if (periods.length === 1) return layout.title === "year" && rng() < 0.5 ? `2024年${base}` : base;
    if (table.columns.length === 1) return periodLabel(p);
    return `${periodLabel(p)}${base}`;
  };
  if (layout.header !== "none") {
    if (layout.header === "two") {
      // A group header above the column names: the label column merged over both rows.
      grid.set(r, left, table.labelHeader);
      grid.merge(r, left, r + 1, left);
      if (unitColumn) {
        grid.set(r, left + 1, "单位");
        grid.merge(r, left + 1, r + 1, left + 1);
      }
      for (const g of table.groups ?? []) {
        const cols = valueCols.filter((v) => g.columns.includes(v.col));
        grid.set(r, cols[0].at, g.zh);
        // A group header spans its columns: merged, or typed once above the first ("centre across selection").
        if (layout.merges) grid.merge(r, cols[0].at, r, cols[cols.length - 1].at);
        for (const v of cols) grid.set(r + 1, v.at, table.columns.find((x) => x.id === v.col)!.zh);
      }
      for (const p of table.groups ? [] : periods) {
        const cols = valueCols.filter((v) => v.period === p);
        const group = periods.length === 2 ? periodLabel(p) : table.columns.length === 1 ? "2024年" : "2024年度";
        grid.set(r, cols[0].at, group);
        grid.merge(r, cols[0].at, r, cols[cols.length - 1].at);
        for (const v of cols) {
          const column = table.columns.find((x) => x.id === v.col)!;
          grid.set(r + 1, v.at, table.columns.length === 1 && periods.length === 1 ? column.zh : column.zh);
        }
      }
      if (remarksAt >= 0) grid.set(r, remarksAt, "备注");
      if (changeAt >= 0) grid.set(r, changeAt, "较上年增减");
      r += 2;
    } else {
      grid.set(r, left, table.labelHeader);
      if (unitColumn) grid.set(r, left + 1, "单位");
      for (const v of valueCols)
        grid.set(
          r,
          v.at,
          columnText(
            table.columns.find((x) => x.id === v.col)!,
            v.period,
          ),
        );
      if (remarksAt >= 0) grid.set(r, remarksAt, "备注");
      if (changeAt >= 0) grid.set(r, changeAt, "较上年增减");
      r++;
    }
  }
  table.rows.forEach((row, i) => {
    grid.set(r, left, rowLabel(row));
    at(r, left, `${row.id}/label`);
    if (unitColumn) grid.set(r, left + 1, unitOf(row));
    for (const v of valueCols) {
      grid.set(r, v.at, cellOf(row, v.col, v.period));
      at(r, v.at, `${row.id}/${v.col}${v.period === "opening" ? "/opening" : ""}`);
    }
    if (remarksAt >= 0 && i % 2 === 0) grid.set(r, remarksAt, "详见附注");
    // Beside two periods a change column is checked against them: the generator prints none ("—"); beside one it is free.
    if (changeAt >= 0) grid.set(r, changeAt, periods.length === 2 ? "—" : { value: 1 + i / 4, decimals: 2 });
    r++;
    if (i === layout.blankRowAfter) r++;
    if (i === layout.unrelatedRowAfter) {
      const [text, value] = pick(rng, [
        ["员工人数（人）", { value: 3154, decimals: 0 }],
        ["备注", { value: "详见附注" }],
        ["营业网点数量", { value: 45, decimals: 0 }],
      ] as const);
      grid.set(r, left, text);
      grid.set(r, valueCols[valueCols.length - 1].at, value);
      r++;
    }
  });
  if (layout.noteBelow) {
    grid.set(r, left, "注：数据来源于本行综合部统计。");
    r++;
  }
  return r;
}

function unrelatedTable(grid: Grid, top: number, left: number): number {
  grid.set(top, left, "员工与网点情况");
  grid.set(top + 1, left, "员工人数");
  grid.set(top + 1, left + 1, { value: 3154, decimals: 0 });
  grid.set(top + 2, left, "营业网点");
  grid.set(top + 2, left + 1, { value: 45, decimals: 0 });
  return top + 3;
}

export function render(scenario: Scenario, defect: Defect | undefined, layout: Layout, rng: Rng): Rendered {
  const tables = applyDefect(scenario.tables, defect);
  const where = new Map<string, string>();
  const sheets: Grid[] = [];
  let grid = new Grid("披露表");
  sheets.push(grid);
  let top = layout.at[0];
  for (const [i, table] of tables.entries()) {
    if (i > 0 && !layout.oneSheet) {
      grid = new Grid(`披露表${i + 1}`);
      sheets.push(grid);
      top = layout.at[0];
    }
    top = renderTable(grid, table, layout, rng, top, where) + 2;
  }
  if (layout.unrelatedTable) unrelatedTable(grid, top + 1, layout.at[1]);
  // A report names its region and document on its cover: a local pack's tables are looked for where it does.
  if (scenario.cover) {
    const cover = new Grid("封面");
    cover.set(0, 0, scenario.cover);
    sheets.unshift(cover);
  }
  return { workbook: { sheets: sheets.map((g) => g.snapshot()) }, where };
}
