import { intervalOf } from "../cells";
import { Interval } from "../interval";
import { PrintedUnit, resolveUnit, scaleBetween } from "../units";
import type { StructColumn, StructRow, StructTable } from "./table";
import { readFigure } from "./table";

/** An emission factor's unit: mass of CO2 per unit of activity ("kgCO2/kWh", "吨二氧化碳/万千瓦时"). */
export interface CompoundUnit {
  text: string;
  mass: PrintedUnit;
  per: PrintedUnit;
}

const CO2 = /\s*(?:co2e?|co₂e?|二氧化碳(?:当量)?|碳)\s*$/i;

const COMPOUND = new Map<string, CompoundUnit | null>();

export function compoundUnit(text: string | undefined): CompoundUnit | undefined {
  if (!text) return undefined;
  // Every label of a table is asked whether it is a unit: answered once per text.
  const known = COMPOUND.get(text);
  if (known !== undefined) return known ?? undefined;
  const unit = parseCompound(text);
  if (COMPOUND.size < 50_000) COMPOUND.set(text, unit ?? null);
  return unit;
}

function parseCompound(text: string): CompoundUnit | undefined {
  const t = text.normalize("NFKC").trim();
  const slash = t.split(/[/／]|每/);
  if (slash.length !== 2) return undefined;
  const mass = resolveUnit(slash[0].replace(CO2, "").trim());
  const per = resolveUnit(slash[1].trim());
  if (!mass || !per || mass.dimension !== "mass" || per.symbol === "count") return undefined;
  return { text: t, mass, per };
}

/**
 * A figure of a table: where it is, the interval its printed digits stand for, and its unit. A
 * percentage is a fraction (3.70 % is 0.037), whichever way it was printed.
 */
export interface Fact {
  table: StructTable;
  row: StructRow;
  col: StructColumn;
  address: string;
  interval: Interval;
  value: number;
  decimals: number;
  unit?: PrintedUnit;
  unitText?: string;
  /** A factor's compound unit (kgCO2/kWh), when the figure is one. */
  compound?: CompoundUnit;
  percent: boolean;
}

const PERCENTS = new WeakMap<StructTable, Map<number, boolean>>();

/** A share or growth column printed without "%" and without a percent format: fractions if every figure is at most 1.5. */
function fractionColumn(table: StructTable, col: StructColumn): boolean {
  let byCol = PERCENTS.get(table);
  if (!byCol) PERCENTS.set(table, (byCol = new Map()));
  let known = byCol.get(col.c);
  if (known === undefined) {
    known = true;
    for (const row of table.rows) {
      const r = readFigure(table.grid.own(row.r, col.c));
      if (r.kind === "number" && !r.percentFormat && Math.abs(r.value) > 1.5) known = false;
    }
    byCol.set(col.c, known);
  }
  return known;
}

const FACTS = new WeakMap<StructTable, Map<string, Fact | null>>();

/** The figure at a row and column, or undefined where the cell holds no number. */
export function factAt(table: StructTable, row: StructRow, col: StructColumn): Fact | undefined {
  let cache = FACTS.get(table);
  if (!cache) FACTS.set(table, (cache = new Map()));
  const key = `${row.r}:${col.c}`;
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  const fact = readFact(table, row, col);
  cache.set(key, fact ?? null);
  return fact;
}

function readFact(table: StructTable, row: StructRow, col: StructColumn): Fact | undefined {
  const reading = readFigure(table.grid.own(row.r, col.c));
  if (reading.kind !== "number") return undefined;
  const ratio = col.measure === "share" || col.measure === "growth" || row.measure === "share" || (row.measure === "growth" && !col.unit);
  const tableUnit = ratio && table.units.includes("%") ? "%" : table.units.find((u) => u !== "%" && !compoundUnit(u));
  // A share or growth column's figures are ratios whatever unit the row's amounts are in ("用电量（千瓦时）").
  const rowUnit = (u: string | undefined) => (ratio && col.measure !== "value" && resolveUnit(u)?.dimension !== "percent" ? undefined : u);
  const unitText = reading.unit ?? (ratio && col.unit ? col.unit : undefined) ?? rowUnit(row.labelUnit) ?? col.unit ?? rowUnit(row.unit) ?? tableUnit;
  const compound =
    compoundUnit(row.labelUnit) ??
    compoundUnit(col.unit) ??
    (col.unit ? undefined : compoundUnit(row.unit)) ??
    (col.measure === "factor" ? compoundUnit(table.units.find((u) => compoundUnit(u))) : undefined);
  const unit = compound ? undefined : resolveUnit(unitText);
  const percentUnit = unit?.dimension === "percent";
  let interval: Interval;
  let percent = reading.percentFormat || percentUnit;
  if (reading.percentFormat) interval = intervalOf(reading, false);
  else if (percentUnit) interval = intervalOf(reading, true);
  else if (ratio && !unit && fractionColumn(table, col)) {
    percent = true;
    interval = intervalOf(reading, false);
  } else if (ratio && !unit) {
    percent = true;
    interval = intervalOf(reading, true);
  } else if (unit?.symbol === "count" && reading.decimals === 0 && Number.isInteger(reading.value)) interval = Interval.exact(reading.value);
  else interval = intervalOf(reading, false);
  return {
    table,
    row,
    col,
    address: table.grid.address(row.r, col.c),
    interval,
    value: reading.value,
    decimals: reading.decimals,
    unit: percent ? undefined : unit,
    unitText: percent ? "%" : compound ? compound.text : unitText,
    compound,
    percent,
  };
}

/** The factor from one fact's unit to another's (1 where neither states one); undefined across dimensions. */
export function scaleFor(from: Fact, to: Fact): number | undefined {
  if (from.percent || to.percent) return from.percent === to.percent ? 1 : undefined;
  if (!from.unit || !to.unit) return !from.unit && !to.unit ? 1 : undefined;
  return scaleBetween(from.unit, to.unit);
}

/** The fact's interval in another fact's unit; undefined when they measure different things. */
export function inUnitOf(fact: Fact, target: Fact): Interval | undefined {
  const scale = scaleFor(fact, target);
  return scale === undefined ? undefined : fact.interval.scale(scale);
}
