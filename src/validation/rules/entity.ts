import { show } from "../findings";
import type { Finding } from "../findings";
import { Interval } from "../interval";
import type { LocatedRow } from "../locate";
import { MESSAGES } from "../messages";
import type { RuleBase } from "./base";
import { cellValue, finding, textOf } from "./evaluation";
import { column, RuleKind, TEXT_SCHEMA } from "./kind";

/**
 * Records of one entity (the same borrower on several loans) print the entity's own figures — its
 * emissions, its revenue or total investment — alike on every record. A record whose figure differs
 * from what the entity's other records agree on is an outlier of its own entity (a row copied from the
 * one above, digits swapped); with only two records that disagree, the later is a warning. A record
 * equal to the one above in every figure is a warning too: a row entered twice.
 */
export interface EntityRule extends RuleBase {
  kind: "entity";
  rows: string;
  /** The column naming the entity. */
  key: string;
  /** Columns that belong to the entity, not to the record. */
  columns: string[];
  /** Every figure of a record, for the repeated-row check. */
  figures: string[];
}

export const entity: RuleKind<EntityRule> = {
  kind: "entity",
  schema: {
    properties: { rows: TEXT_SCHEMA, key: TEXT_SCHEMA, columns: { type: "array", items: TEXT_SCHEMA }, figures: { type: "array", items: TEXT_SCHEMA } },
    required: ["rows", "key", "columns", "figures"],
  },
  inputs: (rule) => ({ subject: rule.columns.map(column), needed: [column(rule.key)] }),
  evaluate(rule, ctx) {
    const findings: Finding[] = [];
    const rows = ctx.table.rows.get(rule.rows) ?? [];
    const sheet = ctx.table.sheet;
    // Most borrowers have one record: names are hashed and sorted first, and only names whose hash repeats are grouped
    // (a million-record ledger of distinct borrowers then builds no map of a million names).
    const labelIsKey = rows.length > 0 && rows[0].label === textOf(rows[0].reading(rule.key)).trim();
    const nameOf = (row: LocatedRow) => (labelIsKey ? row.label : textOf(row.reading(rule.key)).trim());
    const hashes = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) hashes[i] = hash(nameOf(rows[i]));
    const sorted = hashes.slice().sort();
    const repeated = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
    const groups = new Map<string, number[]>();
    if (repeated.size > 0) {
      for (let i = 0; i < rows.length; i++) {
        if (!repeated.has(hashes[i])) continue;
        const name = nameOf(rows[i]);
        if (!name) continue;
        const list = groups.get(name);
        if (list) list.push(i);
        else groups.set(name, [i]);
      }
    }
    for (const [name, members] of groups) {
      if (members.length < 2) continue;
      for (const col of rule.columns) {
        const values = members.map((i) => cellValue(rows[i].cell(col), sheet));
        for (const outlier of outliers(values.map((v) => v?.interval))) {
          const v = values[outlier.index]!;
          findings.push(
            finding({
              template: ctx.table.template,
              rule,
              severity: outlier.majority ? (rule.severity ?? "error") : "warning",
              at: v,
              message: MESSAGES.entity.differs(
                rows[members[outlier.index]].label || name,
                ctx.table.template.columns.find((c) => c.id === col)?.label ?? rule.title,
                show(v.interval.mid),
                show(outlier.agreed.mid),
                members.length - 1,
              ),
              expected: outlier.agreed.mid,
              tolerance: null,
              related: values.filter((other, k) => k !== outlier.index && other !== undefined).map((other) => other!),
            }),
          );
        }
      }
    }
    repeatedRows(rows, rule, sheet, ctx.table.template, findings);
    return findings;
  },
};

/**
 * Which intervals disagree with the others: with three or more, those outside the point most of them
 * share (a strict majority); with two that do not meet, the second.
 */
function outliers(intervals: (Interval | undefined)[]): { index: number; agreed: Interval; majority: boolean }[] {
  const present = intervals.map((iv, i) => ({ iv, i })).filter((x): x is { iv: Interval; i: number } => x.iv !== undefined);
  if (present.length < 2) return [];
  if (present.length === 2) {
    const [a, b] = present;
    return a.iv.distance(b.iv) === 0 ? [] : [{ index: b.i, agreed: a.iv, majority: false }];
  }
  let best: { point: number; members: number[] } = { point: 0, members: [] };
  for (const { iv } of present) {
    for (const point of [iv.lo, iv.hi, iv.mid]) {
      const members = present.filter((x) => x.iv.lo <= point && point <= x.iv.hi).map((x) => x.i);
      if (members.length > best.members.length) best = { point, members };
    }
  }
  if (best.members.length * 2 <= present.length) return [];
  const agreed = present.find((x) => x.i === best.members[0])!.iv;
  return present.filter((x) => !best.members.includes(x.i)).map((x) => ({ index: x.i, agreed, majority: true }));
}

/** A record whose every figure equals the record above it: entered twice. One reading per record unless the first figure repeats. */
function repeatedRows(rows: LocatedRow[], rule: EntityRule, sheet: string, template: Parameters<typeof finding>[0]["template"], findings: Finding[]): void {
  const [lead, ...rest] = rule.figures;
  const figure = (row: LocatedRow, col: string) => {
    const r = row.reading(col);
    return r?.kind === "number" ? r.value : undefined;
  };
  let previous = rows.length > 0 ? figure(rows[0], lead) : undefined;
  for (let i = 1; i < rows.length; i++) {
    const current = figure(rows[i], lead);
    const repeats = current !== undefined && current === previous && rest.every((col) => figure(rows[i], col) === figure(rows[i - 1], col));
    previous = current;
    if (!repeats) continue;
    const at = cellValue(rows[i].cell(lead), sheet);
    if (!at) continue;
    findings.push(
      finding({
        template,
        rule: { ...rule, id: `${rule.id}-repeated` },
        severity: "warning",
        at,
        message: MESSAGES.entity.repeated(rows[i].label, rows[i - 1].label),
        expected: null,
        tolerance: null,
        related: [],
      }),
    );
  }
}

/** A 32-bit FNV-1a hash of a name. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
