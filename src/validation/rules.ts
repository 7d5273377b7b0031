import { AVERAGE_EDITIONS, averageFactor, REPORTING_EDITIONS, reportingFactor } from "../core/factors/electricity";
import type { FactorRecord } from "../core/factors/types";
import { REGIONS } from "../core/regions";
import { Finding, show, showPercent, showTolerance } from "./findings";
import { Interval, IntervalSum, sum } from "./interval";
import { compiled } from "./labels";
import type { Reading } from "./cells";
import { LocatedCell, LocatedColumn, LocatedTable } from "./locate";
import type { Bilingual, Ref, RuleSpec, Severity, Template } from "./model";

/** Finds the located tables by template id, for rules that reach across tables. */
export type TableLookup = (templateId: string) => LocatedTable | undefined;

interface Context {
  table: LocatedTable;
  lookup: TableLookup;
}

interface Value {
  cell: LocatedCell;
  interval: Interval;
  sheet: string;
}

function tableOf(ref: Ref, ctx: Context): LocatedTable | undefined {
  return ref.table ? ctx.lookup(ref.table) : ctx.table;
}

function columnOf(ref: Ref, table: LocatedTable): string {
  return ref.col ?? table.template.columns[0].id;
}

/** Every numeric value a reference points at (several for repeated rows); none if any is not a number. */
function values(ref: Ref, ctx: Context): Value[] | undefined {
  const table = tableOf(ref, ctx);
  const rows = table?.rows.get(ref.row);
  if (!table || !rows || rows.length === 0) return undefined;
  const out: Value[] = [];
  for (const row of rows) {
    const cell = row.cell(columnOf(ref, table));
    if (!cell?.interval || cell.unitMismatch) return undefined;
    out.push({ cell, interval: cell.interval, sheet: table.sheet });
  }
  return out;
}

/**
 * What a sum adds for a reference: its values, or for a ledger's records one value, their running
 * sum, standing at the whole column (a million records are not kept, nor listed in a finding).
 */
function summands(ref: Ref, ctx: Context): Value[] | undefined {
  const table = tableOf(ref, ctx);
  const rows = table?.rows.get(ref.row);
  if (!table?.rowSpan || !rows || rows.length === 0) return values(ref, ctx);
  const col = columnOf(ref, table);
  const total = new IntervalSum();
  let column = -1;
  for (const row of rows) {
    const cell = row.cell(col);
    if (!cell?.interval || cell.unitMismatch) return undefined;
    total.add(cell.interval);
    column = cell.col;
  }
  const span = new LocatedColumn(rows[0].labelRow, column, rows[rows.length - 1].labelRow);
  return [{ cell: span, interval: total.interval, sheet: table.sheet }];
}

function value(ref: Ref, ctx: Context): Value | undefined {
  const found = values(ref, ctx);
  return found?.length === 1 ? found[0] : undefined;
}

const isPercentRef = (ref: Ref, ctx: Context) => {
  const table = tableOf(ref, ctx);
  if (!table) return false;
  const column = table.template.columns.find((c) => c.id === columnOf(ref, table));
  const row = table.template.rows.find((r) => r.id === ref.row);
  return (column?.kind ?? row?.kind) === "percent";
};

/** What a finding needs: where it stands (`at`), what it says, the figures it compares, the cells it names. */
interface FindingSpec {
  template: Template;
  rule: RuleSpec;
  severity: Severity;
  at: Value;
  message: Bilingual;
  expected: number | null;
  tolerance: number | null;
  related: Value[];
}

function finding({ template, rule, severity, at, message, expected, tolerance, related }: FindingSpec): Finding {
  return {
    rule: `${template.id}.${rule.id}`,
    severity,
    template: template.id,
    sheet: at.sheet,
    cell: at.cell.address,
    message,
    expected,
    actual: at.cell.reading.kind === "number" ? at.cell.interval!.mid : null,
    tolerance,
    related: related.map((r) => (r.sheet === at.sheet ? r.cell.address : `${r.sheet}!${r.cell.address}`)),
  };
}

/**
 * Compares a reported value with what the others imply. Fine if the intervals meet; within one unit
 * of the reported value's last printed digit it is a rounding adjustment (warning); beyond, the
 * rule's severity (an error unless the rule is a warning by design, which then says why).
 */
interface Comparison {
  template: Template;
  rule: RuleSpec;
  /** The printed value under check, and the interval the other figures imply for it. */
  reported: Value;
  computed: Interval;
  related: Value[];
  percent: boolean;
  /** What is compared, as the message begins. */
  title: Bilingual;
  /** A miss of this kind has its own severity and reason (listed items short of their total). */
  override?: { severity: Severity; why: Bilingual };
}

function compare({ template, rule, reported, computed, related, percent, title, override }: Comparison): Finding | undefined {
  const gap = reported.interval.distance(computed);
  if (gap === 0) return undefined;
  const rounding = gap <= reported.interval.unit;
  const severity: Severity = rounding ? "warning" : (override?.severity ?? rule.severity ?? "error");
  const fmt = percent ? showPercent : show;
  const tolerance = reported.interval.unit / 2 + computed.unit / 2;
  const expected = computed.mid;
  const why = rounding
    ? { zh: "（在末位一个单位内，视为舍入调整）", en: " (within one unit of the last printed digit: a rounding adjustment)" }
    : override
      ? { zh: `（${override.why.zh}）`, en: ` (${override.why.en})` }
      : severity === "warning" && "explain" in rule && rule.explain
        ? { zh: `（${rule.explain.zh}）`, en: ` (${rule.explain.en})` }
        : { zh: "", en: "" };
  const detail = {
    zh: `${title.zh}：报告值 ${fmt(reported.interval.mid)}，计算值 ${fmt(expected)}，允许差异 ±${showTolerance(tolerance, percent)}${why.zh}`,
    en: `${title.en}: reported ${fmt(reported.interval.mid)}, computed ${fmt(expected)}, allowed difference ±${showTolerance(tolerance, percent)}${why.en}`,
  };
  return finding({ template, rule, severity, at: reported, message: detail, expected, tolerance, related });
}

const PARTIAL_SHORT: Bilingual = {
  zh: "“其中”各项之和小于合计：所列项目可能不全，请确认",
  en: "the listed items add up to less than the total: the list may be incomplete, please confirm",
};

/** Rule kinds whose findings compare figures that add up or divide: one wrong figure shows in several. */
const CASCADING = new Set(["sum", "shares", "ratio", "perCapita", "equal", "growth"]);

/**
 * One wrong figure breaks every check it takes part in. Such findings of a table that share a cell
 * become one error at that cell (the one most likely wrong), with the other cells as related. Groups
 * of rounding warnings alone are left as they are.
 */
export function mergeCascades(findings: Finding[]): Finding[] {
  const key = (f: Finding, address: string) => (address.includes("!") ? address : `${f.sheet}!${address}`);
  const cellsOf = (f: Finding) => new Set([f.cell, ...f.related].map((a) => key(f, a)));
  let list = findings;
  const tried = new Set<string>();
  for (;;) {
    const candidates = list.filter((f) => f.severity !== "info" && f.kind !== undefined && CASCADING.has(f.kind));
    if (candidates.length < 2) return list;
    const count = new Map<string, number>();
    for (const f of candidates) for (const c of cellsOf(f)) count.set(c, (count.get(c) ?? 0) + 1);
    // The cell in most of them; of equals, one that some finding reports.
    const reported = new Set(candidates.map((f) => key(f, f.cell)));
    const ranked = [...count]
      .filter(([cell, n]) => n >= 2 && !tried.has(cell))
      .sort((a, b) => b[1] - a[1] || Number(reported.has(b[0])) - Number(reported.has(a[0])));
    const best = ranked.find(([cell]) => candidates.some((f) => f.severity === "error" && cellsOf(f).has(cell)));
    if (!best) return list;
    tried.add(best[0]);
    const involved = candidates.filter((f) => cellsOf(f).has(best[0]));
    const keep = involved.find((f) => key(f, f.cell) === best[0]) ?? involved.find((f) => f.severity === "error")!;
    const others = involved.filter((f) => f !== keep);
    const related = [...new Set([...keep.related, ...others.flatMap((f) => [f.cell, ...f.related])])].filter((a) => key(keep, a) !== key(keep, keep.cell));
    const merged: Finding = {
      ...keep,
      severity: "error",
      kind: "merged",
      related,
      message: {
        zh: `${keep.message.zh}；此数也使 ${others.map((f) => f.cell).join("、")} 的核对不通过`,
        en: `${keep.message.en}; this figure also fails the checks at ${others.map((f) => f.cell).join(", ")}`,
      },
    };
    list = list.filter((f) => !involved.includes(f)).concat(merged);
  }
}

export function evaluateRule(rule: RuleSpec, ctx: Context): Finding[] {
  const template = ctx.table.template;
  switch (rule.kind) {
    case "sum": {
      const total = value(rule.total, ctx);
      const found = rule.parts.map((p) => summands(p, ctx));
      const parts = rule.partial ? found.filter((p) => p !== undefined) : found;
      if (!total || parts.length === 0 || parts.some((p) => !p)) return [];
      const flat = parts.flat() as Value[];
      const computed = sum(flat.map((p) => p.interval));
      // Listed items may fall short of a total when the list is incomplete; they can never exceed it.
      const short = rule.partial && computed.hi < total.interval.lo ? { severity: "warning" as const, why: PARTIAL_SHORT } : undefined;
      const f = compare({ template, rule, reported: total, computed, related: flat, percent: false, title: rule.title, override: short });
      return f ? [f] : [];
    }
    case "ratio": {
      const result = value(rule.result, ctx);
      const numerator = value(rule.numerator, ctx);
      const denominator = value(rule.denominator, ctx);
      if (!result || !numerator || !denominator) return [];
      const computed = numerator.interval.div(denominator.interval);
      if (!computed) return [];
      const f = compare({
        template,
        rule,
        reported: result,
        computed,
        related: [numerator, denominator],
        percent: isPercentRef(rule.result, ctx),
        title: rule.title,
      });
      return f ? [f] : [];
    }
    case "equal": {
      const a = value(rule.a, ctx);
      const b = value(rule.b, ctx);
      if (!a || !b) return [];
      const f = compare({ template, rule, reported: a, computed: b.interval, related: [b], percent: false, title: rule.title });
      return f ? [f] : [];
    }
    case "growth": {
      // 增幅 = 增加额 ÷ (current − 增加额): the opening balance is what the two printed figures imply.
      const current = value(rule.current, ctx);
      const increase = value(rule.increase, ctx);
      const growth = value(rule.growth, ctx);
      if (!current || !increase || !growth) return [];
      // Where the table shows the opening period, the opening value is printed: 增加额 = current − opening.
      const opening = ctx.table.previous ? value(rule.current, { ...ctx, table: ctx.table.previous }) : undefined;
      if (opening) {
        const diff = current.interval.minus(opening.interval);
        const f = compare({
          template,
          rule: { ...rule, id: `${rule.id}-increase` },
          reported: increase,
          computed: diff,
          related: [current, opening],
          percent: false,
          title: {
            zh: `${rule.title.zh}：增加额 = 本期 − 期初`,
            en: `${rule.title.en}: increase = current − opening`,
          },
        });
        if (f) return [f];
      }
      const base = opening ? opening.interval : current.interval.minus(increase.interval);
      const computed = increase.interval.div(base);
      if (!computed) return [];
      const f = compare({
        template,
        rule,
        reported: growth,
        computed,
        related: opening ? [increase, opening] : [current, increase],
        percent: true,
        title: rule.title,
      });
      return f ? [f] : [];
    }
    case "shares":
      return sharesRule(rule, ctx);
    case "perCapita":
      return perCapitaRule(rule, ctx);
    case "maxRatio": {
      const numerator = value(rule.numerator, ctx);
      const denominator = value(rule.denominator, ctx);
      if (!numerator || !denominator) return [];
      const ratio = numerator.interval.div(denominator.interval);
      if (!ratio || ratio.lo <= rule.max) return [];
      const r = ratio.mid;
      return [
        finding({
          template,
          rule,
          severity: rule.severity ?? "warning",
          at: numerator,
          message: {
            zh: `${rule.title.zh}：比值 ${show(r)} 超过合理上限 ${rule.max}（${rule.explain.zh}）`,
            en: `${rule.title.en}: ratio ${show(r)} exceeds the plausible maximum ${rule.max} (${rule.explain.en})`,
          },
          expected: rule.max,
          tolerance: null,
          related: [denominator],
        }),
      ];
    }
    case "gridFactor":
      return gridFactorRule(rule, ctx);
    case "sectionCodes":
      return sectionCodesRule(rule, ctx);
    case "attribution":
      return attributionRule(rule, ctx);
    case "threshold":
      return thresholdRule(rule, ctx);
    case "range":
      return rangeRule(rule, ctx);
    case "groupSum":
      return groupSumRule(rule, ctx);
  }
}

function cellValue(cell: LocatedCell | undefined, sheet: string): Value | undefined {
  return cell?.interval && !cell.unitMismatch ? { cell, interval: cell.interval, sheet } : undefined;
}

function textOf(reading: Reading | undefined): string {
  if (!reading) return "";
  return reading.kind === "text" || reading.kind === "marker" ? reading.text : reading.kind === "number" ? reading.value.toString() : "";
}

/** Attributed emissions of each loan: emissions × min(1, financing ÷ denominator). */
function attributionRule(rule: Extract<RuleSpec, { kind: "attribution" }>, ctx: Context): Finding[] {
  const template = ctx.table.template;
  const findings: Finding[] = [];
  const sheet = ctx.table.sheet;
  for (const row of ctx.table.rows.get(rule.rows) ?? []) {
    // Intervals first; the Value wrappers a finding needs are made only for a finding (ledgers are long).
    const e = row.cell(rule.emissions);
    const x = row.cell(rule.financing);
    const d = row.cell(rule.denominator);
    const a = row.cell(rule.attributed);
    if (!usable(e) || !usable(x) || !usable(d) || !usable(a)) continue;
    const factor = x.interval.div(d.interval);
    if (!factor) continue;
    const capped = factor.hi <= 1 ? factor : new Interval(Math.min(factor.lo, 1), Math.min(factor.hi, 1));
    const computed = e.interval.times(capped);
    if (a.interval.distance(computed) !== 0) {
      const wrap = (cell: typeof e) => ({ cell, interval: cell.interval, sheet });
      const f = compare({
        template,
        rule,
        reported: wrap(a),
        computed,
        related: [wrap(e), wrap(x), wrap(d)],
        percent: false,
        title: {
          zh: `${rule.title.zh}（${row.label}）`,
          en: `${rule.title.en} (${row.label})`,
        },
      });
      if (f) findings.push(f);
    }
    if (factor.lo > 1) {
      findings.push(
        finding({
          template,
          rule: { ...rule, id: `${rule.id}-capped` },
          severity: "info",
          at: { cell: x, interval: x.interval, sheet },
          message: {
            zh: `${row.label}：融资额 ÷ 分母 = ${show(factor.mid)} 大于 1，归因系数按 1 计`,
            en: `${row.label}: financing ÷ denominator = ${show(factor.mid)} exceeds 1; attribution is capped at 1`,
          },
          expected: 1,
          tolerance: null,
          related: [{ cell: d, interval: d.interval, sheet }],
        }),
      );
    }
  }
  return findings;
}

/** A numeric cell in the template's unit. */
function usable(cell: LocatedCell | undefined): cell is LocatedCell & { interval: Interval } {
  return cell?.interval !== undefined && !cell.unitMismatch;
}

function thresholdRule(rule: Extract<RuleSpec, { kind: "threshold" }>, ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const row of ctx.table.rows.get(rule.rows) ?? []) {
    if (rule.typeColumn && rule.typePattern && !compiled(rule.typePattern, "").test(textOf(row.reading(rule.typeColumn)))) continue;
    const v = cellValue(row.cell(rule.column), ctx.table.sheet);
    if (!v || v.interval.hi >= rule.min) continue;
    findings.push(
      finding({
        template: ctx.table.template,
        rule,
        severity: rule.severity ?? "info",
        at: v,
        message: {
          zh: `${row.label}：${rule.title.zh}，${show(v.interval.mid)} 低于 ${rule.min}（${rule.explain.zh}）`,
          en: `${row.label}: ${rule.title.en}, ${show(v.interval.mid)} is below ${rule.min} (${rule.explain.en})`,
        },
        expected: rule.min,
        tolerance: null,
        related: [],
      }),
    );
  }
  return findings;
}

function rangeRule(rule: Extract<RuleSpec, { kind: "range" }>, ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const row of ctx.table.rows.get(rule.rows) ?? []) {
    const v = cellValue(row.cell(rule.column), ctx.table.sheet);
    if (!v || (v.interval.hi >= rule.min && v.interval.lo <= rule.max)) continue;
    findings.push(
      finding({
        template: ctx.table.template,
        rule,
        severity: rule.severity ?? "error",
        at: v,
        message: {
          zh: `${row.label}：${rule.title.zh}须在 ${rule.min} 到 ${rule.max} 之间，报告值 ${show(v.interval.mid)}`,
          en: `${row.label}: ${rule.title.en} must be between ${rule.min} and ${rule.max}, reported ${show(v.interval.mid)}`,
        },
        expected: null,
        tolerance: null,
        related: [],
      }),
    );
  }
  return findings;
}

/** The GB/T 4754 section letter a label starts with ("Ｃ制造业" → "C"); only its first character is normalized. */
function sectionLetter(text: string): string {
  return text.trim().charAt(0).normalize("NFKC").trim().toUpperCase();
}

/** Records a group-sum finding names; a section of a long ledger has thousands. */
const LISTED_RECORDS = 50;

/** Ledger records summed by section letter against the by-industry table. */
function groupSumRule(rule: Extract<RuleSpec, { kind: "groupSum" }>, ctx: Context): Finding[] {
  const target = ctx.lookup(rule.target.table);
  if (!target) return [];
  // Per section: the running sum, and the first records to name in a finding.
  const groups = new Map<string, { total: IntervalSum; listed: Value[] }>();
  for (const row of ctx.table.rows.get(rule.rows) ?? []) {
    const key = sectionLetter(textOf(row.reading(rule.keyColumn)));
    const v = cellValue(row.cell(rule.valueColumn), ctx.table.sheet);
    if (!key || !v) return []; // an unreadable record: the per-record checks report it
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { total: new IntervalSum(), listed: [] }));
    group.total.add(v.interval);
    if (group.listed.length < LISTED_RECORDS) group.listed.push(v);
  }
  const findings: Finding[] = [];
  for (const row of target.rows.get(rule.target.rows) ?? []) {
    const key = sectionLetter(row.label);
    const reported = cellValue(row.cell(rule.target.col), target.sheet);
    if (!reported) continue;
    const group = groups.get(key);
    const f = compare({
      template: ctx.table.template,
      rule,
      reported,
      computed: (group?.total ?? new IntervalSum()).interval,
      related: group?.listed ?? [],
      percent: false,
      title: {
        zh: `${rule.title.zh}（${row.label}）`,
        en: `${rule.title.en} (${row.label})`,
      },
    });
    if (f) findings.push(f);
  }
  return findings;
}

function sharesRule(rule: Extract<RuleSpec, { kind: "shares" }>, ctx: Context): Finding[] {
  const template = ctx.table.template;
  const total = value({ row: rule.total, col: rule.valueColumn }, ctx);
  const rows = ctx.table.rows.get(rule.parts) ?? [];
  if (!total) return [];
  const findings: Finding[] = [];
  const shares: Value[] = [];
  for (const row of rows) {
    const part = row.cell(rule.valueColumn);
    const share = row.cell(rule.shareColumn);
    if (!part?.interval || !share?.interval) continue;
    const shareValue = { cell: share, interval: share.interval, sheet: ctx.table.sheet };
    shares.push(shareValue);
    const computed = part.interval.div(total.interval);
    if (!computed) continue;
    const f = compare({
      template,
      rule,
      reported: shareValue,
      computed,
      related: [{ cell: part, interval: part.interval, sheet: ctx.table.sheet }, total],
      percent: true,
      title: {
        zh: `${rule.title.zh}（${row.label}）`,
        en: `${rule.title.en} (${row.label})`,
      },
    });
    if (f) findings.push(f);
  }
  // The printed shares should add up to 100 % within their rounding.
  const totalShare = value({ row: rule.total, col: rule.shareColumn }, ctx);
  if (shares.length > 1) {
    const summed = sum(shares.map((s) => s.interval));
    const target = totalShare?.interval ?? Interval.exact(1);
    if (summed.distance(target) !== 0) {
      const at = totalShare ?? shares[0];
      findings.push(
        finding({
          template,
          rule: { ...rule, id: `${rule.id}-total` },
          severity: "warning",
          at,
          message: {
            zh: `${rule.title.zh}：各行占比合计 ${showPercent(summed.mid)}，不为 100%`,
            en: `${rule.title.en}: the shares add up to ${showPercent(summed.mid)}, not 100%`,
          },
          expected: 1,
          tolerance: summed.unit / 2,
          related: shares,
        }),
      );
    }
  }
  return findings;
}

/**
 * One headcount must explain every per-capita value: each row's total ÷ per-capita gives an interval
 * of headcounts; they must share a whole number. A row that no common headcount fits is reported.
 */
function perCapitaRule(rule: Extract<RuleSpec, { kind: "perCapita" }>, ctx: Context): Finding[] {
  const template = ctx.table.template;
  const pairs: { total: Value; perCapita: Value; headcount: Interval }[] = [];
  for (const rows of ctx.table.rows.values()) {
    for (const row of rows) {
      const total = row.cell(rule.totalColumn);
      const perCapita = row.cell(rule.perCapitaColumn);
      if (!total?.interval || !perCapita?.interval || total.interval.hi <= 0) continue;
      const pc = perCapita.interval;
      // A per-capita value printed as 0.00 allows any headcount above total ÷ 0.005.
      const headcount = pc.lo <= 0 ? new Interval(total.interval.lo / pc.hi, 1e15) : new Interval(total.interval.lo / pc.hi, total.interval.hi / pc.lo);
      pairs.push({
        total: { cell: total, interval: total.interval, sheet: ctx.table.sheet },
        perCapita: { cell: perCapita, interval: pc, sheet: ctx.table.sheet },
        headcount,
      });
    }
  }
  if (pairs.length < 2) return [];
  const common = (items: typeof pairs) => items.reduce<Interval | undefined>((acc, p) => (acc ? acc.intersect(p.headcount) : undefined), new Interval(0, 1e15));
  const hasWhole = (i: Interval | undefined) => !!i && Math.ceil(i.lo) <= i.hi;
  const all = common(pairs);
  if (hasWhole(all)) return [];
  // Report the rows without which the rest agree; if none stands out, the widest disagreement.
  const outliers = pairs.filter((p) => hasWhole(common(pairs.filter((q) => q !== p))));
  const blamed = outliers.length > 0 ? outliers : [pairs[pairs.length - 1]];
  return blamed
    .map((p) => {
      const others = common(pairs.filter((q) => q !== p)) ?? pairs[0].headcount;
      const headcount = Math.ceil(others.lo);
      const expected = p.total.interval.mid / headcount;
      const implied = p.total.interval.mid / (p.perCapita.interval.mid === 0 ? 1 : p.perCapita.interval.mid);
      const f = compare({
        template,
        rule,
        reported: p.perCapita,
        computed: Interval.exact(expected),
        related: [p.total],
        percent: false,
        title: {
          zh: `${rule.title.zh}：其他各行对应员工数约 ${headcount}，此行对应约 ${show(implied)}`,
          en: `${rule.title.en}: the other rows imply a headcount of about ${headcount}, this row about ${show(implied)}`,
        },
      });
      return f!;
    })
    .filter(Boolean);
}

/** kgCO2/kWh implied by scope-2 emissions and electricity, and which official editions it matches. */
function gridFactorRule(rule: Extract<RuleSpec, { kind: "gridFactor" }>, ctx: Context): Finding[] {
  const emissions = value(rule.emissions, ctx);
  const kwh = value(rule.kwh, ctx);
  if (!emissions || !kwh) return [];
  const implied = emissions.interval.times(1000).div(kwh.interval);
  if (!implied) return [];
  const candidates: FactorRecord[] = [];
  for (const edition of AVERAGE_EDITIONS) {
    for (const name of REGIONS.displayNames) {
      const record = averageFactor(edition, name);
      if (record) candidates.push(record);
    }
  }
  for (const period of REPORTING_EDITIONS) candidates.push(reportingFactor(period)!);
  const matches = candidates.filter((r) => implied.lo <= Number(r.value) && implied.hi >= Number(r.value));
  const label = (r: FactorRecord) => `${r.csv.region} ${r.edition} (${r.value})`;
  const mid = Number(implied.mid.toFixed(5));
  const outdated = matches.length > 0 && matches.every((r) => r.edition === "2012" || r.edition === "pre-2021");
  const newestNational = averageFactor(AVERAGE_EDITIONS[0], "全国")!;
  // For an outdated match, say what the same region publishes now.
  const current = matches
    .filter((r) => r.edition === "2012")
    .map((r) => averageFactor(AVERAGE_EDITIONS[0], r.csv.region))
    .filter((r): r is FactorRecord => r !== undefined)
    .concat(newestNational);
  const now = current.map(label);
  const message =
    matches.length > 0
      ? {
          zh: `${rule.title.zh}：隐含电力排放因子 ${mid} kgCO2/kWh，与 ${matches.map(label).join("、")} 一致${matches.some((r) => r.edition === "2012") ? `；2012 年区域平均因子已过时，现行因子为 ${now.join("、")}，也可采用本省 ${newestNational.edition} 年因子` : ""}`,
          en: `${rule.title.en}: implied grid factor ${mid} kgCO2/kWh matches ${matches.map(label).join(", ")}${matches.some((r) => r.edition === "2012") ? `; the 2012 regional averages are outdated — current factors: ${now.join(", ")}, or the province's ${newestNational.edition} factor` : ""}`,
        }
      : {
          zh: `${rule.title.zh}：隐含电力排放因子 ${mid} kgCO2/kWh，与任何官方版本都不一致`,
          en: `${rule.title.en}: implied grid factor ${mid} kgCO2/kWh matches no official edition`,
        };
  const severity: Severity = matches.length === 0 || outdated ? "warning" : "info";
  return [
    finding({
      template: ctx.table.template,
      rule,
      severity,
      at: emissions,
      message,
      expected: matches[0] ? Number(matches[0].value) : null,
      tolerance: implied.unit / 2,
      related: [kwh],
    }),
  ];
}

/** GB/T 4754-2017 sections: A to T. */
const SECTIONS = new Set("ABCDEFGHIJKLMNOPQRST".split(""));

function sectionCodesRule(rule: Extract<RuleSpec, { kind: "sectionCodes" }>, ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const row of ctx.table.rows.get(rule.rows) ?? []) {
    const code = sectionLetter(row.label);
    const at = {
      cell: { row: 0, col: 0, address: row.labelAddress, reading: { kind: "text" as const, text: row.label } },
      interval: Interval.exact(0),
      sheet: ctx.table.sheet,
    };
    if (!SECTIONS.has(code)) {
      findings.push(
        finding({
          template: ctx.table.template,
          rule,
          severity: "error",
          at,
          message: {
            zh: `${rule.title.zh}：“${row.label}”不是 GB/T 4754 门类（A–T）`,
            en: `${rule.title.en}: "${row.label}" is not a GB/T 4754 section (A–T)`,
          },
          expected: null,
          tolerance: null,
          related: [],
        }),
      );
    } else if (seen.has(code)) {
      findings.push(
        finding({
          template: ctx.table.template,
          rule,
          severity: "error",
          at,
          message: { zh: `${rule.title.zh}：门类 ${code} 重复`, en: `${rule.title.en}: section ${code} appears twice` },
          expected: null,
          tolerance: null,
          related: [],
        }),
      );
    }
    seen.add(code);
  }
  return findings;
}
