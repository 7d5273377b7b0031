import { dec } from "../../src/core/decimal";
import { isFormulaError } from "../../src/core/errors";
import { allElectricityRecords, editionsFor } from "../../src/core/factors/electricity";
import { allFuelRecords, derivedEfCsvKey, FUELS, fuelParameters, PARAMETER_SETS } from "../../src/core/factors/fuels";
import { CONVERSIONS, PURCHASED_HEAT } from "../../src/core/factors/heat-and-conversions";
import { allPowerRecords, baselineFactors, BASELINE_REGIONS, FACILITY_RATE, FACILITY_SHARE } from "../../src/core/factors/power-sector";
import { DEFAULTABLE, FactorRecord } from "../../src/core/factors/types";
import { electricityFactor, fuelEmissionFactor, fuelFactorSet } from "../../src/core/operational";
import { REGIONS } from "../../src/core/regions";
import { readFactorsCsv } from "../helpers/reference";

/** Records taken from factors.csv; the facility terms come from the PBoC notice quoted in a seed report. */
const bundled: FactorRecord[] = [...allElectricityRecords(), ...allFuelRecords(), PURCHASED_HEAT, ...CONVERSIONS, ...allPowerRecords()];
const everyRecord = [...bundled, FACILITY_SHARE, FACILITY_RATE];

describe("bundled factors agree with data/factors.csv", () => {
  const rows = readFactorsCsv();
  const find = (r: FactorRecord) =>
    rows.filter((row) => row.category === r.csv.category && row.key === r.csv.key && row.region === r.csv.region && row.year === r.csv.year);

  test.each(bundled.map((r) => [`${r.csv.category}/${r.csv.key}/${r.csv.region}/${r.csv.year}`, r] as const))(
    "%s: value, unit and verification mark",
    (_, record) => {
      const matches = find(record);
      expect(matches).toHaveLength(1);
      const row = matches[0];
      expect(dec(record.value).equals(dec(row.value))).toBe(true);
      expect(record.unit.replace(/\s/g, "")).toBe(row.unit.replace(/\s/g, ""));
      expect(record.verification).toBe(row.verified);
    },
  );

  test("every electricity, fuel-parameter, heat and conversion row in the CSV is bundled (except the unverified 0.5839)", () => {
    const keyOf = (c: { category: string; key: string; region: string; year: string }) => `${c.category}|${c.key}|${c.region}|${c.year}`;
    const bundledKeys = new Set(bundled.map((r) => keyOf(r.csv)));
    const expected = rows.filter(
      (row) =>
        /^grid_average_(national|regional|regional_legacy|provincial)$/.test(row.category) ||
        (row.category === "grid_national_reporting" && row.verified !== "unverified") ||
        (/^fuel_set[AB]$/.test(row.category) && !row.key.endsWith("_EF")) ||
        row.category === "heat" ||
        // The 2013 guideline's worked-example 326 gce/kWh is not a national annual value: users type it.
        (row.category === "coal_consumption" && row.verified !== "unverified" && /^\d{4}$/.test(row.year)) ||
        (row.category === "grid_baseline_cdm" && /^EF_grid_(OM|BM)$/.test(row.key)) ||
        row.category === "conversion" ||
        (row.category === "density" && /^\d+(\.\d+)?$/.test(row.value)),
    );
    const missing = expected.filter((row) => !bundledKeys.has(keyOf(row)));
    expect(missing.map(keyOf)).toEqual([]);
    expect(expected.length).toBeGreaterThan(150);
  });

  test("each parameter set's derived emission factor matches the CSV's derived EF to 4 decimals", () => {
    let checked = 0;
    for (const set of PARAMETER_SETS) {
      for (const fuel of FUELS) {
        const params = fuelParameters(fuel, set);
        if (!params) continue;
        const row = rows.find((r) => r.category === `fuel_set${set}` && r.key === derivedEfCsvKey(fuel, set));
        expect(row).toBeDefined();
        expect(fuelEmissionFactor(params).toDecimalPlaces(4).toString()).toBe(dec(row!.value).toString());
        checked++;
      }
    }
    expect(checked).toBe(19);
  });

  test("combined margins derived from the bundled OM/BM match the CSV's CM rows (0.5/0.5 hydro, 0.75/0.25 wind and solar)", () => {
    for (const region of BASELINE_REGIONS) {
      const { om, bm } = baselineFactors(region)!;
      for (const [key, w] of [
        ["EF_grid_CM_hydro_0.5_0.5", "0.5"],
        ["EF_grid_CM_wind_solar_0.75_0.25", "0.75"],
      ] as const) {
        const row = rows.find((r) => r.category === "grid_baseline_cdm" && r.key === key && r.region === region)!;
        const cm = dec(w).times(om.value).plus(dec(1).minus(w).times(bm.value));
        // The CSV rounds to 5 decimals its own way (东北 0.871925 → 0.87192): allow half a unit of that place.
        expect(cm.minus(row.value).abs().toNumber()).toBeLessThanOrEqual(0.000005);
      }
    }
  });
});

describe("every bundled record carries its source", () => {
  test.each(everyRecord.map((r) => [`${r.csv.key} ${r.csv.region} ${r.edition}`, r] as const))("%s", (_, record) => {
    expect(record.citation.issuer.length).toBeGreaterThan(3);
    expect(record.citation.document.length).toBeGreaterThan(3);
    expect(record.citation.via.length).toBeGreaterThan(3);
    expect(["verified", "verified-secondary", "derived", "unverified"]).toContain(record.verification);
  });

  test("MEE/NBS editions cite their announcement number and date", () => {
    for (const year of ["2021", "2022", "2023"]) {
      const record = electricityFactor("全国", year) as FactorRecord;
      expect(record.citation.number).toMatch(/^公告20\d\d年第\d+号$/);
      expect(record.citation.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("no unverified value is ever a default", () => {
  test("default electricity factor of every region and province", () => {
    for (const name of REGIONS.displayNames) {
      const record = electricityFactor(name);
      expect(isFormulaError(record)).toBe(false);
      expect(DEFAULTABLE.has((record as FactorRecord).verification)).toBe(true);
    }
  });

  test("default parameter set of every fuel is verified, or the fuel asks for an explicit set", () => {
    for (const fuel of FUELS) {
      const params = fuelFactorSet(fuel.chinese);
      if (isFormulaError(params)) {
        expect(params.message).toContain("parameter_set");
        continue;
      }
      expect(DEFAULTABLE.has(params.verification)).toBe(true);
    }
  });

  test("fuel oil defaults to set A (confirmed by a published copy); LNG (set B disputed) and raw coal have no default", () => {
    const fuelOil = fuelFactorSet("燃料油");
    expect(isFormulaError(fuelOil) ? fuelOil.message : fuelOil.set).toBe("A");
    const lng = fuelFactorSet("液化天然气");
    expect(isFormulaError(lng) ? lng.message : lng.set).toContain("parameter_set");
    const rawCoal = fuelFactorSet("原煤");
    expect(isFormulaError(rawCoal)).toBe(true);
    const explicit = fuelFactorSet("原煤", "A");
    expect(isFormulaError(explicit) ? "error" : explicit.verification).toBe("unverified");
  });

  test("defaults to the newest edition that publishes the region", () => {
    expect(editionsFor("贵州")).toEqual(["2023", "2022", "2021"]);
    // 西南's 2023 factor, 0.2472 (+9.0 % on 2022), was published with the 2023 edition (公告2025年第47号).
    expect(electricityFactor("西南")).toMatchObject({ edition: "2023", value: "0.2472" });
    expect((electricityFactor("南方") as FactorRecord).edition).toBe("2023");
  });
});
