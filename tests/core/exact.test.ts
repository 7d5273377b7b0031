import fc from "fast-check";
import { Decimal } from "../../src/core/decimal";
import { isFormulaError } from "../../src/core/errors";
import { decimalPlaces, exactMulDiv, signOfSum } from "../../src/core/exact";
import {
  attributionFactor,
  attributionFactorFast,
  carbonIntensity,
  carbonIntensityFast,
  financedAmountFast,
  financedEmissions,
} from "../../src/core/financing";
import { co2FromElectricity, co2FromElectricityFast, co2FromHeat, co2FromHeatFast } from "../../src/core/operational";

/** The decimal path's number as Excel receives it. */
function decimalPath(result: ReturnType<typeof financedEmissions>): number {
  if (isFormulaError(result)) throw new Error(result.message);
  return result.toNumber();
}

/** A double read from a decimal with a given number of places, as a ledger cell holds it. */
const ledgerNumber = (maxMantissa: number, maxPlaces = 4) =>
  fc.tuple(fc.integer({ min: 0, max: maxMantissa }), fc.integer({ min: 0, max: maxPlaces })).map(([m, p]) => Number(`${m}e-${p}`));

describe("decimal places of a double", () => {
  test.each([
    [0, 0],
    [317, 0],
    [0.5271, 4],
    [0.1, 1],
    [602333, 0],
    [77738.8, 1],
    [1e-10, 10],
    [123456789.12, 2],
  ])("%p has %p", (value, places) => expect(decimalPlaces(value)).toBe(places));

  test.each([[0.1 + 0.2], [1 / 3], [Math.PI], [1e-11], [2 ** 60], [Infinity], [NaN]])("%p is left to the decimal path", (value) => {
    expect(decimalPlaces(value)).toBe(-1);
  });
});

describe("exact a × b ÷ c", () => {
  test("the published electricity figure", () => {
    expect(exactMulDiv(602333, 0.5271, 1000)).toBe(317.4897243);
    const calculation = co2FromElectricity({ kwh: 602333, region: 0.5271 });
    if (isFormulaError(calculation)) throw new Error(calculation.message);
    expect(co2FromElectricityFast(602333, 0.5271)).toBe(calculation.value.toNumber());
  });

  test("where a plain float loop is off by one unit in the last place, it is not", () => {
    // 0.1 × 3 ÷ 1 is 0.30000000000000004 in float64 and 0.3 in decimal.
    expect(0.1 * 3).not.toBe(0.3);
    expect(exactMulDiv(0.1, 3, 1)).toBe(0.3);
    expect(exactMulDiv(1.15, 100, 1)).toBe(115);
    expect(1.15 * 100).not.toBe(115);
  });

  test("inputs it cannot read exactly take the decimal path", () => {
    expect(exactMulDiv(1, 1, 0)).toBeNaN();
    expect(exactMulDiv(0.1 + 0.2, 1, 1)).toBeNaN();
    expect(exactMulDiv(2 ** 52, 1, 1)).toBeNaN(); // two decimals with no places could round to it
    expect(exactMulDiv(1, 1, 1e-10 * 3.3)).toBeNaN(); // the denominator's mantissa would pass 2⁵³
  });

  test("a ledger in 元 with cents: products beyond 2⁵³ are still rounded exactly", () => {
    const cases: [number, number, number][] = [
      [12345.67, 123456789.12, 9876543210.55],
      [123456789.12, 987654321.5, 7],
      [999999.99, 4503599627.37, 3],
      [0.5271, 4503599627370.49, 1000],
    ];
    for (const [a, b, c] of cases) {
      expect(exactMulDiv(a, b, c)).toBe(new Decimal(a).times(b).div(c).toNumber());
    }
  });

  test("a quotient exactly halfway between two doubles is left to the decimal path", () => {
    // 321 × 28059810762433 = 2⁵³ + 1, halfway between 2⁵³ and 2⁵³ + 2.
    expect(321 * 28059810762433).toBe(2 ** 53);
    expect(exactMulDiv(321, 28059810762433, 1)).toBeNaN();
    expect(exactMulDiv(321, 28059810762433, 3)).toBe(new Decimal(321).times(28059810762433).div(3).toNumber());
  });

  test("the exact sign of a sum of doubles", () => {
    expect(signOfSum([1e16, 1, -1e16])).toBe(1);
    expect(signOfSum([1e16, -1, -1e16])).toBe(-1);
    expect(signOfSum([2 ** 53, 1, -(2 ** 53), -1])).toBe(0);
    expect(signOfSum([0.1, 0.2, -0.3])).toBe(1); // the doubles, not the decimals: 0.1 + 0.2 is above 0.3 in binary
    expect(signOfSum([])).toBe(0);
  });

  /** Checks exactMulDiv against decimal.js on random operands; returns the share it answered itself. */
  function agreesWithDecimal(a: fc.Arbitrary<number>, b: fc.Arbitrary<number>, c: fc.Arbitrary<number>, seed: number): number {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        a,
        b,
        c.filter((v) => v > 0),
        (x, y, z) => {
          runs++;
          const got = exactMulDiv(x, y, z);
          if (Number.isNaN(got)) return true;
          fast++;
          return Object.is(got, new Decimal(x).times(y).div(z).toNumber());
        },
      ),
      { numRuns: 20_000, seed },
    );
    return fast / runs;
  }

  test("equals decimal.js bit for bit on random ledger numbers, and applies to most of them", () => {
    expect(agreesWithDecimal(ledgerNumber(10 ** 8), ledgerNumber(10 ** 6), ledgerNumber(10 ** 9, 6), 6)).toBeGreaterThan(0.5);
  });

  test("equals decimal.js bit for bit where the mantissas' product passes 2⁵³", () => {
    expect(agreesWithDecimal(ledgerNumber(2 ** 51, 4), ledgerNumber(2 ** 51, 4), ledgerNumber(2 ** 36, 4), 9)).toBeGreaterThan(0.5);
  });

  test("holds for mantissas up to 2⁵²", () => {
    const big = 2 ** 52 - 1;
    expect(exactMulDiv(big, 1, 3)).toBe(new Decimal(big).div(3).toNumber());
    expect(exactMulDiv(big, 1, 7)).toBe(new Decimal(big).div(7).toNumber());
    expect(exactMulDiv(big, big, 7)).toBe(new Decimal(big).times(big).div(7).toNumber());
    expect(exactMulDiv(2 ** 26 - 1, 2 ** 26 + 1, 3)).toBe(
      new Decimal(2 ** 26 - 1)
        .times(2 ** 26 + 1)
        .div(3)
        .toNumber(),
    );
  });
});

describe("float64 twins of the ledger formulas", () => {
  test("financed emissions: equal to the decimal formula bit for bit, capped and uncapped", () => {
    fc.assert(
      fc.property(
        ledgerNumber(10 ** 8, 2),
        ledgerNumber(10 ** 7, 2),
        ledgerNumber(10 ** 8, 2).filter((d) => d > 0),
        fc.boolean(),
        (e, x, d, cap) => {
          const got = financedAmountFast(e, x, d, cap);
          return Number.isNaN(got) || Object.is(got, decimalPath(financedEmissions(e, x, d, cap)));
        },
      ),
      { numRuns: 20_000, seed: 7 },
    );
  });

  test("attribution and intensity: equal to the decimal formulas", () => {
    fc.assert(
      fc.property(
        ledgerNumber(10 ** 9),
        ledgerNumber(10 ** 9).filter((d) => d > 0),
        (x, d) => {
          const factor = attributionFactorFast(x, d);
          const intensity = carbonIntensityFast(x, d);
          return (
            (Number.isNaN(factor) || Object.is(factor, decimalPath(attributionFactor(x, d)))) &&
            (Number.isNaN(intensity) || Object.is(intensity, decimalPath(carbonIntensity(x, d))))
          );
        },
      ),
      { numRuns: 10_000, seed: 8 },
    );
  });

  test("heat: the bundled factor and a typed one, equal to the decimal formula", () => {
    fc.assert(
      fc.property(
        ledgerNumber(10 ** 10, 3),
        fc.option(
          ledgerNumber(10 ** 4, 4).filter((f) => f > 0),
          { nil: undefined },
        ),
        (gj, factor) => {
          const got = co2FromHeatFast(gj, factor);
          const expected = co2FromHeat(gj, factor);
          if (isFormulaError(expected)) throw new Error(expected.message);
          return Number.isNaN(got) || Object.is(got, expected.value.toNumber());
        },
      ),
      { numRuns: 10_000, seed: 10 },
    );
    expect(co2FromHeatFast(100)).toBe(11);
    expect(co2FromHeatFast(-1)).toBeNaN();
    expect(co2FromHeatFast(1, 0)).toBeNaN();
  });

  test("inputs the decimal formula rejects are never answered by the fast twin", () => {
    expect(financedAmountFast(-1, 5, 10)).toBeNaN();
    expect(financedAmountFast(1, -5, 10)).toBeNaN();
    expect(financedAmountFast(1, 5, 0)).toBeNaN();
    expect(financedAmountFast(Infinity, 20, 10)).toBeNaN();
    expect(financedAmountFast(1, 20, Infinity)).toBeNaN();
    expect(attributionFactorFast(1, 0)).toBeNaN();
    expect(carbonIntensityFast(1, 0)).toBeNaN();
    expect(co2FromElectricityFast(-1, 0.5)).toBeNaN();
    expect(co2FromElectricityFast(1, 3)).toBeNaN();
  });
});
