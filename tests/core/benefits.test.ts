import { dec, roundHalfUp } from "../../src/core/decimal";
import { isFormulaError } from "../../src/core/errors";
import { greenLoanBenefit, pollutantReduction, powerCo2Reduction, powerCoalSaved, powerNoxReduction, powerSo2Reduction } from "../../src/core/benefits";
import { carbonFacilityFunds, carbonFacilitySaving, linkedLoanRate, offsetsNeeded, weightedRate } from "../../src/core/whatif";

function value<T extends { value: unknown } | unknown>(result: T): string {
  if (isFormulaError(result)) throw new Error(result.toString());
  const v = (result as { value?: unknown }).value ?? result;
  return String(v);
}

describe("Anlong 2021 hydropower loan reproduces (domain reference g.2)", () => {
  const supply = 9164.9511; // MWh attributed to the loan

  test("standard coal saved at 307 gce/kWh: 2,813.64 tce", () => {
    const coal = value(powerCoalSaved(supply, 307));
    expect(coal).toBe("2813.6399877");
    expect(roundHalfUp(coal, 2)).toBe(2813.64);
  });

  test("CO2 in 南方 for hydro (CM = 0.5 × 0.8042 + 0.5 × 0.2135 = 0.50885): 4,663.59 t", () => {
    const co2 = value(powerCo2Reduction({ supplyMwh: supply, region: "南方", technology: "水电" }));
    expect(co2).toBe(dec(supply).times("0.50885").toString());
    expect(roundHalfUp(co2, 2)).toBe(4663.59);
  });

  test("SO2 at 1.2 % sulfur and release 0.85: 80.36 t", () => {
    expect(roundHalfUp(value(powerSo2Reduction(2813.64, 0.012, 0.85)), 2)).toBe(80.36);
  });

  test("NOx at 3.3 kg per t of raw coal: 13.00 t", () => {
    expect(roundHalfUp(value(powerNoxReduction(2813.64, 3.3)), 2)).toBe(13);
  });
});

describe("power benefit details", () => {
  test("wind and solar weight the operating margin 0.75", () => {
    // 南方: 0.75 × 0.8042 + 0.25 × 0.2135 = 0.656525
    expect(value(powerCo2Reduction({ supplyMwh: 1000, region: "南方", technology: "光伏" }))).toBe("656.525");
    expect(value(powerCo2Reduction({ supplyMwh: 1000, region: "South", technology: "wind" }))).toBe("656.525");
  });

  test("given OM and BM override the table; the region can then be any grid", () => {
    expect(value(powerCo2Reduction({ supplyMwh: 1000, region: "华北", om: 0.9, bm: 0.3 }))).toBe("600");
  });

  test("西南 has no baseline factors in the bundled table", () => {
    const result = powerCo2Reduction({ supplyMwh: 1000, region: "西南" });
    expect(isFormulaError(result) && result.message).toContain("华北");
  });

  test("a year in place of the coal consumption uses the sourced national value", () => {
    expect(value(powerCoalSaved(1000, 2020))).toBe("305.5");
    expect(value(powerCoalSaved(1000, "2024年"))).toBe("302.4");
    const unsourced = powerCoalSaved(1000, 2018);
    expect(isFormulaError(unsourced) && unsourced.message).toContain("2020");
  });

  test("the 2013 guideline's example value 326 gce/kWh", () => {
    expect(value(powerCoalSaved(100, 326))).toBe("32.6");
  });

  test("green-loan benefit is attributed by loan ÷ investment and never exceeds the project's", () => {
    expect(value(greenLoanBenefit(1000, 3000, 10000))).toBe("300");
    expect(value(greenLoanBenefit(1000, 12000, 10000))).toBe("1000");
  });

  test("COD removed: 1,000,000 t of water from 300 to 50 mg/L = 250 t", () => {
    expect(value(pollutantReduction(1_000_000, 300, 50))).toBe("250");
  });
});

describe("what-if helpers", () => {
  test("carbon reduction facility: 60 % of principal, saving against the bank's own funding cost", () => {
    expect(value(carbonFacilityFunds(1000))).toBe("600");
    // Today's rate, 1.25 % from 2026-01-15: 600 × (3.5 % − 1.25 %).
    expect(value(carbonFacilitySaving(1000, 0.035, 1))).toBe("13.5");
    expect(value(carbonFacilitySaving(1000, 0.035, 3))).toBe("40.5");
    expect(value(carbonFacilitySaving(1000, 0.03, 1, 0.6, 0.0175))).toBe("7.5");
  });

  test.each([
    ["2026-03-01", "13.5"], // 1.25 %
    ["2026-01-15", "13.5"],
    ["2026-01-14", "12"], // 1.5 % from 2025-05-07
    ["2025年5月7日", "12"],
    [45_717, "10.5"], // Excel's serial day for 2025-03-01 is 45717: 1.75 %
    ["2021-11-08", "10.5"],
  ])("the facility rate in force on the loan's date %s", (date, saved) => {
    expect(value(carbonFacilitySaving(1000, 0.035, 1, undefined, undefined, date))).toBe(saved);
  });

  test("before the facility, or not a date: an error naming the parameter; an explicit rate wins over a date", () => {
    const early = carbonFacilitySaving(1000, 0.035, 1, undefined, undefined, "2021-11-07");
    expect(isFormulaError(early) && early.message).toContain("2021-11-08");
    const bad = carbonFacilitySaving(1000, 0.035, 1, undefined, undefined, "2026-02-30");
    expect(isFormulaError(bad) && bad.message).toContain("date");
    expect(value(carbonFacilitySaving(1000, 0.035, 1, undefined, 0.0175, "2026-03-01"))).toBe("10.5");
  });

  test("loan-weighted average rate and the per-loan reduction of the facility's disclosure", () => {
    expect(
      value(
        weightedRate([
          { rate: 0.03, amount: 100 },
          { rate: 0.04, amount: 300 },
        ]),
      ),
    ).toBe("0.0375");
    const empty = weightedRate([{ rate: 0.03, amount: 0 }]);
    expect(isFormulaError(empty)).toBe(true);
  });

  test("a percentage typed as a whole number is caught", () => {
    const result = carbonFacilitySaving(1000, 3.5);
    expect(isFormulaError(result) && result.message).toContain("0.035");
  });

  test("linked-loan pricing moves by full 1 % steps of the KPI's deviation, within the cap", () => {
    // Beat by 12.5 % → 12 full steps × 5 bp = 60 bp lower.
    expect(value(linkedLoanRate(0.0435, 0.875, 1, 5))).toBe("0.0375");
    // Capped at 30 bp.
    expect(value(linkedLoanRate(0.0435, 0.875, 1, 5, 30))).toBe("0.0405");
    // Missed by 2.9 % → 2 steps up.
    expect(value(linkedLoanRate(0.0435, 1.029, 1, 10))).toBe("0.0455");
    // Within 1 %: no change.
    expect(value(linkedLoanRate(0.0435, 0.995, 1, 10))).toBe("0.0435");
  });

  test("Kunlun's carbon-neutral branch: 640.59 t → 641 credits", () => {
    expect(value(offsetsNeeded(640.59))).toBe("641");
    expect(value(offsetsNeeded(641))).toBe("641");
    expect(value(offsetsNeeded(2500, 1000))).toBe("3");
  });
});

describe("clean-power reductions need a regional grid", () => {
  test("a province gets a message naming its usual grid (unverified membership), never a computed figure", () => {
    for (const [province, grid] of [
      ["贵州省", "南方"],
      ["四川", "华中"],
      ["重庆", "华中"],
    ]) {
      const result = powerCo2Reduction({ supplyMwh: 1000, region: province });
      expect(isFormulaError(result) && result.message).toContain(`${grid} 区域电网（归属未经核实）`);
    }
    const southwest = powerCo2Reduction({ supplyMwh: 1000, region: "西南" });
    expect(isFormulaError(southwest) && southwest.message).toContain("give om and bm");
  });
});
