import fc from "fast-check";
import DecimalJs from "decimal.js";
import { FormulaError } from "../../src/core/errors";
import type { Arg, CellOutput } from "../../src/functions/broadcast";
import { CATALOG } from "../../src/functions/catalog";
import { main } from "../../src/cli/main";

function run(id: string, ...args: Arg[]): CellOutput[][] {
  return CATALOG.get(id)!.run(...args);
}

async function fn(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["fn", ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("acceptance figures through the CLI (the code Excel runs)", () => {
  test.each([
    [["FINANCED_EMISSIONS", "10000", "500", "2000"], "2500"],
    [["FINANCED_EMISSIONS", "10000", "3000", "2000"], "10000"],
    [["FINANCED_EMISSIONS", "10000", "3000", "2000", "FALSE"], "15000"],
    [["CARBON_FACILITY_FUNDS", "1000"], "600"],
    [["CARBON_FACILITY_SAVING", "1000", "3.5%", "1"], "13.5"],
    [["CARBON_FACILITY_SAVING", "1000", "3.5%", "1", "0.6", "", "2026-03-01"], "13.5"],
    [["CARBON_FACILITY_SAVING", "1000", "3.5%", "1", "0.6", "", "2024-06-30"], "10.5"],
    [["FACILITY_LOAN_REDUCTION", "12000", "3000", "10000"], "3600"],
    [["WEIGHTED_RATE", "[[0.03],[0.04]]", "[[100],[300]]"], "0.0375"],
    [["OFFSETS_NEEDED", "640.59"], "641"],
    [["POWER_COAL_SAVED", "9164.9511", "307"], "2813.6399877"],
    [["POWER_CO2_REDUCTION", "9164.9511", "南方", "水电"], "4663.585367235"],
    [["PCAF_SCORE", "2b"], "3"],
    [["PCAF_WEIGHTED_SCORE", '[[2],[4],["3b"]]', "[[500],[300],[200]]"], "3.2"],
    [["COVERAGE_RATIO", "45", "60"], "0.75"],
    [["LINKED_LOAN_RATE", "4.35%", "0.875", "1", "5", "30"], "0.0405"],
  ])("%j → %s", async (args, expected) => {
    expect(await fn(...args)).toEqual({ code: 0, stdout: String(Number(expected)), stderr: "" });
  });
});

describe("a loan ledger in one formula", () => {
  test("100,000 rows equal a decimal.js reference row by row; a bad row errs in its own cell; a zero denominator is an error", () => {
    const n = 100_000;
    const random = fc.sample(fc.tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 1, max: 2_000_000 })), {
      numRuns: n,
      seed: 20211231,
    });
    const emissions: Arg = random.map(([e]) => [e / 100]);
    const exposure: Arg = random.map(([, x]) => [x / 10]);
    const denominator: Arg = random.map(([, , d]) => [d / 10]);
    (emissions as unknown[][])[777] = ["n/a"];
    (denominator as unknown[][])[4242] = [0];

    const result = run("FINANCED_EMISSIONS", emissions, exposure, denominator);
    expect(result).toHaveLength(n);

    const Reference = DecimalJs.clone({ precision: 40 });
    let compared = 0;
    for (let i = 0; i < n; i++) {
      const cell = result[i][0];
      if (i === 777) {
        expect(cell).toBeInstanceOf(FormulaError);
        expect((cell as FormulaError).message).toContain("emissions");
        continue;
      }
      if (i === 4242) {
        expect(cell).toBeInstanceOf(FormulaError);
        expect((cell as FormulaError).message).toContain("denominator");
        continue;
      }
      const e = new Reference((emissions as number[][])[i][0]);
      const factor = Reference.min(new Reference((exposure as number[][])[i][0]).div((denominator as number[][])[i][0]), 1);
      expect(cell).toBe(e.times(factor).toNumber());
      compared++;
    }
    expect(compared).toBe(n - 2);
  });
});

describe("bad input to the financing and benefit functions", () => {
  test.each([
    ["FINANCED_EMISSIONS", [100, 5, 0], "denominator"],
    ["FINANCED_EMISSIONS", [-100, 5, 10], "emissions"],
    ["ATTRIBUTION_FACTOR", [5, 10, "maybe"], "cap"],
    ["COVERAGE_RATIO", [7, 5], "total"],
    ["CARBON_INTENSITY", [7, 0], "exposure"],
    ["PCAF_SCORE", ["9z"], "1a"],
    ["PCAF_WEIGHTED_SCORE", [[[1], [2]], [[5]]], "same number"],
    [
      "PCAF_WEIGHTED_SCORE",
      [
        [[1], [""]],
        [[5], [3]],
      ],
      "scores row 2",
    ],
    ["GREEN_LOAN_BENEFIT", [100, 5, 0], "total_investment"],
    ["POWER_COAL_SAVED", [100, 2019], "2020"],
    ["POWER_COAL_SAVED", [100, -3], "coal_g_per_kwh"],
    ["POWER_CO2_REDUCTION", [100, "西南"], "南方"],
    ["POWER_CO2_REDUCTION", [100, "南方", "潮汐"], "technology"],
    ["POWER_SO2_REDUCTION", [100, 1.2, 0.85], "0.012"],
    ["POWER_SO2_REDUCTION", [100, 0.012, 85], "release_coef"],
    ["POWER_NOX_REDUCTION", [100, 3.3, 1.4], "raw_coal_coef"],
    ["POLLUTANT_REDUCTION", [100, 20, 30], "conc_after"],
    ["CARBON_FACILITY_FUNDS", [1000, 60], "share"],
    ["CARBON_FACILITY_SAVING", [1000, 3.5], "funding_rate"],
    ["LINKED_LOAN_RATE", [0.04, 1, 0, 5], "target"],
    ["OFFSETS_NEEDED", [100, 0], "unit_t"],
  ] as const)("%s(%j) names %s", (id, args, fragment) => {
    const cell = run(id, ...(args as unknown as Arg[]))[0][0];
    expect(cell).toBeInstanceOf(FormulaError);
    expect((cell as FormulaError).message).toContain(fragment);
  });

  test("blank rows at the end of a ledger range are skipped by PCAF_WEIGHTED_SCORE", () => {
    expect(run("PCAF_WEIGHTED_SCORE", [[2], [4], [""], [null]], [[100], [100], [""], [null]])[0][0]).toBe(3);
  });
});

describe("no input makes any function throw", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.constantFrom("全国", "南方", "2023", "1a", "汽油", "kWh", "万元", "TRUE", "1,000", "3.5%", "NaN", "-0"),
  );
  const argument = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));

  test.each([...CATALOG.keys()])("%s", (id) => {
    const definition = CATALOG.get(id)!;
    fc.assert(
      fc.property(fc.array(argument, { minLength: definition.params.length, maxLength: definition.params.length }), (args) => {
        const result = definition.run(...(args as Arg[]));
        return (
          Array.isArray(result) && result.every((row) => row.every((v) => v instanceof FormulaError || ["number", "string", "boolean"].includes(typeof v)))
        );
      }),
      { numRuns: 300 },
    );
  });

  test("no result is ever NaN or Infinity", () => {
    for (const definition of CATALOG.values()) {
      const args = definition.params.map(() => [[0], [1e308], [-0], [5e-324]]);
      for (const row of definition.run(...(args as Arg[]))) {
        for (const v of row) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      }
    }
  });
});
