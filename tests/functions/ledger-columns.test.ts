import { isFormulaError } from "../../src/core/errors";
import { financedEmissions } from "../../src/core/financing";
import { co2FromElectricity } from "../../src/core/operational";
import { CATALOG } from "../../src/functions/catalog";

/**
 * Whole columns, called the way Excel calls them: the float64 rows and the decimal rows must be
 * indistinguishable — same numbers bit for bit, same errors.
 */

const column = <T>(values: T[]) => values.map((v) => [v]);

describe("a ledger column of FINANCED_EMISSIONS", () => {
  test("every row equals the decimal formula, including rows that need the decimal path", () => {
    const emissions = [12000, 0.1, 317.49, 123456789.12, 5, 0, 77738.8, 1 / 3, 10000];
    const exposure = [3000, 3, 500, 987654321.57, 10, 1, 250.5, 2, 3000];
    const denominator = [12000, 10, 2000, 123456789011.3, 7, 1, 1000, 3, 2000];
    const result = CATALOG.get("FINANCED_EMISSIONS")!.run(column(emissions), column(exposure), column(denominator));
    emissions.forEach((e, i) => {
      const expected = financedEmissions(e, exposure[i], denominator[i]);
      if (isFormulaError(expected)) throw new Error(expected.message);
      expect(result[i][0]).toBe(expected.toNumber());
    });
    expect(result[1][0]).toBe(0.03); // a float loop's 0.1 × 3 ÷ 10 is 0.030000000000000006
    expect(result[8][0]).toBe(10000); // capped at 1
  });

  test("bad rows still get their own worded error", () => {
    const result = CATALOG.get("FINANCED_EMISSIONS")!.run([[100], [-5], ["x"]], [[1], [1], [1]], [[2], [2], [0]]);
    expect(result[0][0]).toBe(50);
    expect(String((result[1][0] as { message: string }).message)).toContain("emissions");
    expect(String((result[2][0] as { message: string }).message)).toContain("emissions");
  });
});

describe("a ledger column of CO2_FROM_ELECTRICITY with a region per row", () => {
  test("each row equals the decimal formula for its region and year", () => {
    const regions = ["贵州", "南方", "全国", "Guizhou", "贵州省", "华东", "南方"];
    const years = ["2023", "2012", "2022", "2023", "2023", "2023", "2023"];
    const kwh = [602333, 602333, 1000, 12.5, 0.1, 88000.25, 5];
    const result = CATALOG.get("CO2_FROM_ELECTRICITY")!.run(column(kwh), column(regions), column(years));
    kwh.forEach((k, i) => {
      const expected = co2FromElectricity({ kwh: k, region: regions[i], year: years[i] });
      if (isFormulaError(expected)) throw new Error(expected.message);
      expect(result[i][0]).toBe(expected.value.toNumber());
    });
    expect(result[1][0]).toBe(317.4897243);
  });

  test("unknown regions, green power and typed factors keep the decimal answers", () => {
    const run = CATALOG.get("CO2_FROM_ELECTRICITY")!.run;
    const unknown = run([[100], [100]], [["火星"], ["贵州"]], "2023");
    expect(isFormulaError(unknown[0][0])).toBe(true);
    expect((unknown[0][0] as { message: string }).message).toContain("火星");
    expect(unknown[1][0]).toBe(0.05683);
    const green = run(1000, "贵州", "2023", 400);
    const expected = co2FromElectricity({ kwh: 1000, region: "贵州", year: "2023", greenKwh: 400 });
    if (isFormulaError(expected)) throw new Error(expected.message);
    expect(green[0][0]).toBe(expected.value.toNumber());
    expect(run(602333, 0.5271)[0][0]).toBe(317.4897243);
    expect(isFormulaError(run(100, 5)[0][0])).toBe(true);
  });
});
