import { dec, Decimal } from "../core/decimal";
import { isFormulaError } from "../core/errors";
import { NameIndex } from "../core/names";
import { findUnit, Unit, UNITS } from "../core/units";
import { simplified } from "./script";

/** Units as disclosure tables print them, beyond the core's: 吨二氧化碳当量 is tonnes, 人次 a count. */
const COUNT = { symbol: "count", dimension: "count", scale: dec(1) } as const;
const EXTRA = new NameIndex<Unit | typeof COUNT>()
  .add(UNITS.get("t")!, "吨二氧化碳当量", ["tco2e", "tco2", "吨co2", "吨co2e", "吨二氧化碳", "吨二氧化碳当量/人", "tco2e/人", "吨/人"])
  .add(UNITS.get("亿元")!, "亿元", ["100 million yuan", "100 million", "hundred million yuan", "100m yuan", "rmb 100 million", "cny 100 million", "rmb100m"])
  .add(UNITS.get("万元")!, "万元", ["10 thousand yuan", "ten thousand yuan", "10,000 yuan", "rmb 10,000", "cny 10,000", "rmb10k", "10k yuan"])
  .add(UNITS.get("元")!, "元", ["yuan", "rmb", "cny"])
  .add(UNITS.get("kWh")!, "kWh", ["kilowatt hours", "kilowatt-hours"])
  .add(UNITS.get("万t")!, "万吨", ["10,000 t", "10,000 tonnes", "10,000 tons", "10 thousand tonnes", "ten thousand tonnes"])
  .add(UNITS.get("万kWh")!, "万千瓦时", ["10,000 kwh", "10 thousand kwh"])
  // Paper is counted in sheets, packs, boxes or reams as often as weighed.
  .add(COUNT, "个", ["人次", "户", "笔", "家", "人", "次", "名", "辆", "张", "包", "箱", "令"]);

export type PrintedUnit = Unit | typeof COUNT | { symbol: "%"; dimension: "percent"; scale: Decimal };
const PERCENT: PrintedUnit = { symbol: "%", dimension: "percent", scale: dec(1) };

const RESOLVED = new Map<string, PrintedUnit | undefined>();

/** A printed unit by any of its names; cached, since a ledger prints the same few units on every row. */
export function resolveUnit(text: string | undefined): PrintedUnit | undefined {
  if (!text) return undefined;
  if (RESOLVED.has(text)) return RESOLVED.get(text);
  const unit = lookupUnit(text);
  if (RESOLVED.size < 10_000) RESOLVED.set(text, unit);
  return unit;
}

function lookupUnit(text: string): PrintedUnit | undefined {
  const t = simplified(text.normalize("NFKC").trim()).replace(/^人民币|人民币$/, "");
  if (t === "%" || t === "％" || t === "百分比") return PERCENT;
  const extra = EXTRA.get(t);
  if (extra) return extra;
  const unit = findUnit(t, "unit");
  return isFormulaError(unit) ? undefined : unit;
}

const SCALES = new Map<PrintedUnit, Map<PrintedUnit, number | undefined>>();

/** Multiplier from the printed unit to the template's, or undefined when they measure different things. */
export function scaleBetween(printed: PrintedUnit, expected: PrintedUnit): number | undefined {
  let row = SCALES.get(printed);
  if (!row) SCALES.set(printed, (row = new Map()));
  if (!row.has(expected)) row.set(expected, printed.dimension === expected.dimension ? printed.scale.div(expected.scale).toNumber() : undefined);
  return row.get(expected);
}
