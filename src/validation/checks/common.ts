import type { Bilingual } from "../../core/messages";
import type { CheckReport } from "../coverage";
import type { Finding } from "../findings";
import { Interval } from "../interval";
import { LocatedCell } from "../located";
import type { Severity, TemplateInfo } from "../rules/base";
import { compare, Value } from "../rules/evaluation";
import type { RuleSpec } from "../rules";
import { Fact } from "../structure/quantities";
import type { StructRow, StructTable } from "../structure/table";

/** The checks that follow from a table's own structure, whatever its template. */
export type StructuralKind = "footing" | "cross-footing" | "of-which" | "share" | "growth" | "per-capita" | "activity-factor" | "tie-out" | "named";

/** Findings of structural checks name no template: they stand on the table's own labels. */
export const STRUCTURE: TemplateInfo = { id: "structure" };

export const TITLES: Record<StructuralKind, Bilingual> = {
  footing: { zh: "合计等于各项之和", en: "a total equals the sum of its items" },
  "cross-footing": { zh: "合计列等于各列之和", en: "a total column equals the sum of the columns beside it" },
  "of-which": { zh: "“其中”项不大于所属项", en: "an “of which” item does not exceed its parent" },
  share: { zh: "占比 = 本项 ÷ 合计", en: "share = item ÷ total" },
  growth: { zh: "增长与两期数据一致", en: "growth agrees with the two periods" },
  "per-capita": { zh: "人均 = 总量 ÷ 同一员工人数", en: "per capita = total ÷ one headcount" },
  "activity-factor": { zh: "排放量 = 活动数据 × 排放因子", en: "emission = activity × factor" },
  "tie-out": { zh: "同一数据在各表一致", en: "the same figure agrees across tables" },
  named: { zh: "指标之间的关系", en: "relations between named indicators" },
};

/** What a structural check did on one table: ran (with what it assumed) or could not run, and why. */
export interface StructuralOutcome {
  findings: Finding[];
  reports: CheckReport[];
  /** Cells (sheet!A1) a relation of the table's own structure confirmed. */
  confirmed: Set<string>;
  /** Cells a passing check read as an input (an item of a total, a share's whole). */
  read: Set<string>;
}

export function outcome(): StructuralOutcome {
  return { findings: [], reports: [], confirmed: new Set(), read: new Set() };
}

export function ran(out: StructuralOutcome, kind: StructuralKind, assumed: Bilingual): void {
  out.reports.push({ rule: `structure.${kind}`, title: TITLES[kind], state: "ran", assumed });
}

export function notRun(out: StructuralOutcome, kind: StructuralKind, reason: Bilingual): void {
  out.reports.push({ rule: `structure.${kind}`, title: TITLES[kind], state: "not-run", reason });
}

/** A fact as the rule evaluator's value: its cell in the user's sheet, with the interval in `interval`'s unit. */
export function valueOf(fact: Fact, interval: Interval = fact.interval): Value {
  const [row, col] = fact.table.grid.at(fact.row.r, fact.col.c);
  const cell = new LocatedCell(row, col, { kind: "number", value: fact.value, decimals: fact.decimals, percentFormat: false });
  cell.interval = interval;
  cell.unit = fact.percent ? "fraction" : (fact.unitText ?? undefined);
  return { cell, interval, sheet: fact.table.sheet };
}

const RULES = new Map<string, RuleSpec>();

function ruleFor(kind: StructuralKind, severity: Severity): RuleSpec {
  const key = `${kind}:${severity}`;
  let rule = RULES.get(key);
  if (!rule) RULES.set(key, (rule = { kind: "equal", id: kind, title: TITLES[kind], severity } as unknown as RuleSpec));
  return rule;
}

/**
 * Compares a printed figure with what the others imply: fine where the intervals meet, a rounding
 * adjustment (warning) within one unit of its last digit, else `severity`.
 */
export function check(
  out: StructuralOutcome,
  kind: StructuralKind,
  title: Bilingual,
  reported: Fact,
  computed: Interval,
  related: Fact[],
  severity: Severity = "error",
  why?: Bilingual,
): Finding | undefined {
  const f = compare({
    template: STRUCTURE,
    rule: ruleFor(kind, severity),
    reported: valueOf(reported),
    computed,
    related: related.map((r) => valueOf(r)),
    percent: reported.percent,
    title,
    override: why ? { severity, why } : undefined,
  });
  if (!f) {
    out.confirmed.add(`${reported.table.sheet}!${reported.address}`);
    for (const r of related) out.read.add(`${r.table.sheet}!${r.address}`);
    return undefined;
  }
  return { ...f, kind: `structure.${kind}` };
}

/** "行 5–12" / "rows 5–12": the sheet rows a check read, as the user sees them. */
export function rowsText(rows: StructRow[], table: StructTable): Bilingual {
  const numbers = rows.map((r) => (table.transposed ? table.grid.address(r.r, 0).replace(/\d+$/, "") : String(table.grid.at(r.r, 0)[0] + 1)));
  const list = numbers.length > 4 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join("、");
  return table.transposed
    ? { zh: `第 ${list} 列`, en: `columns ${list.replace(/、/g, ", ")}` }
    : { zh: `第 ${list} 行`, en: `rows ${list.replace(/、/g, ", ")}` };
}

/** A check's title for one row: "合计等于各项之和（合计）". */
export function titleOf(kind: StructuralKind, row: StructRow): Bilingual {
  return { zh: `${TITLES[kind].zh}（${labelOf(row)}）`, en: `${TITLES[kind].en} (${labelOf(row)})` };
}

/** A row's label as the message names it. */
export function labelOf(row: StructRow): string {
  const t = row.raw.trim().replace(/\s+/g, " ");
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

const NUMERALS: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const key = (t: string) =>
  t
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[一二三四五六七八九]/g, (d) => NUMERALS[d]);

/** A row is the part a total names: "范围1：直接排放" for 范围一, "Scope 1" for "Scope 1". */
export function namesPart(row: StructRow, part: string): boolean {
  const p = key(part);
  if (p === "") return false;
  return [row.name, row.en, row.raw].some((text) => {
    const k = key(text);
    if (k === p || k.endsWith(p)) return true;
    return k.startsWith(p) && !/[\d.]/.test(k.charAt(p.length));
  });
}
