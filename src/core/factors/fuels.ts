import { CITATIONS } from "./citations";
import type { FactorRecord, Verification } from "./types";
import { NameIndex } from "../names";

/**
 * Fuel combustion parameters: CO2 = AD × NCV × CC × OF × 44/12.
 * Two parameter sets are kept as explicit, labelled options; they differ by up to 4 % for
 * gasoline and diesel (domain-reference.md e.1).
 */

export type ParameterSet = "A" | "B";
export const PARAMETER_SETS: readonly ParameterSet[] = ["A", "B"];

/** How the activity data of a fuel is measured in the parameter tables. */
export type FuelBasis = "mass" | "gas-volume";

export interface Fuel {
  id: string;
  chinese: string;
  english: string;
  basis: FuelBasis;
}

type Param = [value: string, unit: string, verification: Verification];

interface FuelParameters {
  ncv: Param;
  carbonContent: Param;
  oxidation: Param;
  /** The key prefix in factors.csv (e.g. "jet_kerosene" for set A's 煤油). */
  csvKey: string;
}

export const FUELS: Fuel[] = [
  { id: "gasoline", chinese: "汽油", english: "gasoline", basis: "mass" },
  { id: "diesel", chinese: "柴油", english: "diesel", basis: "mass" },
  { id: "natural_gas", chinese: "天然气", english: "natural gas", basis: "gas-volume" },
  { id: "lpg", chinese: "液化石油气", english: "LPG", basis: "mass" },
  { id: "lng", chinese: "液化天然气", english: "LNG", basis: "mass" },
  { id: "raw_coal", chinese: "原煤", english: "raw coal", basis: "mass" },
  { id: "fuel_oil", chinese: "燃料油", english: "fuel oil", basis: "mass" },
  { id: "kerosene", chinese: "煤油", english: "kerosene", basis: "mass" },
  { id: "crude_oil", chinese: "原油", english: "crude oil", basis: "mass" },
  { id: "anthracite", chinese: "无烟煤", english: "anthracite", basis: "mass" },
  { id: "bituminous", chinese: "烟煤", english: "bituminous coal", basis: "mass" },
  { id: "lignite", chinese: "褐煤", english: "lignite", basis: "mass" },
  { id: "coke", chinese: "焦炭", english: "coke", basis: "mass" },
];

const FUEL_ALIASES: Record<string, string[]> = {
  gasoline: ["petrol", "车用汽油"],
  diesel: ["diesel oil", "车用柴油", "0号柴油"],
  natural_gas: ["NG", "gas", "管道天然气"],
  lpg: ["liquefied petroleum gas", "液化气"],
  lng: ["liquefied natural gas"],
  raw_coal: ["coal", "煤炭", "煤"],
  fuel_oil: ["heavy oil", "重油"],
  kerosene: ["jet kerosene", "jet fuel", "航空煤油", "喷气煤油"],
  crude_oil: ["crude"],
  anthracite: [],
  bituminous: ["bituminous", "bituminous coal"],
  lignite: ["brown coal"],
  coke: [],
};

export const FUEL_NAMES = new NameIndex<Fuel>();
for (const fuel of FUELS) {
  FUEL_NAMES.add(fuel, fuel.chinese, [fuel.english, fuel.id, ...FUEL_ALIASES[fuel.id]]);
}

const A = (ncv: string, ncvUnit: string, cc: string, of: string, mark: Verification, ccMark = mark): Omit<FuelParameters, "csvKey"> => ({
  ncv: [ncv, ncvUnit, mark],
  carbonContent: [cc, "tC/TJ", ccMark],
  oxidation: [of, "fraction", ccMark],
});
const B = (ncv: string, ncvUnit: string, cc: string, of: string): Omit<FuelParameters, "csvKey"> => ({
  ncv: [ncv, ncvUnit, "verified-secondary"],
  carbonContent: [cc, "tC/GJ", "verified-secondary"],
  oxidation: [of, "fraction", "verified-secondary"],
});

/** Source: data/factors.csv, categories fuel_setA and fuel_setB. */
const PARAMETERS: Record<ParameterSet, Record<string, FuelParameters>> = {
  A: {
    gasoline: { ...A("43.07", "GJ/t", "18.9", "0.98", "verified-secondary"), csvKey: "gasoline" },
    diesel: { ...A("42.652", "GJ/t", "20.2", "0.98", "verified-secondary"), csvKey: "diesel" },
    lpg: { ...A("50.179", "GJ/t", "17.2", "0.98", "verified-secondary"), csvKey: "lpg" },
    kerosene: { ...A("43.07", "GJ/t", "19.5", "0.98", "verified-secondary"), csvKey: "jet_kerosene" },
    fuel_oil: { ...A("41.816", "GJ/t", "21.1", "0.98", "unverified"), csvKey: "fuel_oil" },
    natural_gas: { ...A("389.31", "GJ/10^4Nm3", "15.3", "0.99", "verified-secondary"), csvKey: "natural_gas" },
    raw_coal: { ...A("20.908", "GJ/t", "26.37", "0.94", "unverified"), csvKey: "raw_coal" },
  },
  B: {
    gasoline: { ...B("44.8", "GJ/t", "0.0189", "0.98"), csvKey: "gasoline" },
    diesel: { ...B("43.33", "GJ/t", "0.0202", "0.98"), csvKey: "diesel" },
    kerosene: { ...B("44.75", "GJ/t", "0.0196", "0.98"), csvKey: "kerosene" },
    fuel_oil: { ...B("40.19", "GJ/t", "0.0211", "0.98"), csvKey: "fuel_oil" },
    crude_oil: { ...B("42.62", "GJ/t", "0.0201", "0.98"), csvKey: "crude_oil" },
    lpg: { ...B("47.31", "GJ/t", "0.0172", "0.99"), csvKey: "lpg" },
    lng: { ...B("41.868", "GJ/t", "0.0153", "0.99"), csvKey: "lng" },
    natural_gas: { ...B("389.31", "GJ/10^4Nm3", "0.0153", "0.99"), csvKey: "natural_gas" },
    anthracite: { ...B("24.515", "GJ/t", "0.02749", "0.94"), csvKey: "anthracite" },
    bituminous: { ...B("23.204", "GJ/t", "0.02618", "0.93"), csvKey: "bituminous" },
    lignite: { ...B("14.449", "GJ/t", "0.028", "0.96"), csvKey: "lignite" },
    coke: { ...B("28.446", "GJ/t", "0.0294", "0.93"), csvKey: "coke" },
  },
};

export interface FuelFactorSet {
  fuel: Fuel;
  set: ParameterSet;
  ncv: FactorRecord;
  carbonContent: FactorRecord;
  oxidation: FactorRecord;
  /** The weakest mark of the three: what the set as a whole can claim. */
  verification: Verification;
}

const STRENGTH: Verification[] = ["unverified", "derived", "verified-secondary", "verified"];

export function fuelParameters(fuel: Fuel, set: ParameterSet): FuelFactorSet | undefined {
  const params = PARAMETERS[set][fuel.id];
  if (!params) return undefined;
  const citation = set === "A" ? CITATIONS.fuelSetA : CITATIONS.fuelSetB;
  const record = ([value, unit, verification]: Param, part: string): FactorRecord => ({
    value,
    unit,
    verification,
    citation,
    edition: set,
    csv: { category: `fuel_set${set}`, key: `${params.csvKey}_${part}`, region: "", year: "" },
  });
  const parts = [params.ncv, params.carbonContent, params.oxidation];
  const weakest = parts.map((p) => p[2]).sort((x, y) => STRENGTH.indexOf(x) - STRENGTH.indexOf(y))[0];
  return {
    fuel,
    set,
    ncv: record(params.ncv, "NCV"),
    carbonContent: record(params.carbonContent, "carbon_content"),
    oxidation: record(params.oxidation, "oxidation"),
    verification: weakest,
  };
}

/** Sets that have parameters for this fuel, in preference order. */
export function setsFor(fuel: Fuel): ParameterSet[] {
  return PARAMETER_SETS.filter((set) => PARAMETERS[set][fuel.id] !== undefined);
}

/** The derived-EF row of factors.csv for this fuel and set (e.g. gasoline_EF 2.9251). */
export function derivedEfCsvKey(fuel: Fuel, set: ParameterSet): string | undefined {
  const params = PARAMETERS[set][fuel.id];
  return params && `${params.csvKey}_EF`;
}

/**
 * Default densities (kg/L) for litres → mass. Only gasoline and diesel have a sourced value:
 * the national standards' upper limits. Typical densities are lower (≈0.73–0.74 and 0.84–0.86),
 * unverified, so the function's `density` argument should be given where the supplier states one.
 */
const DENSITIES: Record<string, { kgPerM3: string; key: string; citation: typeof CITATIONS.gasolineStandard }> = {
  gasoline: { kgPerM3: "775", key: "gasoline_density", citation: CITATIONS.gasolineStandard },
  diesel: { kgPerM3: "845", key: "diesel_density", citation: CITATIONS.dieselStandard },
};

export function defaultDensity(fuel: Fuel): FactorRecord | undefined {
  const d = DENSITIES[fuel.id];
  if (!d) return undefined;
  return {
    value: d.kgPerM3,
    unit: "kg/m3",
    verification: "verified-secondary",
    citation: d.citation,
    edition: "GB",
    csv: { category: "density", key: d.key, region: "", year: "" },
  };
}

/** Every bundled fuel record, for listings and the test against factors.csv. */
export function allFuelRecords(): FactorRecord[] {
  const records: FactorRecord[] = [];
  for (const set of PARAMETER_SETS) {
    for (const fuel of FUELS) {
      const p = fuelParameters(fuel, set);
      if (p) records.push(p.ncv, p.carbonContent, p.oxidation);
    }
  }
  for (const fuel of FUELS) {
    const d = defaultDensity(fuel);
    if (d) records.push(d);
  }
  return records;
}
