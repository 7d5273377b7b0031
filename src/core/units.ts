import { dec, Decimal } from "./decimal";
import { isFormulaError, Outcome, notAvailable, valueError } from "./errors";
import { ELECTRICITY_TO_COAL, STANDARD_COAL_LHV } from "./factors/heat-and-conversions";
import type { FactorRecord } from "./factors/types";
import { say, listNames } from "./messages";
import { NameIndex } from "./names";
import { ERRORS } from "./error-messages";

export type Dimension = "money" | "energy" | "coal" | "mass" | "volume";

export interface Unit {
  symbol: string;
  dimension: Dimension;
  /** Size in the dimension's base unit: 元, GJ, tce, t, m3. */
  scale: Decimal;
  /** Electricity units convert to standard coal with the 当量值, heat units with the LHV. */
  electric?: boolean;
}

const DEFINITIONS: [string, Dimension, string, string[], boolean?][] = [
  ["元", "money", "1", ["yuan", "cny", "rmb"]],
  ["万元", "money", "10000", ["10kyuan"]],
  ["亿元", "money", "100000000", ["100myuan"]],
  ["kWh", "energy", "0.0036", ["千瓦时", "度", "kw·h", "kwh"], true],
  ["MWh", "energy", "3.6", ["兆瓦时"], true],
  ["万kWh", "energy", "36", ["万千瓦时", "万度"], true],
  ["GWh", "energy", "3600", ["吉瓦时", "百万千瓦时"], true],
  ["MJ", "energy", "0.001", ["兆焦"]],
  ["GJ", "energy", "1", ["吉焦"]],
  ["TJ", "energy", "1000", ["太焦"]],
  ["kgce", "coal", "0.001", ["千克标准煤", "公斤标准煤"]],
  ["tce", "coal", "1", ["吨标准煤", "吨标煤", "标准煤", "标煤"]],
  ["万tce", "coal", "10000", ["万吨标准煤", "万吨标煤"]],
  ["kg", "mass", "0.001", ["千克", "公斤"]],
  ["t", "mass", "1", ["吨", "tonne", "tonnes", "ton"]],
  ["万t", "mass", "10000", ["万吨"]],
  ["L", "volume", "0.001", ["升", "litre", "liter", "litres", "liters"]],
  ["m3", "volume", "1", ["立方米", "m³", "方", "nm3", "标准立方米"]],
  ["万m3", "volume", "10000", ["万立方米", "万m³", "万方", "万nm3", "10^4m3", "10^4nm3"]],
];

export const UNITS = new NameIndex<Unit>();
for (const [symbol, dimension, scale, aliases, electric] of DEFINITIONS) {
  UNITS.add({ symbol, dimension, scale: dec(scale), electric }, symbol, aliases);
}

const DIMENSION_NAMES: Record<Dimension, string> = {
  money: "货币 money",
  energy: "能量 energy",
  coal: "标准煤 standard coal",
  mass: "质量 mass",
  volume: "体积 volume",
};

function unitsOf(dimension: Dimension): string[] {
  return UNITS.displayNames.filter((name) => UNITS.get(name)!.dimension === dimension);
}

/** The units by kind of quantity, for help text. */
export const UNIT_GROUPS = (Object.keys(DIMENSION_NAMES) as Dimension[]).map((dimension) => {
  const [zh, ...en] = DIMENSION_NAMES[dimension].split(" ");
  return { dimension, zh, en: en.join(" "), units: unitsOf(dimension) };
});

/** A unit by any of its names; the error lists `accepted` (default: every unit). */
export function findUnit(text: string, parameter: string, accepted: readonly string[] = UNITS.displayNames): Outcome<Unit> {
  const unit = UNITS.get(text);
  if (unit) return unit;
  return notAvailable(say(ERRORS["units.unknown"](parameter, text)) + `. 可选 accepted: ${listNames(accepted)}`);
}

export interface Conversion {
  value: Decimal;
  /** The cited coefficient used when standard coal is involved. */
  coefficient?: FactorRecord;
}

/** value (in `from`) expressed in `to`. Standard coal converts only through a cited coefficient. */
export function convert(value: Decimal, from: Unit, to: Unit): Outcome<Conversion> {
  if (from.dimension === to.dimension) {
    return { value: value.times(from.scale).div(to.scale) };
  }
  const pair = new Set([from.dimension, to.dimension]);
  if (pair.has("coal") && pair.has("energy")) {
    const energy = from.dimension === "energy" ? from : to;
    // GJ per tce: 29.307 for heat units; electricity by the 当量值 0.1229 kgce/kWh.
    const coefficient = energy.electric ? ELECTRICITY_TO_COAL : STANDARD_COAL_LHV;
    const gjPerTce = energy.electric ? dec("0.0036").div(dec(ELECTRICITY_TO_COAL.value).div(1000)) : dec(STANDARD_COAL_LHV.value);
    const inBase = value.times(from.scale);
    const converted = from.dimension === "coal" ? inBase.times(gjPerTce) : inBase.div(gjPerTce);
    return { value: converted.div(to.scale), coefficient };
  }
  return valueError(
    say(ERRORS["units.dimension"]({ zh: DIMENSION_NAMES[from.dimension], en: from.symbol }, { zh: DIMENSION_NAMES[to.dimension], en: to.symbol })) +
      `. ${from.symbol} → ${listNames(unitsOf(from.dimension))}`,
  );
}

/** CONVERT_UNIT: any finite value (changes may be negative); dimensions must match, or coal ↔ energy via a cited coefficient. */
export function convertUnits(value: number, fromText: string, toText: string): Outcome<{ value: Decimal; factors: FactorRecord[] }> {
  const from = findUnit(fromText, "from");
  if (isFormulaError(from)) return from;
  const to = findUnit(toText, "to");
  if (isFormulaError(to)) return to;
  const result = convert(dec(value), from, to);
  if (isFormulaError(result)) return result;
  return { value: result.value, factors: result.coefficient ? [result.coefficient] : [] };
}
