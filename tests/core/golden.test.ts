import { dec, roundHalfUp } from "../../src/core/decimal";
import { FormulaError, isFormulaError } from "../../src/core/errors";
import { Calculation, co2FromElectricity, co2FromFuel, co2FromHeat } from "../../src/core/operational";

function tonnes(result: Calculation | FormulaError): string {
  if (isFormulaError(result)) throw new Error(result.toString());
  return result.value.toString();
}

describe("published and official figures reproduce exactly", () => {
  test("Anlong 2021: 602,333 kWh × 0.5271 (2012 南方 regional average) = 317.49 t", () => {
    const result = co2FromElectricity({ kwh: 602333, region: "南方", year: "2012" });
    expect(tonnes(result)).toBe("317.4897243");
    expect(roundHalfUp(dec(tonnes(result)), 2)).toBe(317.49);
  });

  test.each([
    ["贵州", "2023", 1000, "0.5683"],
    ["全国", "2022", 1000, "0.5366"],
    ["全国", "2021", 1000, "0.5568"],
    ["全国", "2023", 1000, "0.5306"],
    ["Guizhou", "2022", 1000, "0.4989"],
    ["贵州省", "2021", 1000, "0.5182"],
    ["全国", "2023-2025", 1000, "0.5703"],
    ["全国", "2021-2022", 1000, "0.581"],
    ["全国", "pre-2021", 1000, "0.6101"],
  ])("%s %s: %d kWh → %s t", (region, year, kwh, expected) => {
    expect(tonnes(co2FromElectricity({ kwh, region, year }))).toBe(expected);
  });

  test("Anlong's electricity under the current factors (reference g.1)", () => {
    const kwh = 602333;
    const at = (region: string, year?: string) => roundHalfUp(dec(tonnes(co2FromElectricity({ kwh, region, year }))), 2);
    expect(at("贵州", "2023")).toBe(342.31);
    expect(at("贵州", "2022")).toBe(300.5);
    expect(at("贵州", "2021")).toBe(312.13);
    expect(at("南方", "2023")).toBe(243.46);
    expect(at("南方", "2022")).toBe(233.04);
    expect(at("全国", "2022")).toBe(323.21);
    expect(at("全国", "2023-2025")).toBe(343.51);
  });

  test("default region is 全国 and the default year the newest (2023: 0.5306)", () => {
    expect(tonnes(co2FromElectricity({ kwh: 10000 }))).toBe("5.306");
  });

  test("a number in place of the region is a factor in kgCO2/kWh", () => {
    expect(tonnes(co2FromElectricity({ kwh: 602333, region: 0.5271 }))).toBe("317.4897243");
  });

  test("green electricity counts as zero; the rest uses the national factor excluding market-traded non-fossil power", () => {
    // 2023: (10,000 − 4,000) kWh × 0.6096 = 3.6576 t
    const result = co2FromElectricity({ kwh: 10000, region: "贵州", year: "2023", greenKwh: 4000 });
    expect(tonnes(result)).toBe("3.6576");
    expect(tonnes(co2FromElectricity({ kwh: 10000, region: "全国", year: "2022", greenKwh: 10000 }))).toBe("0");
    // 2012 publishes no such factor: the remainder uses the chosen 2012 factor.
    expect(tonnes(co2FromElectricity({ kwh: 1000, region: "南方", year: "2012", greenKwh: 500 }))).toBe("0.26355");
  });

  test("10,000 m³ natural gas, set A → 21.62 t (389.31 GJ/10⁴Nm³ × 15.3 tC/TJ × 99 % × 44/12)", () => {
    const result = tonnes(co2FromFuel({ quantity: 10000, fuel: "天然气", unit: "m3", parameterSet: "A" }));
    expect(result).toBe(dec("389.31").times("0.0153").times("0.99").times(44).div(12).toString());
    expect(roundHalfUp(dec(result), 2)).toBe(21.62);
    expect(tonnes(co2FromFuel({ quantity: 1, fuel: "natural gas", unit: "万m3" }))).toBe(result);
  });

  test("1 t gasoline, set A → 2.925 t", () => {
    const result = tonnes(co2FromFuel({ quantity: 1, fuel: "汽油", unit: "t", parameterSet: "A" }));
    expect(result).toBe("2.92505598");
    expect(roundHalfUp(dec(result), 3)).toBe(2.925);
    expect(tonnes(co2FromFuel({ quantity: 1000, fuel: "gasoline", unit: "kg" }))).toBe(result);
  });

  test("set B gasoline differs from set A (44.80 GJ/t × 0.0189 tC/GJ × 98 %) = 3.0425 t/t", () => {
    expect(roundHalfUp(dec(tonnes(co2FromFuel({ quantity: 1, fuel: "汽油", parameterSet: "B" }))), 4)).toBe(3.0425);
  });

  test("litres use the density: 1,000 L diesel at the GB 19147 value 0.845 kg/L, or as given", () => {
    const byDefault = tonnes(co2FromFuel({ quantity: 1000, fuel: "柴油", unit: "升" }));
    expect(byDefault).toBe(dec("0.845").times("42.652").times("0.0202").times("0.98").times(44).div(12).toString());
    const given = tonnes(co2FromFuel({ quantity: 1000, fuel: "柴油", unit: "L", density: 0.84 }));
    expect(given).toBe(tonnes(co2FromFuel({ quantity: 1000, fuel: "柴油", unit: "L", density: 840 })));
  });

  test("Anlong gasoline 15,291 L at 0.7436 kg/L (set A) reproduces the published 33.26 t", () => {
    const result = tonnes(co2FromFuel({ quantity: 15291, fuel: "汽油", unit: "L", density: 0.7436 }));
    expect(roundHalfUp(dec(result), 2)).toBe(33.26);
  });

  test("energy in GJ skips the heating value: 100 GJ gasoline = 100 × 18.9/1000 × 0.98 × 44/12", () => {
    expect(tonnes(co2FromFuel({ quantity: 100, fuel: "汽油", unit: "GJ" }))).toBe(dec(100).times("0.0189").times("0.98").times(44).div(12).toString());
  });

  test("100 GJ purchased heat → 11 t; a given factor overrides", () => {
    expect(tonnes(co2FromHeat(100))).toBe("11");
    expect(tonnes(co2FromHeat(100, 0.12))).toBe("12");
  });
});
