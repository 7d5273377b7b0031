/**
 * Tables no template knows, made the way banks make them: the same facts (computed exactly, printed
 * at the stated decimals) rendered in many shapes — offsets under a title and a unit line, one- or
 * two-level merged headers, English or bilingual labels, figures as text with separators, full-width
 * digits, percentages three ways, the total at the top, a spacer column, a transposed scope table, a
 * tie-out table in 亿元 on a second sheet. Each defect is planted at a known cell; its consistent twin
 * is the same draw without it.
 */
import type { CellValue, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { a1 } from "../../../src/workbook/snapshot";

export type Rng = () => number;

export interface Shape {
  lang: "zh" | "en" | "bi";
  at: [number, number];
  header: "one" | "two";
  numbers: "number" | "text" | "fullwidth";
  percents: "format" | "text" | "header";
  totalAt: "bottom" | "top";
  spacer: boolean;
  transposed: boolean;
  secondSheet: boolean;
  /** The key indicators to the right of table 1, on the same rows, one blank column between. */
  sideBySide: boolean;
  /** Table 1 continued on a second sheet (表1（续）), its total there adding the rows of both. */
  continued: boolean;
}

export const SHAPES: Record<string, Partial<Shape>> = {
  canonical: {},
  offsetTitle: { at: [11, 5] },
  twoLevel: { header: "two" },
  english: { lang: "en" },
  bilingual: { lang: "bi", header: "two" },
  textNumbers: { numbers: "text", percents: "text" },
  fullwidth: { numbers: "fullwidth", percents: "header" },
  totalTop: { totalAt: "top", percents: "header" },
  spacer: { spacer: true, at: [2, 1] },
  transposed: { transposed: true },
  twoSheets: { secondSheet: true, lang: "bi" },
  sideBySide: { sideBySide: true, totalAt: "top" },
  continued: { continued: true },
};

export const BASE: Shape = {
  lang: "zh",
  at: [0, 0],
  header: "one",
  numbers: "number",
  percents: "format",
  totalAt: "bottom",
  spacer: false,
  transposed: false,
  secondSheet: false,
  sideBySide: false,
  continued: false,
};

export type DefectKind =
  | "footing"
  | "share"
  | "growth"
  | "perCapita"
  | "unit"
  | "ofWhich"
  | "activity"
  | "tieOut"
  | "scopeTotal"
  | "subtotal"
  | "grandTotal"
  | "perCapitaStated"
  | "growthTwoPeriods";
export const DEFECTS: DefectKind[] = [
  "footing",
  "share",
  "growth",
  "perCapita",
  "unit",
  "ofWhich",
  "activity",
  "tieOut",
  "scopeTotal",
  "subtotal",
  "grandTotal",
  "perCapitaStated",
  "growthTwoPeriods",
];

export interface Generated {
  workbook: WorkbookSnapshot;
  /** Cells where the planted defect may be reported: its own cell or the one related cell. */
  expectAt: string[];
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const pick = <T>(rng: Rng, list: T[]) => list[Math.floor(rng() * list.length)];

const ITEMS = [
  { zh: "清洁能源产业", en: "Clean energy" },
  { zh: "节能环保产业", en: "Energy saving" },
  { zh: "其中：建筑节能", en: "of which: green buildings", ofWhich: true },
  // A second 其中 item overlapping the first (together they may exceed their parent: they are not meant to add up).
  { zh: "绿色交通", en: "green transport", ofWhich: true },
  { zh: "基础设施绿色升级", en: "Green infrastructure" },
  { zh: "生态环境产业", en: "Ecological environment" },
];

const RESOURCES = [
  { zh: "外购电力", en: "Purchased electricity", unit: "千瓦时", scale: 1_000_000 },
  { zh: "办公用水", en: "Water", unit: "吨", scale: 10_000 },
  { zh: "汽油", en: "Gasoline", unit: "升", scale: 30_000 },
  { zh: "天然气", en: "Natural gas", unit: "立方米", scale: 50_000 },
];

/** A sheet being drawn: cells by (row, col), merges, and where each planted figure went. */
class Canvas {
  cells: (SnapshotCell | undefined)[][] = [];
  merges: SheetSnapshot["merges"] = [];
  constructor(
    readonly name: string,
    readonly shape: Shape,
  ) {}

  put(r: number, c: number, value: CellValue, extra: Partial<SnapshotCell> = {}): string {
    (this.cells[r] ??= [])[c] = { value, ...extra };
    return a1(r, c);
  }

  /** A figure as the shape prints it. */
  figure(r: number, c: number, value: number, decimals: number): string {
    const s = this.shape.numbers;
    const text = value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    if (s === "number") return this.put(r, c, round(value, decimals), { decimals });
    if (s === "text") return this.put(r, c, value < 0 ? `(${text.replace("-", "")})` : text);
    return this.put(r, c, toFullwidth(text.replace(/,/g, "")));
  }

  /** A percentage (a fraction) as the shape prints it. */
  percent(r: number, c: number, fraction: number, decimals: number): string {
    const p = this.shape.percents;
    if (p === "format") return this.put(r, c, round(fraction * 100, decimals) / 100, { decimals, percent: true });
    if (p === "text") return this.put(r, c, `${(fraction * 100).toFixed(decimals)}%`);
    return this.figure(r, c, fraction * 100, decimals);
  }

  merge(top: number, left: number, bottom: number, right: number) {
    this.merges.push({ top, left, bottom, right });
  }

  snapshot(): SheetSnapshot {
    return { name: this.name, cells: this.cells, merges: this.merges };
  }
}

const toFullwidth = (t: string) => t.replace(/[0-9.\-%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

const say = (shape: Shape, zh: string, en: string) => (shape.lang === "zh" ? zh : shape.lang === "en" ? en : `${zh} ${en}`);

/** Draws the facts, plants at most one defect, renders every table in the shape. */
export function generate(rng: Rng, shape: Shape, defect?: DefectKind): Generated {
  const expectAt: string[] = [];
  const headcount = 300 + Math.floor(rng() * 3000);
  // Green loans by area: two periods, 万元 with 2 decimals, an 其中 item under 节能环保.
  const prev = ITEMS.map(() => round(1000 + rng() * 90000, 2));
  const cur = prev.map((p) => round(p * (0.8 + rng() * 0.6), 2));
  prev[2] = round(prev[1] * (0.2 + rng() * 0.5), 2);
  cur[2] = round(cur[1] * (0.2 + rng() * 0.5), 2);
  prev[3] = round(prev[1] * (0.5 + rng() * 0.4), 2);
  cur[3] = round(cur[1] * (0.5 + rng() * 0.4), 2);
  if (defect === "ofWhich") {
    cur[2] = round(cur[1] * 1.3, 2);
    prev[2] = round(prev[1] * 0.5, 2);
  }
  const parts = (list: number[]) => list.filter((_, i) => !ITEMS[i].ofWhich);
  const total = (list: number[]) =>
    round(
      parts(list).reduce((a, b) => a + b, 0),
      2,
    );
  const totals = { cur: total(cur), prev: total(prev) };

  const main = new Canvas(say(shape, "绿色贷款", "Green loans"), shape);
  const [r0, c0] = shape.at;
  const gap = shape.spacer ? 1 : 0;
  main.put(r0, c0, say(shape, "表1 绿色贷款按领域分布（2024年末）", "Table 1 Green loans by area (end-2024)"));
  main.put(r0 + 1, c0, shape.lang === "en" ? "Unit: 10,000 yuan, %" : "单位：万元，%");
  const cols = { label: c0, cur: c0 + 1 + gap, share: c0 + 2 + gap, prev: c0 + 3 + gap, growth: c0 + 4 + gap };
  let body = r0 + 3;
  const pctHead = shape.percents === "header" ? (shape.lang === "en" ? " (%)" : "（%）") : "";
  if (shape.header === "one") {
    const h = r0 + 2;
    main.put(h, cols.label, say(shape, "项目", "Item"));
    main.put(h, cols.cur, say(shape, "2024年末余额", "Balance end-2024"));
    main.put(h, cols.share, say(shape, "占比", "Share") + pctHead);
    main.put(h, cols.prev, say(shape, "2023年末余额", "Balance end-2023"));
    main.put(h, cols.growth, say(shape, "同比增长", "YoY growth") + pctHead);
  } else {
    const h = r0 + 2;
    main.put(h, cols.label, say(shape, "项目", "Item"));
    main.merge(h, cols.label, h + 1, cols.label);
    main.put(h, cols.cur, say(shape, "2024年末", "End-2024"));
    main.merge(h, cols.cur, h, cols.share);
    main.put(h + 1, cols.cur, say(shape, "余额", "Balance"));
    main.put(h + 1, cols.share, say(shape, "占比", "Share") + pctHead);
    main.put(h, cols.prev, say(shape, "2023年末余额", "Balance end-2023"));
    main.merge(h, cols.prev, h + 1, cols.prev);
    main.put(h, cols.growth, say(shape, "同比增长", "YoY growth") + pctHead);
    main.merge(h, cols.growth, h + 1, cols.growth);
    body = h + 2;
  }
  const rows = ITEMS.map((item, i) => ({ ...item, i }));
  const order = shape.totalAt === "top" ? [-1, ...rows.map((r) => r.i)] : [...rows.map((r) => r.i), -1];
  const printedCur = [...cur];
  if (defect === "unit") printedCur[4] = round(cur[4] / 10000, 2);
  let r = body;
  // Continued: the rows from 基础设施 on, and the total, on a sheet of their own under the same header.
  const rest = shape.continued ? new Canvas(say(shape, "续表", "Continued"), shape) : undefined;
  let sheet = main;
  const cell = (at: string) => (sheet === main ? at : `${sheet.name}!${at}`);
  let bodyEnd = 0;
  for (const i of order) {
    const isTotal = i < 0;
    if (rest && sheet === main && (isTotal || i === 4)) {
      bodyEnd = r;
      sheet = rest;
      rest.put(0, cols.label, say(shape, "表1 绿色贷款按领域分布（续）", "Table 1 Green loans by area (continued)"));
      [
        say(shape, "项目", "Item"),
        say(shape, "2024年末余额", "Balance end-2024"),
        say(shape, "占比", "Share") + pctHead,
        say(shape, "2023年末余额", "Balance end-2023"),
        say(shape, "同比增长", "YoY growth") + pctHead,
      ].forEach((text, k) => rest.put(1, [cols.label, cols.cur, cols.share, cols.prev, cols.growth][k], text));
      r = 2;
    }
    const label = isTotal ? say(shape, shape.lang === "zh" ? "绿色贷款合  计" : "绿色贷款合计", "Green loans total") : say(shape, ITEMS[i].zh, ITEMS[i].en);
    sheet.put(r, cols.label, ITEMS[i]?.ofWhich ? `  ${label}` : label);
    const c = isTotal ? totals.cur : printedCur[i];
    const p = isTotal ? totals.prev : prev[i];
    const curAt = cell(sheet.figure(r, cols.cur, defect === "footing" && isTotal ? c + 100 : c, 2));
    const shareValue = (isTotal ? totals.cur : cur[i]) / totals.cur;
    const shareAt = cell(sheet.percent(r, cols.share, defect === "share" && i === 0 ? shareValue + 0.013 : shareValue, 2));
    sheet.figure(r, cols.prev, p, 2);
    const growthValue = ((isTotal ? totals.cur : cur[i]) - p) / p;
    const growthAt = cell(sheet.percent(r, cols.growth, defect === "growth" && i === 4 ? growthValue + 0.021 : growthValue, 2));
    if (defect === "footing" && isTotal) expectAt.push(curAt);
    if (defect === "share" && i === 0) expectAt.push(shareAt);
    if (defect === "growth" && i === 4) expectAt.push(growthAt);
    if (defect === "unit" && (i === 4 || isTotal)) expectAt.push(curAt);
    if (defect === "ofWhich" && i === 2) expectAt.push(curAt);
    r++;
  }
  if (rest) r = bodyEnd;
  main.put(r, cols.label, say(shape, "注：数据来源于本行统计。", "Note: bank statistics."));

  // Resources: 总量 and 人均 over one headcount the table does not print.
  r += 3;
  main.put(r, c0, say(shape, "表2 经营活动资源消耗", "Table 2 Resources used in operations"));
  main.put(r + 1, c0, say(shape, "资源", "Resource"));
  main.put(r + 1, c0 + 1, say(shape, "单位", "Unit"));
  main.put(r + 1, c0 + 2, say(shape, "总量", "Total"));
  main.put(r + 1, c0 + 3, say(shape, "人均", "Per capita"));
  RESOURCES.forEach((res, k) => {
    const row = r + 2 + k;
    const amount = round(res.scale * (0.5 + rng()), 0);
    main.put(row, c0, say(shape, res.zh, res.en));
    main.put(row, c0 + 1, res.unit);
    main.figure(row, c0 + 2, amount, 0);
    const per = amount / headcount;
    const at = main.figure(row, c0 + 3, defect === "perCapita" && k === 1 ? per * 1.5 : per, 2);
    if (defect === "perCapita" && k === 1) expectAt.push(at);
  });

  // Emission worksheet: activity in 千瓦时 or 万千瓦时 × kgCO2/kWh = tCO2.
  r += 2 + RESOURCES.length + 2;
  main.put(r, c0, say(shape, "表3 外购电力排放计算", "Table 3 Emissions from purchased electricity"));
  main.put(r + 1, c0, say(shape, "用电单位", "Site"));
  main.put(r + 1, c0 + 1, say(shape, "用电量", "Electricity used"));
  main.put(r + 1, c0 + 2, say(shape, "计量单位", "Unit"));
  main.put(r + 1, c0 + 3, say(shape, "排放因子（kgCO2/kWh）", "Emission factor (kgCO2/kWh)"));
  main.put(r + 1, c0 + 4, say(shape, "排放量（tCO2）", "Emissions (tCO2)"));
  const sites = [
    { zh: "总行营业部", en: "Head office", unit: "千瓦时", kwh: 1 },
    { zh: "城区支行", en: "City branch", unit: "万千瓦时", kwh: 10_000 },
    { zh: "县域支行", en: "County branch", unit: "千瓦时", kwh: 1 },
  ];
  sites.forEach((site, k) => {
    const row = r + 2 + k;
    const amount = site.kwh === 1 ? round(50_000 + rng() * 500_000, 0) : round(5 + rng() * 60, 4);
    const emission = (amount * site.kwh * 0.5271) / 1000;
    main.put(row, c0, say(shape, site.zh, site.en));
    main.figure(row, c0 + 1, amount, site.kwh === 1 ? 0 : 4);
    main.put(row, c0 + 2, site.unit);
    main.figure(row, c0 + 3, 0.5271, 4);
    const at = main.figure(row, c0 + 4, defect === "activity" && k === 1 ? emission * 1.08 : emission, 2);
    if (defect === "activity" && k === 1) expectAt.push(at);
  });

  // Scopes by year: upright (scopes down) or transposed (years down).
  r += 2 + sites.length + 2;
  const scopes = [round(50 + rng() * 200, 2), round(200 + rng() * 600, 2)];
  const scopesPrev = [round(50 + rng() * 200, 2), round(200 + rng() * 600, 2)];
  const scopeTotal = (s: number[]) => round(s[0] + s[1], 2);
  const scopeLabels = [say(shape, "范围一", "Scope 1"), say(shape, "范围二", "Scope 2"), say(shape, "合计（范围一+范围二）", "Total (Scope 1 + 2)")];
  main.put(r, c0, say(shape, "表4 温室气体排放（吨二氧化碳当量）", "Table 4 GHG emissions (tCO2e)"));
  const years = ["2023", "2024"];
  const valuesByYear = [
    [...scopesPrev, scopeTotal(scopesPrev)],
    [...scopes, scopeTotal(scopes) + (defect === "scopeTotal" ? 12.5 : 0)],
  ];
  if (!shape.transposed) {
    main.put(r + 1, c0, say(shape, "范围", "Scope"));
    years.forEach((y, k) => main.put(r + 1, c0 + 1 + k, shape.lang === "en" ? `FY${y}` : `${y}年`));
    scopeLabels.forEach((label, s) => {
      main.put(r + 2 + s, c0, label);
      years.forEach((_, k) => {
        const at = main.figure(r + 2 + s, c0 + 1 + k, valuesByYear[k][s], 2);
        if (defect === "scopeTotal" && s === 2 && k === 1) expectAt.push(at);
      });
    });
  } else {
    main.put(r + 1, c0, say(shape, "年度", "Year"));
    scopeLabels.forEach((label, s) => main.put(r + 1, c0 + 1 + s, label));
    years.forEach((y, k) => {
      main.put(r + 2 + k, c0, shape.lang === "en" ? `FY${y}` : `${y}年`);
      scopeLabels.forEach((_, s) => {
        const at = main.figure(r + 2 + k, c0 + 1 + s, valuesByYear[k][s], 2);
        if (defect === "scopeTotal" && s === 2 && k === 1) expectAt.push(at);
      });
    });
  }

  // Key indicators in 亿元, on this sheet or a second one: they tie out with table 1.
  const list = shape.secondSheet ? new Canvas(say(shape, "关键指标", "Key indicators"), shape) : main;
  const k1 = shape.sideBySide ? cols.growth + 2 : c0;
  let k0 = shape.secondSheet ? 2 : shape.sideBySide ? r0 + 2 : r + 2 + 4 + 2;
  const allLoans = round(totals.cur * (4 + rng() * 6), 2);
  list.put(k0, k1, say(shape, "表5 绿色金融关键指标（2024年）", "Table 5 Key green-finance indicators (2024)"));
  k0++;
  list.put(k0, k1, say(shape, "序号", "No."));
  list.put(k0, k1 + 1, say(shape, "指标名称", "Indicator"));
  list.put(k0, k1 + 2, say(shape, "指标值", "Value"));
  list.put(k0, k1 + 3, say(shape, "单位", "Unit"));
  const indicators: [string, string, number | "pct", number, string][] = [
    ["绿色贷款余额", "Green loans", totals.cur / 10000 + (defect === "tieOut" ? 0.0123 : 0), 4, "亿元"],
    ["各项贷款余额", "Total loans", allLoans / 10000, 4, "亿元"],
    ["绿色贷款占比", "Green loan share", "pct", 2, "%"],
    ["员工人数", "Headcount", headcount, 0, "人"],
  ];
  indicators.forEach(([zh, en, value, d, unit], k) => {
    const row = k0 + 1 + k;
    list.put(row, k1, k + 1);
    list.put(row, k1 + 1, say(shape, zh, en));
    const at = value === "pct" ? list.figure(row, k1 + 2, (totals.cur / allLoans) * 100, d) : list.figure(row, k1 + 2, value, d);
    list.put(row, k1 + 3, unit);
    if (defect === "tieOut" && k === 0) expectAt.push(shape.secondSheet ? `${list.name}!${at}` : at);
  });
  groupedTables(rng, shape, headcount, main, (shape.secondSheet || shape.sideBySide ? r + 2 + 4 + 2 : k0 + indicators.length + 1) + 3, c0, defect, expectAt);
  const sheets = [main.snapshot(), ...(rest ? [rest.snapshot()] : []), ...(shape.secondSheet ? [list.snapshot()] : [])];
  return { workbook: { sheets }, expectAt };
}

/**
 * Two more tables: emissions by source in groups under merged categories, each closed by 小计, the
 * whole by a 总计 in 万吨 over rows in 吨; and resources over two periods, each split into 总量 and 人均,
 * the headcount a row of the table, then a 同比 column (negative growth too).
 */
function groupedTables(
  rng: Rng,
  shape: Shape,
  headcount: number,
  canvas: Canvas,
  top: number,
  c0: number,
  defect: DefectKind | undefined,
  expectAt: string[],
): void {
  let r = top;
  canvas.put(r++, c0, say(shape, "表6 温室气体排放明细", "Table 6 Emissions by source"));
  canvas.put(r, c0, say(shape, "类别", "Category"));
  canvas.put(r, c0 + 1, say(shape, "排放源", "Source"));
  canvas.put(r, c0 + 2, say(shape, "2024年排放量（吨）", "Emissions 2024 (t)"));
  r++;
  const groups = [
    { zh: "范围一", en: "Scope 1", items: [say(shape, "天然气", "Natural gas"), say(shape, "汽油", "Gasoline")] },
    { zh: "范围二", en: "Scope 2", items: [say(shape, "外购电力", "Purchased electricity"), say(shape, "外购热力", "Purchased heat")] },
  ];
  let grand = 0;
  groups.forEach((g, gi) => {
    const start = r;
    canvas.put(r, c0, say(shape, g.zh, g.en));
    let sum = 0;
    for (const item of g.items) {
      const v = round(20 + rng() * 400, 2);
      sum += v;
      canvas.put(r, c0 + 1, item);
      canvas.figure(r, c0 + 2, v, 2);
      r++;
    }
    sum = round(sum, 2);
    grand += sum;
    canvas.put(r, c0 + 1, say(shape, "小计", "Subtotal"));
    const at = canvas.figure(r, c0 + 2, defect === "subtotal" && gi === 1 ? sum + 5 : sum, 2);
    if (defect === "subtotal" && gi === 1) expectAt.push(at);
    canvas.merge(start, c0, r, c0);
    r++;
  });
  canvas.put(r, c0, say(shape, "总计（万吨）", "Total (10,000 t)"));
  canvas.merge(r, c0, r, c0 + 1);
  const grandAt = canvas.figure(r, c0 + 2, defect === "grandTotal" ? grand : grand / 10000, defect === "grandTotal" ? 2 : 4);
  if (defect === "grandTotal") expectAt.push(grandAt);
  r += 3;

  canvas.put(r++, c0, say(shape, "表7 资源消耗（两年）", "Table 7 Resources over two years"));
  const h = r;
  canvas.put(h, c0, say(shape, "指标", "Indicator"));
  canvas.merge(h, c0, h + 1, c0);
  const years = [say(shape, "2024年", "FY2024"), say(shape, "2023年", "FY2023")];
  years.forEach((y, k) => {
    canvas.put(h, c0 + 1 + 2 * k, y);
    canvas.merge(h, c0 + 1 + 2 * k, h, c0 + 2 + 2 * k);
    canvas.put(h + 1, c0 + 1 + 2 * k, say(shape, "总量", "Total"));
    canvas.put(h + 1, c0 + 2 + 2 * k, say(shape, "人均", "Per capita"));
  });
  const yoy = c0 + 5;
  canvas.put(h, yoy, say(shape, "同比", "YoY") + (shape.percents === "header" ? "（%）" : ""));
  canvas.merge(h, yoy, h + 1, yoy);
  r = h + 2;
  // The same staff as the key indicators print (they tie out), and last year's.
  const staff = [headcount, 0];
  staff[1] = staff[0] - 40 + Math.floor(rng() * 80);
  const resources = [
    { zh: "用电量（千瓦时）", en: "Electricity (kWh)", scale: 1_000_000 },
    { zh: "用水量（吨）", en: "Water (t)", scale: 20_000 },
    { zh: "汽油（升）", en: "Gasoline (L)", scale: 40_000 },
  ];
  resources.forEach((res, k) => {
    const now = round(res.scale * (0.5 + rng()), 0);
    const before = round(now * (k === 2 ? 1.2 : 0.85 + rng() * 0.1), 0);
    canvas.put(r, c0, say(shape, res.zh, res.en));
    canvas.figure(r, c0 + 1, now, 0);
    const per = now / staff[0];
    const perAt = canvas.figure(r, c0 + 2, defect === "perCapitaStated" && k === 1 ? per * 1.2 : per, 2);
    if (defect === "perCapitaStated" && k === 1) expectAt.push(perAt);
    canvas.figure(r, c0 + 3, before, 0);
    canvas.figure(r, c0 + 4, before / staff[1], 2);
    const growth = (now - before) / before;
    const gAt = canvas.percent(r, yoy, defect === "growthTwoPeriods" && k === 0 ? growth + 0.05 : growth, 2);
    if (defect === "growthTwoPeriods" && k === 0) expectAt.push(gAt);
    r++;
  });
  canvas.put(r, c0, say(shape, "员工人数（人）", "Headcount"));
  canvas.figure(r, c0 + 1, staff[0], 0);
  canvas.put(r, c0 + 2, "—");
  canvas.figure(r, c0 + 3, staff[1], 0);
  canvas.put(r, c0 + 4, say(shape, "不适用", "N/A"));
  canvas.percent(r, yoy, (staff[0] - staff[1]) / staff[1], 2);
}

/** Branches' deposits and headcounts: labelled figures with no relation, where two rows happen to add up to a third. */
export function unrelatedFigures(rng: Rng): WorkbookSnapshot {
  const canvas = new Canvas("网点", BASE);
  canvas.put(0, 0, "各支行存款与人员情况");
  canvas.put(1, 0, "支行");
  canvas.put(1, 1, "存款余额（万元）");
  canvas.put(1, 2, "员工数（人）");
  canvas.put(1, 3, "贷款利率（%）");
  const a = round(1000 + rng() * 5000, 2);
  const b = round(1000 + rng() * 5000, 2);
  const rows: [string, number, number, number][] = [
    ["城东支行", a, 25, 4.35],
    ["城西支行", b, 18, 4.1],
    ["城南支行", round(a + b, 2), 43, 3.95],
    ["城北支行", round(500 + rng() * 900, 2), 12, 4.6],
  ];
  rows.forEach(([name, dep, staff, rate], k) => {
    canvas.put(2 + k, 0, name);
    canvas.put(2 + k, 1, dep, { decimals: 2 });
    canvas.put(2 + k, 2, staff, { decimals: 0 });
    canvas.put(2 + k, 3, rate, { decimals: 2 });
  });
  void pick;
  return { sheets: [canvas.snapshot()] };
}
