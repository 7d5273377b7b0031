import { dictionaryItem, INDICATORS } from "../facts/dictionary";
import { Interval } from "../interval";
import { Fact, factAt, inUnitOf, scaleFor } from "../structure/quantities";
import type { StructColumn, StructRow, StructTable } from "../structure/table";
import { check, outcome, ran, StructuralOutcome, titleOf } from "./common";

/**
 * Relations an indicator list states in its labels: "绿色贷款占各项贷款比重" is one row ÷ another,
 * "…增速" the increase ÷ the opening balance, "人均…" a figure ÷ the headcount. Rows are found by the
 * dictionary's names or by the words the label itself uses.
 */
type Relation =
  { kind: "share"; part: string; whole?: string } | { kind: "growth"; of: string } | { kind: "increase"; of: string } | { kind: "perCapita"; of: string };

const base = (name: string) => name.replace(/(?:余额|总额|金额|总量|总数|数额)$/, "");

function relationOf(row: StructRow): Relation | undefined {
  const item = dictionaryItem(row.raw);
  if (item?.share) return { kind: "share", part: item.share.part, whole: item.share.whole };
  if (item?.growthOf) return { kind: "growth", of: item.growthOf };
  if (item?.increaseOf) return { kind: "increase", of: item.increaseOf };
  const n = row.name.replace(/^其中[:：]?/, "");
  let m = n.match(/^(.+?)占(.+?)(?:的)?(?:占比|比重|比例|比)$/);
  if (m) return { kind: "share", part: m[1], whole: m[2] };
  m = n.match(/^(.+?)(?:较年初|比年初|同比|较上年末?|比上年末?)?(?:增速|增长率|增幅)$/);
  if (m) return { kind: "growth", of: m[1] };
  m = n.match(/^(.+?)(?:较年初|比年初|较上年末?|比上年末?)(?:增加|新增|增长)(?:额)?$/) ?? n.match(/^(.+?)(?:增加额|新增额|增量)$/);
  if (m) return { kind: "increase", of: m[1] };
  m = n.match(/^人均(.+)$/);
  if (m) return { kind: "perCapita", of: m[1] };
  return undefined;
}

/**
 * The row a name points at: the dictionary's item, else the same words (without 余额/总额/…) or a row whose name ends
 * with them ("对公表内绿色信贷余额" for "绿色信贷余额" in an 其中 line under it) — the nearest above first, as a reader
 * takes "其中：绿色信贷余额占比" to speak of the rows just above it.
 */
function findRow(table: StructTable, key: string, except: StructRow): StructRow | undefined {
  const at = table.rows.indexOf(except);
  const byDistance = table.rows
    .map((r, i) => ({ r, d: i < at ? at - i : 1000 + i - at }))
    .filter(({ r }) => r !== except && !relationOf(r))
    .sort((a, b) => a.d - b.d)
    .map(({ r }) => r);
  const item = INDICATORS.find((i) => i.id === key) ?? dictionaryItem(key);
  const k = item && INDICATORS.some((i) => i.id === key) ? "" : base(key.replace(/^其中[:：]?/, ""));
  return byDistance.find((r) => (item && dictionaryItem(r.raw)?.id === item.id) || (k.length >= 2 && base(r.name).endsWith(k)));
}

const valueColumns = (table: StructTable) => table.columns.filter((c) => c.measure !== "growth" && c.measure !== "share");

/** The column of the previous period, for a quantity printed in two period columns. */
function previousColumn(table: StructTable, col: StructColumn): StructColumn | undefined {
  if (!col.period) return undefined;
  const earlier = table.columns.filter((c) => c.period && c.period.order < col.period!.order && c.name === col.name);
  return earlier.sort((a, b) => b.period!.order - a.period!.order)[0];
}

export function namedRelations(table: StructTable, headcounts: Fact[]): StructuralOutcome {
  const out = outcome();
  let compared = 0;
  for (const row of table.rows) {
    const relation = relationOf(row);
    if (!relation) continue;
    for (const col of valueColumns(table)) {
      const reported = factAt(table, row, col);
      if (!reported) continue;
      const result = evaluate(table, row, col, relation, reported, headcounts);
      if (!result) continue;
      compared++;
      const title = titleOf("named", row);
      const f = check(out, "named", title, reported, result.computed, result.related);
      if (f) out.findings.push(f);
    }
  }
  if (compared > 0)
    ran(out, "named", { zh: `${compared} 个指标按其名称与其他指标核对`, en: `${compared} indicators checked against the ones their names refer to` });
  return out;
}

function evaluate(
  table: StructTable,
  row: StructRow,
  col: StructColumn,
  relation: Relation,
  reported: Fact,
  headcounts: Fact[],
): { computed: Interval; related: Fact[] } | undefined {
  const fact = (r: StructRow | undefined, c: StructColumn = col) => (r ? factAt(table, r, c) : undefined);
  switch (relation.kind) {
    case "share": {
      const partRow = findRow(table, relation.part, row);
      const wholeRow = relation.whole ? findRow(table, relation.whole, row) : undefined;
      // A label naming one row as both part and whole ("绿色信贷余额占零售绿色信贷余额比") states no relation to check.
      if (partRow === wholeRow) return undefined;
      const part = fact(partRow);
      const whole = fact(wholeRow);
      if (!part || !whole || !reported.percent) return undefined;
      const partIn = inUnitOf(part, whole);
      const computed = partIn?.div(whole.interval);
      return computed && { computed, related: [part, whole] };
    }
    case "growth": {
      const of = findRow(table, relation.of, row);
      const current = fact(of);
      if (!current || !reported.percent) return undefined;
      const increaseRow = table.rows.find((r) => {
        const rel = r !== row ? relationOf(r) : undefined;
        return rel?.kind === "increase" && findRow(table, rel.of, r) === of;
      });
      const increase = fact(increaseRow);
      if (increase) {
        const inc = inUnitOf(increase, current);
        const opening = inc && current.interval.minus(inc);
        const computed = inc && opening ? inc.div(opening) : undefined;
        return computed && { computed, related: [increase, current] };
      }
      const prevCol = previousColumn(table, col);
      const previous = prevCol && fact(of, prevCol);
      if (!previous) return undefined;
      const cur = inUnitOf(current, previous);
      const computed = cur?.minus(previous.interval).div(previous.interval);
      return computed && { computed, related: [current, previous] };
    }
    case "increase": {
      const of = findRow(table, relation.of, row);
      const prevCol = previousColumn(table, col);
      const current = fact(of);
      const previous = prevCol && fact(of, prevCol);
      if (!current || !previous || reported.percent) return undefined;
      const cur = inUnitOf(current, previous);
      const scale = scaleFor(previous, reported);
      const computed = cur && scale !== undefined ? cur.minus(previous.interval).scale(scale) : undefined;
      return computed && { computed, related: [current, previous] };
    }
    case "perCapita": {
      const total = fact(findRow(table, relation.of, row));
      const period = col.period?.key ?? table.period?.key ?? "";
      const inTable = table.rows.find((r) => r.measure === "headcount");
      const headcount = fact(inTable) ?? headcounts.find((h) => (h.col.period?.key ?? h.table.period?.key ?? "") === period);
      if (!total || !headcount || reported.percent) return undefined;
      const computed = total.interval.div(headcount.interval)?.scale(scaleFor(total, reported) ?? 1);
      return computed && { computed, related: [total, headcount] };
    }
  }
}
