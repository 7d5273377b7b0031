import type { Bilingual } from "../../core/messages";
import { Interval } from "../interval";
import { parents } from "../structure/hierarchy";
import { Fact, factAt, inUnitOf, scaleFor } from "../structure/quantities";
import type { StructColumn, StructRow, StructTable } from "../structure/table";
import { check, labelOf, notRun, outcome, ran, StructuralOutcome, titleOf } from "./common";
import { additive } from "./footing";

const samePeriod = (a: StructColumn, b: StructColumn) => (a.period?.key ?? "") === (b.period?.key ?? "");

/** The amount column a share or per-capita column divides: the nearest additive column to its left of the same period and group. */
function baseColumn(table: StructTable, col: StructColumn, accept: (c: StructColumn) => boolean = additive): StructColumn | undefined {
  const left = table.columns.filter((c) => c.c < col.c && accept(c) && (!col.period || samePeriod(c, col)));
  const sameGroup = left.filter((c) => c.group === col.group);
  return (sameGroup.length ? sameGroup : left).pop();
}

/** The table's grand total row (合计/总计/Total), the whole a share column divides by; a 续表's where this table continues there. */
function wholeRow(table: StructTable): { table: StructTable; row: StructRow } | undefined {
  const totals = table.rows.filter((r) => r.total === "total");
  if (totals.length === 1) return { table, row: totals[0] };
  return table.continuedBy ? wholeRow(table.continuedBy) : undefined;
}

/**
 * Share columns (占比/比例/比重/share/%): each row's share is its amount ÷ the total row's, in the
 * amount column beside it of the same period; the total's own share is 100 %. An 其中 item may be
 * a share of its parent instead.
 */
export function shares(table: StructTable): StructuralOutcome {
  const out = outcome();
  for (const col of table.columns.filter((c) => c.measure === "share")) {
    const base = baseColumn(table, col);
    const whole = wholeRow(table);
    const name = col.parts.join(" ");
    if (!base) {
      notRun(out, "share", { zh: `“${name}”旁没有可作分子的金额列`, en: `no amount column beside "${name}" to divide` });
      continue;
    }
    // The same column of the table holding the total (a 续表 repeats the header).
    const wholeColumn = whole && (whole.table === table ? base : whole.table.columns[table.columns.indexOf(base)]);
    const wholeFact = whole && wholeColumn && factAt(whole.table, whole.row, wholeColumn);
    if (!whole || !wholeFact) {
      if (table.rows.some((r) => factAt(table, r, col)))
        notRun(out, "share", { zh: `“${name}”：表中没有唯一的合计行作分母`, en: `"${name}": the table has no single total row to divide by` });
      continue;
    }
    ran(out, "share", {
      zh: `“${name}”视为“${base.parts.join(" ")}”各行 ÷ “${labelOf(whole.row)}”`,
      en: `"${name}" read as each row of "${base.parts.join(" ")}" ÷ "${labelOf(whole.row)}"`,
    });
    const parentOf = parents(table);
    for (const row of table.rows) {
      const reported = factAt(table, row, col);
      const part = factAt(table, row, base);
      if (!reported || !part) continue;
      const partIn = inUnitOf(part, wholeFact);
      if (!partIn) continue;
      const computed = partIn.div(wholeFact.interval);
      if (!computed) continue;
      const title = titleOf("share", row);
      // An 其中 item's share may be of its parent.
      const parent = parentOf.get(row)?.row;
      const parentFact = parent && factAt(table, parent, base);
      const ofParent = parentFact && inUnitOf(part, parentFact)?.div(parentFact.interval);
      if (ofParent && reported.interval.distance(ofParent) === 0) continue;
      const f = check(out, "share", title, reported, computed, [part, wholeFact]);
      if (f) out.findings.push(f);
    }
  }
  return out;
}

/** The columns of the quantity a growth column compares: the same name in two periods, older first. */
function periodPairs(table: StructTable, col: StructColumn): [StructColumn, StructColumn][] {
  const candidates = table.columns.filter((c) => c.c < col.c && c.period && additive(c));
  const pairs: [StructColumn, StructColumn][] = [];
  for (const a of candidates) {
    for (const b of candidates) {
      if (a === b || a.name !== b.name || a.period!.key === b.period!.key || a.period!.order >= b.period!.order) continue;
      if (/较年初|比年初|年初/.test(col.parts.join("")) && !/opening|年初|期初/.test(a.period!.key + a.parts.join(""))) continue;
      pairs.push([a, b]);
    }
  }
  return pairs;
}

/** A growth column prints a rate (%) or an amount (an increase). */
const isRate = (table: StructTable, col: StructColumn) =>
  table.rows.some((r) => factAt(table, r, col)?.percent) || /率|幅|速|%|rate|yoy|growth/i.test(col.parts.join(" "));

/**
 * Growth columns (增长/增幅/同比/较年初/YoY): against the two periods of the same quantity to their
 * left — a rate (current − previous) ÷ previous, an amount current − previous. Where the pair is
 * ambiguous (总量 and 人均 in both periods), a figure fits if any pair explains it.
 */
export function growth(table: StructTable): StructuralOutcome {
  const out = outcome();
  for (const col of table.columns.filter((c) => c.measure === "growth" && !c.period)) {
    const pairs = periodPairs(table, col);
    const name = col.parts.join(" ");
    if (pairs.length === 0) {
      if (table.columns.filter((c) => c.period).length >= 2)
        notRun(out, "growth", { zh: `“${name}”：找不到两期同名数据`, en: `"${name}": no quantity printed for two periods` });
      continue;
    }
    const rate = isRate(table, col);
    ran(out, "growth", {
      zh: `“${name}”视为${pairs.map(([a, b]) => `“${b.parts.join(" ")}”较“${a.parts.join(" ")}”`).join("或")}的${rate ? "增长率" : "增加额"}`,
      en: `"${name}" read as the ${rate ? "growth rate" : "increase"} of ${pairs.map(([a, b]) => `"${b.parts.join(" ")}" over "${a.parts.join(" ")}"`).join(" or ")}`,
    });
    for (const row of table.rows) {
      const reported = factAt(table, row, col);
      if (!reported) continue;
      let best: { computed: Interval; related: Fact[]; gap: number } | undefined;
      for (const [a, b] of pairs) {
        const prev = factAt(table, row, a);
        const cur = factAt(table, row, b);
        if (!prev || !cur) continue;
        const curIn = inUnitOf(cur, prev);
        if (!curIn) continue;
        const diff = curIn.minus(prev.interval);
        const scale = scaleFor(prev, reported);
        const computed = rate ? diff.div(prev.interval) : scale === undefined ? undefined : diff.scale(scale);
        if (!computed) continue;
        const gap = reported.interval.distance(computed);
        if (!best || gap < best.gap) best = { computed, related: [cur, prev], gap };
      }
      if (!best) continue;
      const title = titleOf("growth", row);
      const f = check(out, "growth", title, reported, best.computed, best.related);
      if (f) out.findings.push(f);
    }
  }
  return out;
}

/** The headcount rows of a table or workbook: 员工人数, headcount … */
export function headcounts(tables: StructTable[]): Fact[] {
  const out: Fact[] = [];
  for (const t of tables) {
    for (const row of t.rows) {
      if (row.measure !== "headcount") continue;
      for (const col of t.columns) {
        const f = factAt(t, row, col);
        if (f && !f.percent) out.push(f);
      }
    }
  }
  return out;
}

/**
 * Per-capita columns (人均/per capita): each is the total beside it ÷ one headcount. With a headcount
 * in the workbook for the period, against it; without, every row must fit one headcount (the
 * intersection of what each implies), and a row that cannot is named with its implied headcount.
 */
export function perCapita(table: StructTable, known: Fact[]): StructuralOutcome {
  const out = outcome();
  for (const col of table.columns.filter((c) => c.measure === "perCapita")) {
    const base = baseColumn(table, col, (c) => additive(c) && c.measure !== "headcount");
    const name = col.parts.join(" ");
    if (!base) {
      notRun(out, "per-capita", { zh: `“${name}”旁没有总量列`, en: `no total column beside "${name}"` });
      continue;
    }
    const pairs: { row: StructRow; per: Fact; total: Fact; implied: Interval }[] = [];
    for (const row of table.rows) {
      if (row.measure === "headcount") continue;
      const per = factAt(table, row, col);
      const total = factAt(table, row, base);
      if (!per || !total || per.percent || total.percent) continue;
      // Per capita in another unit of the same quantity (千克 beside 吨): convert the total.
      const implied = total.interval.scale(scaleFor(total, per) ?? 1).div(per.interval);
      if (!implied) continue;
      pairs.push({ row, per, total, implied });
    }
    if (pairs.length === 0) continue;
    // A headcount printed in the same table; one elsewhere in the workbook may count other staff.
    const stated = known.find((h) => h.table === table && (h.col.period?.key ?? h.row.period?.key ?? "") === (col.period?.key ?? ""));
    if (stated) {
      ran(out, "per-capita", { zh: `“${name}”视为总量 ÷ 员工人数 ${stated.value}`, en: `"${name}" read as total ÷ headcount ${stated.value}` });
      for (const p of pairs) {
        const computed = p.total.interval.div(stated.interval);
        if (!computed) continue;
        const title = titleOf("per-capita", p.row);
        const f = check(out, "per-capita", title, p.per, computed.scale(scaleFor(p.total, p.per) ?? 1), [p.total, stated]);
        if (f) out.findings.push(f);
      }
      continue;
    }
    if (pairs.length < 2) {
      notRun(out, "per-capita", { zh: `“${name}”：只有一行可算，无法与其他行比较`, en: `"${name}": only one row to compare` });
      continue;
    }
    // The headcount most rows agree on: the widest set of rows whose implied intervals share a point.
    const agreed = consensus(pairs.map((p) => p.implied));
    const headcount = agreed.interval;
    ran(out, "per-capita", {
      zh: `“${name}”各行隐含的员工人数应一致（约 ${Math.round(headcount.mid).toLocaleString("en-US")} 人）`,
      en: `"${name}": every row implies one headcount (about ${Math.round(headcount.mid).toLocaleString("en-US")})`,
    });
    if (agreed.members.length * 2 <= pairs.length) continue; // no majority: nothing to say which row is wrong
    pairs.forEach((p, i) => {
      if (agreed.members.includes(i)) return;
      const computed = p.total.interval.div(headcount);
      if (!computed) return;
      const inPer = computed.scale(scaleFor(p.total, p.per) ?? 1);
      const implied = Math.round(p.implied.mid).toLocaleString("en-US");
      const title = titleOf("per-capita", p.row);
      const why: Bilingual = {
        zh: `其他行隐含员工约 ${Math.round(headcount.mid).toLocaleString("en-US")} 人，此行隐含约 ${implied} 人`,
        en: `the other rows imply about ${Math.round(headcount.mid).toLocaleString("en-US")} staff, this row about ${implied}`,
      };
      const f = check(out, "per-capita", title, p.per, inPer, [p.total], "error", why);
      if (f) out.findings.push(f);
    });
  }
  return out;
}

/** The largest group of intervals with a common point, and that common part. */
function consensus(intervals: Interval[]): { interval: Interval; members: number[] } {
  let best = { interval: intervals[0], members: [0] };
  const points = intervals.flatMap((i) => [i.lo, i.hi]);
  for (const x of points) {
    const members = intervals.map((iv, i) => (iv.lo <= x && x <= iv.hi ? i : -1)).filter((i) => i >= 0);
    if (members.length > best.members.length) {
      let lo = -Infinity;
      let hi = Infinity;
      for (const m of members) {
        lo = Math.max(lo, intervals[m].lo);
        hi = Math.min(hi, intervals[m].hi);
      }
      best = { interval: new Interval(lo, hi), members };
    }
  }
  return best;
}
