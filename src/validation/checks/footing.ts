import type { Bilingual } from "../../core/messages";
import { Interval, IntervalSum } from "../interval";
import { parents } from "../structure/hierarchy";
import { Fact, factAt, inUnitOf } from "../structure/quantities";
import { readFigure, StructColumn, StructRow, StructTable } from "../structure/table";
import { isOfWhich } from "../structure/words";
import { check, labelOf, namesPart, notRun, outcome, ran, rowsText, StructuralOutcome, titleOf } from "./common";

/** Columns whose figures add up down a table (not shares, rates, growth, per-capita or factors). */
export function additive(col: StructColumn): boolean {
  return col.measure === "value" || col.measure === "emission" || col.measure === "activity" || col.measure === "headcount";
}

const rowAdds = (row: StructRow) => row.measure !== "share" && row.measure !== "growth" && row.measure !== "perCapita" && row.measure !== "factor";

/** A cell that adds nothing: empty, or "—"/"/" where an item had none. */
function nothing(table: StructTable, row: StructRow, col: StructColumn): boolean {
  const kind = readFigure(table.grid.own(row.r, col.c)).kind;
  return kind === "empty" || kind === "marker";
}

/**
 * The rows a total adds up, from the table's own structure: the parts it names ("Scope 1 + 2"); the
 * 小计 rows of its groups and the rows outside them; else the top-level rows before it since the last
 * total (or after it, when it stands at the top). 其中 items and nested rows are never parts.
 */
function partsOf(table: StructTable, index: number, col: StructColumn): StructRow[] {
  const rows = table.rows;
  const total = rows[index];
  const parentOf = parents(table);
  // A parent without a figure in this column (a group heading) passes its children up.
  const topLevel = (row: StructRow) => {
    for (let p = parentOf.get(row); p; p = parentOf.get(p.row)) {
      if (p.nesting === "of-which") return false;
      if (factAt(table, p.row, col) || !nothing(table, p.row, col)) return false;
    }
    return !row.total && !row.ofWhich && rowAdds(row) && !(total.path[0] && row.path[0] !== total.path[0] && total.total === "subtotal");
  };
  if (total.parts) {
    const named = total.parts.map((p) => rows.find((r) => r !== total && !r.parts && namesPart(r, p)));
    return named.every(Boolean) ? (named as StructRow[]) : [];
  }
  // Before the total, back to the previous total of its rank.
  const before: StructRow[] = [];
  for (let k = index - 1; k >= 0; k--) {
    const r = rows[k];
    if (r.total === "total" || (total.total === "subtotal" && r.total === "subtotal")) break;
    before.unshift(r);
  }
  if (total.total === "total" && before.some((r) => r.total === "subtotal")) {
    // 总计 over 小计s: each 小计 and the rows no 小计 covers.
    const out: StructRow[] = [];
    let group: StructRow[] = [];
    for (const r of before) {
      if (r.total === "subtotal") {
        out.push(r);
        group = [];
      } else if (topLevel(r)) group.push(r);
    }
    return [...out, ...group];
  }
  const parts = before.filter(topLevel);
  if (parts.length > 0) return parts;
  // A total at the top: the rows after it, up to the next total.
  const after: StructRow[] = [];
  for (let k = index + 1; k < rows.length; k++) {
    if (rows[k].total) break;
    if (topLevel(rows[k])) after.push(rows[k]);
  }
  return after;
}

/** Σ parts in the total's unit; a part that is text, or in a unit that does not convert, stops the check. */
function addUp(table: StructTable, parts: StructRow[], col: StructColumn, reported: Fact): { sum: Interval; facts: Fact[] } | Bilingual {
  const sum = new IntervalSum();
  const facts: Fact[] = [];
  for (const part of parts) {
    const fact = factAt(table, part, col);
    if (!fact) {
      if (nothing(table, part, col)) continue;
      return { zh: `“${labelOf(part)}”不是数字`, en: `"${labelOf(part)}" is not a number` };
    }
    const converted = inUnitOf(fact, reported);
    if (!converted)
      return {
        zh: `“${labelOf(part)}”的单位（${fact.unitText ?? "未注明"}）与合计不同`,
        en: `"${labelOf(part)}" is in another unit (${fact.unitText ?? "none stated"})`,
      };
    sum.add(converted);
    facts.push(fact);
  }
  return { sum: sum.interval, facts };
}

/** The rows of the table a 续表 continues, in the column of the same place, for its total. */
function continuedParts(table: StructTable, col: StructColumn, reported: Fact): { sum: Interval; facts: Fact[] } | Bilingual | undefined {
  const before = table.continues;
  if (!before) return undefined;
  const same = before.columns[table.columns.indexOf(col)];
  if (!same) return undefined;
  const rows = before.rows.filter((r) => !r.total && !r.ofWhich && parents(before).get(r) === undefined);
  return addUp(before, rows, same, reported);
}

/** Footing: every 合计/小计/总计/Total row is the sum of its items, in every additive column. */
export function footing(table: StructTable): StructuralOutcome {
  const out = outcome();
  const columns = table.columns.filter(additive);
  table.rows.forEach((row, index) => {
    if (!row.total || !rowAdds(row)) return;
    for (const col of columns) {
      const reported = factAt(table, row, col);
      if (!reported || reported.percent) continue;
      const parts = partsOf(table, index, col);
      const where = `${labelOf(row)} · ${col.parts.join(" ") || col.name}`;
      if (parts.length === 0) {
        notRun(out, "footing", { zh: `${where}：找不到它所合计的行`, en: `${where}: no rows for it to add up` });
        continue;
      }
      const added = addUp(table, parts, col, reported);
      // A total closing a continued table (续表) adds the rows of the part before it too.
      const earlier = row.total === "total" && index > 0 ? continuedParts(table, col, reported) : undefined;
      if (!("sum" in added) || (earlier && !("sum" in earlier))) {
        const why = !("sum" in added) ? added : (earlier as Bilingual);
        notRun(out, "footing", { zh: `${where}：${why.zh}`, en: `${where}: ${why.en}` });
        continue;
      }
      const facts = [...(earlier && "sum" in earlier ? earlier.facts : []), ...added.facts];
      const sum = earlier && "sum" in earlier ? earlier.sum.plus(added.sum) : added.sum;
      if (facts.length === 0) continue;
      const rowsSaid = rowsText(parts, table);
      const before =
        earlier && "sum" in earlier
          ? { zh: `及 ${table.continues!.sheet}!${table.continues!.range} 各行`, en: ` and the rows of ${table.continues!.sheet}!${table.continues!.range}` }
          : { zh: "", en: "" };
      ran(out, "footing", {
        zh: `“${labelOf(row)}”视为${rowsSaid.zh}${before.zh}之和（${col.parts.join(" ") || "数值"}）`,
        en: `"${labelOf(row)}" read as the sum of ${rowsSaid.en}${before.en} (${col.parts.join(" ") || "value"})`,
      });
      const title = titleOf("footing", row);
      const f = check(out, "footing", title, reported, sum, facts);
      if (f) out.findings.push(f);
    }
  });
  return out;
}

/** Cross-footing: a column headed 合计/Total is the sum of the other columns of its group and period, row by row. */
export function crossFooting(table: StructTable): StructuralOutcome {
  const out = outcome();
  for (const total of table.columns.filter((c) => c.total && additive(c))) {
    const siblings = table.columns.filter(
      (c) =>
        c !== total &&
        !c.total &&
        additive(c) &&
        c.group === total.group &&
        (c.period?.key ?? "") === (total.period?.key ?? "") &&
        !isOfWhich(c.parts[c.parts.length - 1] ?? ""),
    );
    if (siblings.length < 2) continue;
    ran(out, "cross-footing", {
      zh: `“${total.parts.join(" ")}”视为 ${siblings.map((c) => c.name).join("、")} 之和`,
      en: `"${total.parts.join(" ")}" read as the sum of ${siblings.map((c) => c.name).join(", ")}`,
    });
    for (const row of table.rows) {
      const reported = factAt(table, row, total);
      if (!reported || reported.percent) continue;
      const sum = new IntervalSum();
      const facts: Fact[] = [];
      let usable = true;
      for (const c of siblings) {
        const f = factAt(table, row, c);
        if (!f) {
          if (!nothing(table, row, c)) usable = false;
          continue;
        }
        const converted = inUnitOf(f, reported);
        if (!converted) usable = false;
        else {
          sum.add(converted);
          facts.push(f);
        }
      }
      if (!usable || facts.length === 0) continue;
      const title = titleOf("cross-footing", row);
      const f = check(out, "cross-footing", title, reported, sum.interval, facts);
      if (f) out.findings.push(f);
    }
  }
  return out;
}

/** 其中 items and nested rows: none exceeds its parent (they need not add up to it). */
export function ofWhich(table: StructTable): StructuralOutcome {
  const out = outcome();
  const parentOf = parents(table);
  let checked = 0;
  for (const row of table.rows) {
    const parent = parentOf.get(row);
    if (!parent || !rowAdds(row) || !rowAdds(parent.row)) continue;
    for (const col of table.columns.filter(additive)) {
      const item = factAt(table, row, col);
      const whole = factAt(table, parent.row, col);
      if (!item || !whole || item.percent) continue;
      const converted = inUnitOf(item, whole);
      if (!converted || converted.lo < 0 || whole.interval.lo < 0) continue;
      checked++;
      if (converted.lo <= whole.interval.hi) continue;
      const title = titleOf("of-which", row);
      // The bound is the parent: the item may be at most its value.
      const f = check(out, "of-which", title, item, new Interval(Math.min(0, whole.interval.lo), whole.interval.hi), [whole], "error", {
        zh: `不能大于“${labelOf(parent.row)}”`,
        en: `it cannot exceed "${labelOf(parent.row)}"`,
      });
      if (f) out.findings.push(f);
    }
  }
  if (checked > 0)
    ran(out, "of-which", { zh: `${checked} 个“其中”或下级项与其所属项比较`, en: `${checked} nested or “of which” figures compared with their parents` });
  return out;
}
