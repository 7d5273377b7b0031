import { defaultEdition, defaultRecord, editionsOf, factorRecord, factorRecords } from "./data";
import type { FactorRecord, Verification } from "./types";
import { NameIndex } from "../names";

/**
 * Fuel combustion parameters: CO2 = AD × NCV × CC × OF × 44/12.
 * Two parameter sets are kept as explicit, labelled options; they differ by up to 4 % for
 * gasoline and diesel (domain-reference.md e.1).
 */

export type ParameterSet = "A" | "B";
export const PARAMETER_SETS = editionsOf("fuel") as readonly ParameterSet[];

/** How the activity data of a fuel is measured in the parameter tables. */
export type FuelBasis = "mass" | "gas-volume";

export interface Fuel {
  id: string;
  chinese: string;
  english: string;
  basis: FuelBasis;
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

/** A fuel's three parameters in one set (data/factors.json, kind "fuel"), or undefined if the set lacks the fuel. */
export function fuelParameters(fuel: Fuel, set: ParameterSet): FuelFactorSet | undefined {
  const [ncv, carbonContent, oxidation] = (["ncv", "carbon_content", "oxidation"] as const).map((part) => factorRecord("fuel", fuel.id, set, part));
  if (!ncv || !carbonContent || !oxidation) return undefined;
  const weakest = [ncv, carbonContent, oxidation].map((r) => r.verification).sort((x, y) => STRENGTH.indexOf(x) - STRENGTH.indexOf(y))[0];
  return { fuel, set, ncv, carbonContent, oxidation, verification: weakest };
}

/** Sets that have parameters for this fuel, in preference order. */
export function setsFor(fuel: Fuel): ParameterSet[] {
  return PARAMETER_SETS.filter((set) => fuelParameters(fuel, set) !== undefined);
}

/** The set used when none is chosen (the one default policy of ./data), or undefined: only unverified sets. */
export function defaultParameterSet(fuel: Fuel): ParameterSet | undefined {
  return defaultEdition("fuel", (set) => {
    const params = fuelParameters(fuel, set as ParameterSet);
    return params ? [params.ncv, params.carbonContent, params.oxidation] : [];
  }) as ParameterSet | undefined;
}

/** The derived-EF row of factors.csv for this fuel and set (e.g. gasoline_EF 2.9251). */
export function derivedEfCsvKey(fuel: Fuel, set: ParameterSet): string | undefined {
  return fuelParameters(fuel, set)?.ncv.csv.key.replace(/_NCV$/, "_EF");
}

/**
 * Default densities (kg/L) for litres → mass. Only gasoline and diesel have a sourced value:
 * the national standards' upper limits. Typical densities are lower (≈0.73–0.74 and 0.84–0.86),
 * unverified, so the function's `density` argument should be given where the supplier states one.
 */
export function defaultDensity(fuel: Fuel): FactorRecord | undefined {
  return defaultRecord("density", fuel.id);
}

/** Every bundled fuel record, for listings and the test against factors.csv. */
export function allFuelRecords(): FactorRecord[] {
  return [...factorRecords("fuel"), ...factorRecords("density")];
}
