import { CITATIONS } from "./citations";
import type { Citation, CsvRow, FactorRecord, Verification } from "./types";

/**
 * Electricity CO2 factors (kgCO2/kWh = tCO2/MWh), editions side by side.
 * Average factors (平均排放因子) are for a bank's own purchased electricity (scope 2).
 * Baseline OM/BM factors for emission reductions live elsewhere: never mix the two.
 */

type Entry = [value: string, verification: Verification];

/** Data year → region or province → factor. Source: data/factors.csv. */
const AVERAGE_FACTORS: Record<string, Record<string, Entry>> = {
  "2023": {
    全国: ["0.5306", "verified"],
    华北: ["0.6361", "verified-secondary"],
    东北: ["0.5122", "verified-secondary"],
    华东: ["0.5500", "verified-secondary"],
    华中: ["0.5271", "verified-secondary"],
    西北: ["0.5543", "verified-secondary"],
    南方: ["0.4042", "verified"],
    北京: ["0.5554", "verified"],
    天津: ["0.6796", "verified"],
    河北: ["0.6516", "verified"],
    山西: ["0.6634", "verified"],
    内蒙古: ["0.6479", "verified"],
    辽宁: ["0.4878", "verified"],
    吉林: ["0.4671", "verified"],
    黑龙江: ["0.5229", "verified"],
    上海: ["0.5737", "verified"],
    江苏: ["0.5827", "verified"],
    浙江: ["0.4974", "verified"],
    安徽: ["0.6553", "verified"],
    福建: ["0.4211", "verified"],
    江西: ["0.5836", "verified"],
    山东: ["0.6191", "verified"],
    河南: ["0.5897", "verified"],
    湖北: ["0.4044", "verified"],
    湖南: ["0.4976", "verified"],
    广东: ["0.4419", "verified"],
    广西: ["0.4476", "verified"],
    海南: ["0.3648", "verified"],
    重庆: ["0.5581", "verified"],
    四川: ["0.1564", "verified"],
    贵州: ["0.5683", "verified"],
    云南: ["0.1333", "verified"],
    陕西: ["0.6335", "verified"],
    甘肃: ["0.4471", "verified"],
    青海: ["0.1796", "verified"],
    宁夏: ["0.6187", "verified"],
    新疆: ["0.6021", "verified"],
  },
  "2022": {
    全国: ["0.5366", "verified"],
    华北: ["0.6776", "verified"],
    东北: ["0.5564", "verified"],
    华东: ["0.5617", "verified"],
    华中: ["0.5395", "verified"],
    西北: ["0.5857", "verified"],
    南方: ["0.3869", "verified"],
    西南: ["0.2268", "verified"],
    北京: ["0.5580", "verified"],
    天津: ["0.7041", "verified"],
    河北: ["0.7252", "verified"],
    山西: ["0.7096", "verified"],
    内蒙古: ["0.6849", "verified"],
    辽宁: ["0.5626", "verified-secondary"],
    吉林: ["0.4932", "verified-secondary"],
    黑龙江: ["0.5368", "verified"],
    上海: ["0.5849", "verified-secondary"],
    江苏: ["0.5978", "verified-secondary"],
    浙江: ["0.5153", "verified-secondary"],
    安徽: ["0.6782", "verified"],
    福建: ["0.4092", "verified"],
    江西: ["0.5752", "verified-secondary"],
    山东: ["0.6410", "verified-secondary"],
    河南: ["0.6058", "verified-secondary"],
    湖北: ["0.4364", "verified-secondary"],
    湖南: ["0.4900", "verified-secondary"],
    广东: ["0.4403", "verified"],
    广西: ["0.4044", "verified"],
    海南: ["0.4184", "verified-secondary"],
    重庆: ["0.5227", "verified-secondary"],
    四川: ["0.1404", "verified"],
    贵州: ["0.4989", "verified-secondary"],
    云南: ["0.1073", "verified"],
    陕西: ["0.6558", "verified-secondary"],
    甘肃: ["0.4772", "verified-secondary"],
    青海: ["0.1567", "verified"],
    宁夏: ["0.6423", "verified-secondary"],
    新疆: ["0.6231", "verified-secondary"],
  },
  "2021": {
    全国: ["0.5568", "verified"],
    华北: ["0.7120", "verified"],
    东北: ["0.6012", "verified-secondary"],
    华东: ["0.5992", "verified-secondary"],
    华中: ["0.5354", "verified-secondary"],
    西北: ["0.5951", "verified-secondary"],
    南方: ["0.4326", "verified-secondary"],
    西南: ["0.2113", "verified-secondary"],
    北京: ["0.5688", "verified-secondary"],
    天津: ["0.7355", "verified-secondary"],
    河北: ["0.7901", "verified-secondary"],
    山西: ["0.7222", "verified-secondary"],
    内蒙古: ["0.7025", "verified-secondary"],
    辽宁: ["0.5876", "verified-secondary"],
    吉林: ["0.5629", "verified-secondary"],
    黑龙江: ["0.6342", "verified-secondary"],
    上海: ["0.5834", "verified-secondary"],
    江苏: ["0.6451", "verified-secondary"],
    浙江: ["0.5422", "verified-secondary"],
    安徽: ["0.7075", "verified"],
    福建: ["0.4711", "verified-secondary"],
    江西: ["0.5835", "verified-secondary"],
    山东: ["0.6838", "verified-secondary"],
    河南: ["0.6369", "verified-secondary"],
    湖北: ["0.3672", "verified-secondary"],
    湖南: ["0.5138", "verified-secondary"],
    广东: ["0.4715", "verified-secondary"],
    广西: ["0.5154", "verified-secondary"],
    海南: ["0.4524", "verified-secondary"],
    重庆: ["0.4743", "verified-secondary"],
    四川: ["0.1255", "verified-secondary"],
    贵州: ["0.5182", "verified-secondary"],
    云南: ["0.1235", "verified-secondary"],
    陕西: ["0.6336", "verified-secondary"],
    甘肃: ["0.4955", "verified-secondary"],
    青海: ["0.1326", "verified-secondary"],
    宁夏: ["0.6546", "verified-secondary"],
    新疆: ["0.6577", "verified-secondary"],
  },
  /** 2012 regional averages (NDRC). Outdated, kept to reproduce older reports (Anlong 2021 used 南方 0.5271). */
  "2012": {
    华北: ["0.8843", "verified"],
    东北: ["0.7769", "verified"],
    华东: ["0.7035", "verified"],
    华中: ["0.5257", "verified"],
    西北: ["0.6671", "verified"],
    南方: ["0.5271", "verified"],
  },
};

/** National factor excluding market-traded non-fossil electricity (不包括市场化交易的非化石能源电量). */
const EXCLUDING_MARKET_NON_FOSSIL: Record<string, Entry> = {
  "2021": ["0.5942", "verified-secondary"],
  "2022": ["0.5856", "verified"],
  "2023": ["0.6096", "verified"],
};

/** National fossil-power factor (全国化石能源电力二氧化碳排放因子). */
const FOSSIL_POWER: Record<string, Entry> = {
  "2021": ["0.8426", "verified"],
  "2022": ["0.8325", "verified"],
  "2023": ["0.8273", "verified"],
};

/** MEE national grid factors for power-sector reporting (tCO2/MWh), by the period they serve. */
const REPORTING: Record<string, { entry: Entry; citation: Citation; csvYear: string }> = {
  "2023-2025": { entry: ["0.5703", "verified-secondary"], citation: CITATIONS.mee2023PowerNotice, csvYear: "2022" },
  "2021-2022": { entry: ["0.5810", "verified-secondary"], citation: CITATIONS.mee2022PowerNotice, csvYear: "2021-2022 accounting" },
  "pre-2021": {
    entry: ["0.6101", "verified-secondary"],
    citation: CITATIONS.mee2022PowerNotice,
    csvYear: "pre-2021 (superseded for 2021-2022 accounting)",
  },
};

const EDITION_CITATION: Record<string, Citation> = {
  "2023": CITATIONS.meeNbs2023,
  "2022": CITATIONS.meeNbs2022,
  "2021": CITATIONS.meeNbs2021,
  "2012": CITATIONS.ndrc2012Regional,
};

export const NATIONAL = "全国";
export const REGIONAL_GRIDS = ["华北", "东北", "华东", "华中", "西北", "南方", "西南"] as const;

/** Average-factor editions, newest first. */
export const AVERAGE_EDITIONS = ["2023", "2022", "2021", "2012"] as const;
export const REPORTING_EDITIONS = Object.keys(REPORTING);

function averageCsvCategory(edition: string, region: string): string {
  if (edition === "2012") return "grid_average_regional_legacy";
  if (region === NATIONAL) return "grid_average_national";
  return (REGIONAL_GRIDS as readonly string[]).includes(region) ? "grid_average_regional" : "grid_average_provincial";
}

/** An MEE/NBS or NDRC edition's factor in kgCO2/kWh, cited by its edition. */
function editionRecord(entry: Entry, edition: string, csv: CsvRow): FactorRecord {
  return { value: entry[0], unit: "kgCO2/kWh", verification: entry[1], citation: EDITION_CITATION[edition], edition, csv };
}

/** The average factor of `region` (canonical name) in `edition`, or undefined if not published. */
export function averageFactor(edition: string, region: string): FactorRecord | undefined {
  const entry = AVERAGE_FACTORS[edition]?.[region];
  return entry && editionRecord(entry, edition, { category: averageCsvCategory(edition, region), key: "electricity_avg", region, year: edition });
}

/** Editions, newest first, that publish an average factor for `region`. */
export function editionsFor(region: string): string[] {
  return AVERAGE_EDITIONS.filter((edition) => AVERAGE_FACTORS[edition][region] !== undefined);
}

function nationalSeries(table: Record<string, Entry>, csvKey: string, edition: string): FactorRecord | undefined {
  const entry = table[edition];
  return entry && editionRecord(entry, edition, { category: "grid_average_national", key: csvKey, region: NATIONAL, year: edition });
}

export function excludingMarketNonFossilFactor(edition: string): FactorRecord | undefined {
  return nationalSeries(EXCLUDING_MARKET_NON_FOSSIL, "electricity_avg_excl_market_nonfossil", edition);
}

export function fossilPowerFactor(edition: string): FactorRecord | undefined {
  return nationalSeries(FOSSIL_POWER, "fossil_power", edition);
}

export function reportingFactor(period: string): FactorRecord | undefined {
  const item = REPORTING[period];
  if (!item) return undefined;
  return {
    value: item.entry[0],
    unit: "tCO2/MWh",
    verification: item.entry[1],
    citation: item.citation,
    edition: period,
    csv: { category: "grid_national_reporting", key: "national_grid_ef", region: NATIONAL, year: item.csvYear },
  };
}

/** Every bundled electricity record, for listings and the test against factors.csv. */
export function allElectricityRecords(): FactorRecord[] {
  const records: FactorRecord[] = [];
  for (const edition of AVERAGE_EDITIONS) {
    for (const region of Object.keys(AVERAGE_FACTORS[edition])) records.push(averageFactor(edition, region)!);
  }
  for (const edition of Object.keys(EXCLUDING_MARKET_NON_FOSSIL)) records.push(excludingMarketNonFossilFactor(edition)!);
  for (const edition of Object.keys(FOSSIL_POWER)) records.push(fossilPowerFactor(edition)!);
  for (const period of REPORTING_EDITIONS) records.push(reportingFactor(period)!);
  return records;
}
