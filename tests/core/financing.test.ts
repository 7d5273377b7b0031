import fc from "fast-check";
import { Decimal } from "../../src/core/decimal";
import { FormulaError, isFormulaError } from "../../src/core/errors";
import {
  attributionFactor,
  carbonIntensity,
  coverageRatio,
  financedEmissions,
  financedReduction,
  pcafScore,
  pcafWeightedScore,
} from "../../src/core/financing";

function value(result: Decimal | number | FormulaError): string {
  if (isFormulaError(result)) throw new Error(result.toString());
  return result.toString();
}

describe("financed emissions", () => {
  test("attribution is capped at 1 unless asked not to", () => {
    expect(value(financedEmissions(10000, 500, 2000))).toBe("2500");
    expect(value(financedEmissions(10000, 3000, 2000))).toBe("10000");
    expect(value(financedEmissions(10000, 3000, 2000, false))).toBe("15000");
    expect(value(attributionFactor(3000, 2000, false))).toBe("1.5");
    expect(value(financedReduction(800, 250, 1000))).toBe("200");
  });

  test("a zero denominator is an error, not Infinity", () => {
    const result = financedEmissions(100, 5, 0);
    expect(result).toBeInstanceOf(FormulaError);
    expect((result as FormulaError).message).toContain("denominator");
  });

  test("coverage and intensity", () => {
    expect(value(coverageRatio(45, 60))).toBe("0.75");
    expect(isFormulaError(coverageRatio(70, 60))).toBe(true);
    expect(value(carbonIntensity(277943.94, 100000))).toBe("2.7794394");
  });
});

describe("PCAF data quality", () => {
  test.each([
    ["1a", 1],
    ["1b", 2],
    ["2a", 2],
    ["2b", 3],
    ["3a", 4],
    ["3b", 5],
    ["3c", 5],
    ["Option 2B", 3],
    ["选项3a", 4],
  ])("%s → %d", (option, score) => {
    expect(pcafScore(option)).toBe(score);
  });

  test("an unknown option lists the accepted ones", () => {
    const result = pcafScore("4a");
    expect(isFormulaError(result) && result.message).toContain("3c→5");
  });

  test("weighted score = Σ(exposure × score) ÷ Σ exposure (PCAF Box 8 style)", () => {
    const rows = [
      { score: 2, exposure: 500 },
      { score: 4, exposure: 300 },
      { score: "3b", exposure: 200 },
    ];
    // (1000 + 1200 + 1000) / 1000 = 3.2
    expect(value(pcafWeightedScore(rows))).toBe("3.2");
  });

  test("a score outside 1–5 names its row", () => {
    const result = pcafWeightedScore([
      { score: 2, exposure: 1 },
      { score: 7, exposure: 1 },
    ]);
    expect(isFormulaError(result) && result.message).toContain("row 2");
  });
});

describe("properties", () => {
  const money = fc.double({ min: 0, max: 1e12, noNaN: true });
  const positiveMoney = fc.double({ min: 1e-6, max: 1e12, noNaN: true });

  test("capped attribution stays within [0, 1]", () => {
    fc.assert(
      fc.property(money, positiveMoney, (exposure, denominator) => {
        const factor = attributionFactor(exposure, denominator) as Decimal;
        return factor.greaterThanOrEqualTo(0) && factor.lessThanOrEqualTo(1);
      }),
    );
  });

  test("financed emissions scale linearly in emissions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 100 }), money, positiveMoney, (e, k, exposure, denominator) => {
        const once = financedEmissions(e, exposure, denominator) as Decimal;
        const scaled = financedEmissions(e * k, exposure, denominator) as Decimal;
        // Equal to 30 significant digits: decimal.js rounds each division at 40.
        return scaled.minus(once.times(k)).abs().lessThanOrEqualTo(scaled.abs().times("1e-30"));
      }),
    );
  });
});

describe("PCAF data-quality scores by asset class (Part A, 2nd ed., Tables 5-3 to 5-16)", () => {
  const CORPORATE = { "1a": 1, "1b": 2, "2a": 2, "2b": 3, "3a": 4, "3b": 5, "3c": 5 };
  const BUILDINGS = { "1a": 1, "1b": 2, "2a": 3, "2b": 4, "3": 5 };
  const VEHICLES = { "1a": 1, "1b": 1, "2a": 2, "2b": 3, "3a": 4, "3b": 5 };
  test.each([
    ["上市股权和公司债券", CORPORATE],
    ["business loans", CORPORATE],
    ["项目融资", CORPORATE],
    ["commercial real estate", BUILDINGS],
    ["住房抵押贷款", BUILDINGS],
    ["机动车贷款", VEHICLES],
  ] as const)("%s", (assetClass, table) => {
    for (const [option, score] of Object.entries(table)) expect([option, pcafScore(option, assetClass)]).toEqual([option, score]);
  });

  test("the default stays business loans; options a class lacks, an unknown class and sovereign debt say so", () => {
    expect(pcafScore("2a")).toBe(2);
    expect(pcafScore("2a", "mortgages")).toBe(3);
    const missing = pcafScore("3c", "mortgages");
    expect(isFormulaError(missing) && missing.message).toContain("3→5");
    const sovereign = pcafScore("1a", "sovereign debt");
    expect(isFormulaError(sovereign) && sovereign.message).toContain("not configured");
  });
});
