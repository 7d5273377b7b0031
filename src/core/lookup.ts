import { dec, Decimal } from "./decimal";
import { isFormulaError, notAvailable, Outcome } from "./errors";
import { defaultEditionOf, defaultRecord, editionsOf, factorRecord } from "./factors/data";
import { NATIONAL } from "./factors/electricity";
import { defaultDensity, FUEL_NAMES, FUELS } from "./factors/fuels";
import { ELECTRICITY_TO_COAL, PURCHASED_HEAT, RAW_COAL_TO_COAL, STANDARD_COAL_LHV } from "./factors/heat-and-conversions";
import { FactorRecord, formatCitation } from "./factors/types";
import { say, listNames } from "./messages";
import { NameIndex } from "./names";
import { electricityFactor, fuelEmissionFactor, fuelFactorSet } from "./operational";
import { findRegion } from "./regions";
import {
  BASELINE_REGIONS,
  baselineFactors,
  FACILITY_RATE,
  FACILITY_SHARE,
  FACILITY_START,
  facilityRateOn,
  SUPPLY_COAL_YEARS,
  supplyCoalConsumption,
} from "./factors/power-sector";
import { isoDate } from "./whatif";
import { ERRORS } from "./error-messages";

/** A factor as EMISSION_FACTOR returns it and FACTOR_SOURCE cites it. */
export interface FactorAnswer {
  value: Decimal;
  unit: string;
  label: string;
  records: FactorRecord[];
}

type Resolver = (key: string, year?: string, set?: string) => Outcome<FactorAnswer>;

function single(record: FactorRecord, label: string): FactorAnswer {
  return { value: dec(record.value), unit: record.unit, label, records: [record] };
}

function nationalSeries(kind: "grid_excluding_market" | "grid_fossil", name: string): Resolver {
  return (key, year) => {
    const region = findRegion(key);
    if (region?.name !== NATIONAL) {
      return notAvailable(say(ERRORS["lookup.national-only"](name)));
    }
    const record = year ? factorRecord(kind, NATIONAL, year.replace(/年$/, "")) : defaultRecord(kind, NATIONAL);
    if (!record) {
      return notAvailable(say(ERRORS["lookup.no-edition"](name, year ?? "")) + `. 可选 accepted: ${listNames([...editionsOf(kind)].reverse())}`);
    }
    return single(record, `${NATIONAL} ${record.edition}`);
  };
}

const CONVERSION_KEYS = new NameIndex<FactorRecord>()
  .add(ELECTRICITY_TO_COAL, "电力", ["electricity", "kwh"])
  .add(RAW_COAL_TO_COAL, "原煤", ["raw coal", "coal"])
  .add(STANDARD_COAL_LHV, "标准煤热值", ["standard coal", "标准煤", "tce", "lhv"]);

function baseline(part: "om" | "bm"): Resolver {
  return (key) => {
    const region = findRegion(key);
    const table = region && baselineFactors(region.name);
    if (!table) return notAvailable(say(ERRORS["lookup.baseline-key"](key)) + `. 可选 accepted: ${listNames(BASELINE_REGIONS)}`);
    return single(table[part], `${region!.name} ${part.toUpperCase()}`);
  };
}

const FACILITY_KEYS = new NameIndex<FactorRecord>().add(FACILITY_SHARE, "比例", ["share", "本金比例"]).add(FACILITY_RATE, "利率", ["rate"]);

const RESOLVERS: [string, string[], Resolver][] = [
  [
    "电力",
    ["electricity", "grid", "电网", "电力平均", "grid average"],
    (key, year) => {
      const record = electricityFactor(key, year);
      if (isFormulaError(record)) return record;
      const region = findRegion(key)!.name;
      // A default older than the default edition says why: that edition does not publish the region.
      const named = defaultEditionOf("grid_average");
      const older = !year && record.edition !== named ? ` (the newest edition that publishes ${region}; ${named} does not)` : "";
      return single(record, `${region} ${record.edition}${older}`);
    },
  ],
  [
    "电力不含市场化非化石",
    ["electricity_excl_market", "electricity excluding market non-fossil", "residual", "电力剩余"],
    nationalSeries("grid_excluding_market", "不含市场化交易非化石能源电量的全国电力平均因子"),
  ],
  ["化石能源电力", ["electricity_fossil", "fossil power", "火电"], nationalSeries("grid_fossil", "全国化石能源电力因子")],
  [
    "燃料",
    ["fuel"],
    (key, _year, set) => {
      const params = fuelFactorSet(key, set);
      if (isFormulaError(params)) return params;
      const unit = params.fuel.basis === "gas-volume" ? "tCO2/10^4Nm3" : "tCO2/t";
      return {
        value: fuelEmissionFactor(params),
        unit,
        label: `${params.fuel.chinese} set ${params.set} (NCV ${params.ncv.value} ${params.ncv.unit}, CC ${params.carbonContent.value} ${params.carbonContent.unit}, OF ${params.oxidation.value})`,
        records: [params.ncv, params.carbonContent, params.oxidation],
      };
    },
  ],
  ["热力", ["heat", "外购热力", "steam", "蒸汽"], () => single(PURCHASED_HEAT, "外购蒸汽和热水 purchased heat")],
  [
    "密度",
    ["density"],
    (key) => {
      const fuel = FUEL_NAMES.get(key);
      const record = fuel && defaultDensity(fuel);
      if (!record)
        return notAvailable(say(ERRORS["lookup.density"](key)) + `. 可选 accepted: ${listNames(FUELS.filter((f) => defaultDensity(f)).map((f) => f.chinese))}`);
      return { value: dec(record.value).div(1000), unit: "kg/L", label: `${fuel!.chinese} density`, records: [record] };
    },
  ],
  [
    "折标系数",
    ["conversion", "standard coal conversion", "折标准煤系数"],
    (key) => {
      const record = CONVERSION_KEYS.get(key);
      if (!record) return notAvailable(say(ERRORS["lookup.conversion"](key)) + `. 可选 accepted: ${listNames(CONVERSION_KEYS.displayNames)}`);
      return single(record, key);
    },
  ],
  [
    "供电标准煤耗",
    ["supply_coal", "supply coal consumption", "供电煤耗"],
    (key, year) => {
      if (findRegion(key)?.name !== NATIONAL) return notAvailable(say(ERRORS["lookup.supply-coal-national"]()));
      const edition = year?.replace(/年$/, "");
      const record = edition ? supplyCoalConsumption(edition) : defaultRecord("supply_coal", NATIONAL);
      if (!record) return notAvailable(say(ERRORS["lookup.supply-coal-year"](edition ?? "")) + `. 可选 accepted: ${listNames(SUPPLY_COAL_YEARS)}`);
      return single(record, `全国 ${record.edition}`);
    },
  ],
  ["电网基准线OM", ["baseline_om", "om"], baseline("om")],
  ["电网基准线BM", ["baseline_bm", "bm"], baseline("bm")],
  [
    "碳减排支持工具",
    ["carbon_facility", "facility"],
    (key, year) => {
      const record = FACILITY_KEYS.get(key);
      if (!record) return notAvailable(say(ERRORS["lookup.facility-key"](key)) + ". 可选 accepted: 比例 share, 利率 rate");
      // The rate by date: `year` is a date (2025-06-30), and the rate in force that day is given.
      if (year && record === FACILITY_RATE) {
        const iso = isoDate(year, "year");
        if (isFormulaError(iso)) return iso;
        const dated = facilityRateOn(iso);
        if (!dated) return notAvailable(say(ERRORS["facility.before-start"](iso, FACILITY_START)));
        return single(dated, `碳减排支持工具 利率 ${dated.edition} 起`);
      }
      return single(record, `碳减排支持工具 ${key}${record === FACILITY_RATE ? ` ${record.edition} 起` : ""}`);
    },
  ],
];

const KINDS = new NameIndex<Resolver>();
for (const [name, aliases, resolver] of RESOLVERS) KINDS.add(resolver, name, aliases);

export const FACTOR_KINDS = KINDS.displayNames;

export function lookupFactor(kind: string, key: string, year?: string, set?: string): Outcome<FactorAnswer> {
  const resolver = KINDS.get(kind);
  if (!resolver) {
    return notAvailable(
      say(ERRORS["lookup.kind"](kind)) + `. 最接近 closest: ${listNames(KINDS.closest(kind))}. 可选 accepted: ${listNames(KINDS.displayNames)}`,
    );
  }
  return resolver(key, year, set);
}

/** One line a reviewer can paste into a note: value, unit, what, who issued it, and its mark. */
export function describeFactor(answer: FactorAnswer): string {
  const sources = [...new Set(answer.records.map(formatCitation))];
  return `${answer.value.toString()} ${answer.unit} · ${answer.label} · ${sources.join(" ; ")}`;
}
