import { Interval } from "../interval";
import { scaleBetween } from "../units";
import { dictionaryItem } from "../facts/dictionary";
import { Fact, factAt, inUnitOf } from "../structure/quantities";
import type { StructColumn, StructRow, StructTable } from "../structure/table";
import { isGenericName } from "../structure/words";
import { check, labelOf, notRun, outcome, ran, StructuralOutcome, titleOf } from "./common";

/**
 * Emission worksheets: activity × stated factor = emission on every row, each in its own unit
 * (万千瓦时 against a factor in kgCO2/kWh, an emission in tCO2).
 */
export function activityTimesFactor(table: StructTable): StructuralOutcome {
  const out = outcome();
  const activity = table.columns.find((c) => c.measure === "activity");
  const factor = table.columns.find((c) => c.measure === "factor");
  const emission = table.columns.find((c) => c.measure === "emission" && c.c > (factor?.c ?? -1));
  if (!activity || !factor || !emission) return out;
  let compared = 0;
  for (const row of table.rows) {
    const a = factAt(table, row, activity);
    const f = factAt(table, row, factor);
    const e = factAt(table, row, emission);
    if (!a || !f || !e) continue;
    const computed = product(a, f, e);
    if (!computed) {
      notRun(out, "activity-factor", {
        zh: `${labelOf(row)}：活动数据（${a.unitText ?? "未注明"}）、因子（${f.unitText ?? "未注明"}）与排放量（${e.unitText ?? "未注明"}）的单位无法换算`,
        en: `${labelOf(row)}: the units of activity (${a.unitText ?? "none"}), factor (${f.unitText ?? "none"}) and emission (${e.unitText ?? "none"}) do not convert`,
      });
      continue;
    }
    compared++;
    const title = titleOf("activity-factor", row);
    const finding = check(out, "activity-factor", title, e, computed, [a, f]);
    if (finding) out.findings.push(finding);
  }
  if (compared > 0)
    ran(out, "activity-factor", {
      zh: `“${emission.parts.join(" ")}”视为“${activity.parts.join(" ")}” × “${factor.parts.join(" ")}”（${compared} 行）`,
      en: `"${emission.parts.join(" ")}" read as "${activity.parts.join(" ")}" × "${factor.parts.join(" ")}" (${compared} rows)`,
    });
  return out;
}

/** activity × factor in the emission's unit; with no unit stated anywhere, the three are taken to agree. */
function product(a: Fact, f: Fact, e: Fact): Interval | undefined {
  if (f.compound) {
    if (!a.unit || !e.unit) return undefined;
    const toPer = scaleBetween(a.unit, f.compound.per);
    const toEmission = scaleBetween(f.compound.mass, e.unit);
    if (toPer === undefined || toEmission === undefined) return undefined;
    return a.interval.scale(toPer).times(f.interval).scale(toEmission);
  }
  if (a.unitText || f.unitText || e.unitText) return undefined;
  return a.interval.times(f.interval);
}

const COLUMN_KEYS = new WeakMap<StructColumn, string>();

/** The column's name tells figures apart only where another column of the period could hold the same item. */
function columnKey(table: StructTable, col: StructColumn): string {
  let key = COLUMN_KEYS.get(col);
  if (key === undefined) {
    const alone = !table.columns.some((c) => c !== col && c.measure === col.measure && (c.period?.key ?? "") === (col.period?.key ?? ""));
    COLUMN_KEYS.set(col, (key = alone ? "" : `${col.group}/${col.name}`));
  }
  return key;
}

const ITEMS = new WeakMap<StructRow, string | null>();

/** The item a row names across tables (the dictionary's, else its label path), worked out once per row. */
function itemOf(row: StructRow): string | undefined {
  const known = ITEMS.get(row);
  if (known !== undefined) return known ?? undefined;
  let item: string | undefined;
  // A total with a name ("绿色贷款合计", "Green loans total") is that item; a bare 合计 is no item.
  const raw = row.total ? row.raw.replace(/\s*(?:合\s*计|总\s*计|小\s*计|\btotal\b)\s*/gi, " ").trim() : row.raw;
  if (!row.ofWhich && !(row.total && (raw === "" || row.parts))) {
    const name = row.total ? raw.toLowerCase().replace(/\s+/g, "") : row.name;
    // "较年初增加额", "占比" name no subject of their own: they refer to the row above, so they are no item across tables.
    const relative = /^(?:较年初|较上年|比年初|比上年|同比|环比|增加|增长|增幅|增速|新增|占比|比重|比例|人均|其中)/.test(name);
    item = dictionaryItem(raw)?.id ?? (isGenericName(name) || relative ? undefined : `${row.path.join("/")}/${name}`);
  }
  ITEMS.set(row, item ?? null);
  return item;
}

/** The key a figure is known by across tables: its item, its column's name where needed, its period. */
function factKey(table: StructTable, row: StructRow, col: StructColumn): string | undefined {
  if (col.measure === "growth" || col.measure === "share") return undefined;
  const item = itemOf(row);
  if (!item) return undefined;
  const period = col.period?.key ?? row.period?.key ?? table.period?.key ?? "";
  return `${item}|${columnKey(table, col)}|${period}|${col.measure}`;
}

/**
 * Tie-outs: a figure printed in two tables (the same item, column and period) is the same figure,
 * converted between their units (亿元 in one, 万元 in the other). Reported at the later table.
 */
export function tieOuts(tables: StructTable[]): Map<StructTable, StructuralOutcome> {
  const results = new Map<StructTable, StructuralOutcome>(tables.map((t) => [t, outcome()]));
  const seen = new Map<string, Fact>();
  for (const table of tables) {
    const keysHere = new Map<string, Fact>();
    for (const row of table.rows) {
      for (const col of table.columns) {
        const key = factKey(table, row, col);
        const fact = key && factAt(table, row, col);
        if (!key || !fact) continue;
        if (keysHere.has(key)) keysHere.set(key, null as unknown as Fact);
        else keysHere.set(key, fact);
      }
    }
    for (const [key, fact] of keysHere) {
      if (!fact) continue; // the same key twice in one table: not one figure
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, fact);
        continue;
      }
      const converted = inUnitOf(earlier, fact);
      if (!converted) continue;
      const out = results.get(table)!;
      ran(out, "tie-out", {
        zh: `“${labelOf(fact.row)}”与 ${earlier.table.sheet}!${earlier.address} 视为同一数据`,
        en: `"${labelOf(fact.row)}" read as the same figure as ${earlier.table.sheet}!${earlier.address}`,
      });
      const title = titleOf("tie-out", fact.row);
      const f = check(out, "tie-out", title, fact, converted, [earlier]);
      if (f) out.findings.push(f);
    }
  }
  return results;
}
