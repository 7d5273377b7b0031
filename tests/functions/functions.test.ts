import { FormulaError } from "../../src/core/errors";
import type { CellOutput } from "../../src/functions/broadcast";
import { CATALOG } from "../../src/functions/catalog";
import type { Arg } from "../../src/functions/broadcast";

function run(id: string, ...args: Arg[]): CellOutput[][] {
  return CATALOG.get(id)!.run(...args);
}

function single(id: string, ...args: Arg[]): CellOutput {
  const result = run(id, ...args);
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
}

function expectError(cell: CellOutput, kind: "value" | "na", ...fragments: string[]): void {
  expect(cell).toBeInstanceOf(FormulaError);
  const error = cell as FormulaError;
  expect(error.kind).toBe(kind);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
}

describe("Excel-style inputs", () => {
  test("scalars and 1×1 ranges give one value", () => {
    expect(single("CO2_FROM_ELECTRICITY", 602333, "南方", 2012)).toBeCloseTo(317.4897243, 10);
    expect(single("CO2_FROM_ELECTRICITY", [[602333]], [["南方"]], [[2012]])).toBeCloseTo(317.4897243, 10);
  });

  test("numeric text is read the way Excel reads typed input", () => {
    expect(single("CO2_FROM_ELECTRICITY", "602,333", "南方", "2012")).toBeCloseTo(317.4897243, 10);
    expect(single("CO2_FROM_ELECTRICITY", "６０２３３３", "南方", "2012年")).toBeCloseTo(317.4897243, 10);
  });

  test("omitted optional arguments (null) and empty optional cells use the defaults", () => {
    expect(single("CO2_FROM_ELECTRICITY", 1000, null, null, null)).toBeCloseTo(0.5306, 12);
    expect(single("CO2_FROM_ELECTRICITY", 1000, "", "")).toBeCloseTo(0.5306, 12);
    expect(single("CO2_FROM_HEAT", 100, null)).toBe(11);
  });
});

describe("bad input gives an Excel error with a message, never an exception", () => {
  test.each([
    ["text where a number belongs", ["CO2_FROM_ELECTRICITY", "abc"], "value", ["kwh", "abc"]],
    ["a logical where a number belongs", ["CO2_FROM_ELECTRICITY", true], "value", ["kwh", "TRUE"]],
    ["negative kWh", ["CO2_FROM_ELECTRICITY", -1], "value", ["kwh", "≥ 0"]],
    ["empty required cell", ["CO2_FROM_ELECTRICITY", ""], "value", ["kwh", "empty"]],
    ["omitted required argument", ["CO2_FROM_ELECTRICITY", null], "value", ["kwh"]],
    ["unknown region lists the accepted ones", ["CO2_FROM_ELECTRICITY", 1, "火星"], "na", ["region", "华北", "贵州"]],
    ["西藏 has no published factor", ["CO2_FROM_ELECTRICITY", 1, "西藏"], "na", ["西南"]],
    ["unknown year", ["CO2_FROM_ELECTRICITY", 1, "贵州", 2019], "value", ["year", "2023", "2012"]],
    ["a province has no 2012 factor", ["CO2_FROM_ELECTRICITY", 1, "贵州", 2012], "na", ["2012", "2023, 2022, 2021"]],
    ["reporting factors are national only", ["CO2_FROM_ELECTRICITY", 1, "贵州", "2023-2025"], "na", ["全国"]],
    ["a numeric region outside a plausible factor", ["CO2_FROM_ELECTRICITY", 1, 527.1], "value", ["kgCO2/kWh"]],
    ["green_kwh above kwh", ["CO2_FROM_ELECTRICITY", 100, "全国", 2023, 200], "value", ["green_kwh"]],
    ["unknown fuel lists the accepted ones", ["CO2_FROM_FUEL", 1, "木柴"], "na", ["fuel", "汽油", "柴油"]],
    ["unknown unit lists the accepted ones", ["CO2_FROM_FUEL", 1, "汽油", "桶"], "na", ["unit", "升"]],
    ["natural gas by mass", ["CO2_FROM_FUEL", 1, "天然气", "t"], "value", ["m3"]],
    ["LPG in litres without a density", ["CO2_FROM_FUEL", 100, "液化石油气", "L"], "value", ["density"]],
    ["unknown parameter set", ["CO2_FROM_FUEL", 1, "汽油", "t", "C"], "value", ["parameter_set", "A, B"]],
    ["a set without that fuel", ["CO2_FROM_FUEL", 1, "原煤", "t", "B"], "na", ["原煤"]],
    ["raw coal has only unverified parameters", ["CO2_FROM_FUEL", 1, "原煤"], "value", ["parameter_set"]],
    ["negative density", ["CO2_FROM_FUEL", 1, "汽油", "L", "A", -0.7], "value", ["density"]],
    ["negative heat", ["CO2_FROM_HEAT", -5], "value", ["gj"]],
    ["zero heat factor", ["CO2_FROM_HEAT", 5, 0], "value", ["factor"]],
    ["unknown factor kind", ["EMISSION_FACTOR", "水", "全国"], "na", ["kind", "电力"]],
    ["unknown factor key", ["FACTOR_SOURCE", "电力", "Atlantis"], "na", ["region"]],
    ["conversion between dimensions", ["CONVERT_UNIT", 1, "kg", "kWh"], "value", ["kg", "kWh"]],
    ["conversion from an unknown unit", ["CONVERT_UNIT", 1, "斤", "kg"], "na", ["from"]],
    ["conversion of text", ["CONVERT_UNIT", "n/a", "kg", "t"], "value", ["value"]],
  ] as const)("%s", (_, [id, ...args], kind, fragments) => {
    expect(() => run(id, ...(args as Arg[]))).not.toThrow();
    expectError(single(id, ...(args as Arg[])), kind, ...fragments);
  });

  test("every function survives arbitrary junk in every argument", () => {
    const junk: Arg[] = [null, "", "?", -1, 0, 1e308, true, [[null]], [["x", 1], [2]], [[]], NaN];
    for (const definition of CATALOG.values()) {
      for (const value of junk) {
        const args = definition.params.map(() => value);
        expect(() => definition.run(...args)).not.toThrow();
      }
    }
  });
});

describe("ranges broadcast element-wise", () => {
  test("a 10,000-row range returns 10,000 results in one call; a bad row errs in its own cell only", () => {
    const rows: Arg = Array.from({ length: 10000 }, (_, i) => [i === 4321 ? "abc" : 1000 + i]);
    const result = run("CO2_FROM_ELECTRICITY", rows, "贵州", 2023);
    expect(result).toHaveLength(10000);
    expect(result.every((row) => row.length === 1)).toBe(true);
    expectError(result[4321][0], "value", "kwh");
    const errors = result.filter((row) => row[0] instanceof FormulaError);
    expect(errors).toHaveLength(1);
    expect(result[0][0]).toBeCloseTo(0.5683, 12);
    expect(result[9999][0]).toBeCloseTo(((1000 + 9999) * 0.5683) / 1000, 9);
  });

  test("a column of quantities with a column of regions pairs row by row", () => {
    const result = run("CO2_FROM_ELECTRICITY", [[1000], [1000], [1000]], [["贵州"], ["南方"], ["火星"]], 2023);
    expect(result[0][0]).toBeCloseTo(0.5683, 12);
    expect(result[1][0]).toBeCloseTo(0.4042, 12);
    expectError(result[2][0], "na", "火星");
  });

  test("a row of years with a column of quantities gives a table", () => {
    const result = run("CO2_FROM_ELECTRICITY", [[1000], [2000]], "全国", [[2021, 2022, 2023]]);
    expect(result).toHaveLength(2);
    expect(result[1]).toHaveLength(3);
    expect(result[1][2]).toBeCloseTo(1.0612, 12);
  });

  test("ranges of different lengths give #N/A where one has no value, like Excel", () => {
    const result = run("CONVERT_UNIT", [[1], [2], [3]], [["万元"], ["亿元"]], "元");
    expect(result[0][0]).toBe(10000);
    expect(result[1][0]).toBe(200000000);
    expectError(result[2][0], "na");
  });

  test("fuels and units may be ranges too", () => {
    const result = run("CO2_FROM_FUEL", [[10000], [1]], [["天然气"], ["汽油"]], [["m3"], ["t"]], "A");
    expect(result[0][0]).toBeCloseTo(21.62188809, 8);
    expect(result[1][0]).toBeCloseTo(2.92505598, 8);
  });
});

describe("EMISSION_FACTOR and FACTOR_SOURCE report what a calculation used", () => {
  test("electricity", () => {
    expect(single("EMISSION_FACTOR", "电力", "南方", 2012)).toBe(0.5271);
    expect(single("EMISSION_FACTOR", "electricity", "Guizhou")).toBe(0.5683);
    expect(single("EMISSION_FACTOR", "电力", "全国", "2023-2025")).toBe(0.5703);
    expect(single("EMISSION_FACTOR", "电力不含市场化非化石", "全国", 2022)).toBe(0.5856);
    expect(single("EMISSION_FACTOR", "化石能源电力", "全国", 2023)).toBe(0.8273);
    const source = single("FACTOR_SOURCE", "电力", "南方", 2012) as string;
    expect(source).toContain("0.5271 kgCO2/kWh");
    expect(source).toContain("2011年和2012年中国区域电网平均二氧化碳排放因子");
    expect(source).toContain("[verified]");
    expect(single("FACTOR_SOURCE", "电力", "贵州省", 2023)).toContain("公告2025年第47号");
  });

  test("fuels, heat, density and conversions", () => {
    expect(single("EMISSION_FACTOR", "燃料", "汽油", null, "A")).toBeCloseTo(2.92505598, 10);
    expect(single("EMISSION_FACTOR", "fuel", "天然气")).toBeCloseTo(21.62188809, 8);
    expect(single("EMISSION_FACTOR", "热力", "外购热力")).toBe(0.11);
    expect(single("EMISSION_FACTOR", "密度", "汽油")).toBe(0.775);
    expect(single("EMISSION_FACTOR", "折标系数", "电力")).toBe(0.1229);
    expect(single("FACTOR_SOURCE", "燃料", "原煤", null, "A")).toContain("[unverified]");
    expect(single("FACTOR_SOURCE", "燃料", "燃料油", null, "A")).toContain("[verified-secondary]");
    expect(single("FACTOR_SOURCE", "燃料", "汽油", null, "B")).toContain("NCV 44.8 GJ/t");
    expect(single("FACTOR_SOURCE", "热力", "heat")).toContain("公共建筑运营单位");
  });

  test("power-benefit parameters and the carbon reduction facility", () => {
    expect(single("EMISSION_FACTOR", "供电标准煤耗", "全国", 2020)).toBe(305.5);
    expect(single("EMISSION_FACTOR", "supply_coal", "全国")).toBe(302.4);
    expect(single("EMISSION_FACTOR", "电网基准线OM", "南方")).toBe(0.8042);
    expect(single("EMISSION_FACTOR", "baseline_bm", "南方")).toBe(0.2135);
    expect(single("EMISSION_FACTOR", "碳减排支持工具", "比例")).toBe(0.6);
    expect(single("FACTOR_SOURCE", "电网基准线OM", "南方")).toContain("年度未核实");
    expect(single("FACTOR_SOURCE", "碳减排支持工具", "利率")).toContain("1.25%");
    expect(single("EMISSION_FACTOR", "碳减排支持工具", "利率", "2025-06-30")).toBe(0.015);
    expect(single("FACTOR_SOURCE", "碳减排支持工具", "利率", "2022-01-01")).toContain("银发〔2021〕278号");
    expectError(single("EMISSION_FACTOR", "供电标准煤耗", "全国", 2018), "na", "2020");
  });
});

describe("scope 2 by either method (GHG Protocol Scope 2 Guidance)", () => {
  // 1,000 kWh in 贵州 (2023: 0.5683), 400 of them green; the 2023 national factor excluding market-traded non-fossil power is 0.6096.
  test.each([
    ["market (the default)", undefined, 0.36576], // 600 kWh × 0.6096 ÷ 1000
    ["market", "market", 0.36576],
    ["location", "location", 0.5683], // 1,000 kWh × 0.5683 ÷ 1000
    ["基于位置", "基于位置", 0.5683],
  ])("%s", (_, method, tonnes) => {
    expect(single("CO2_FROM_ELECTRICITY", 1000, "贵州", "2023", 400, method)).toBeCloseTo(tonnes, 12);
  });

  test("without green power the two methods agree; an unknown method names the accepted ones", () => {
    expect(single("CO2_FROM_ELECTRICITY", 602333, "南方", "2012", null, "location")).toBe(single("CO2_FROM_ELECTRICITY", 602333, "南方", "2012"));
    expectError(single("CO2_FROM_ELECTRICITY", 1000, "贵州", "2023", 400, "residual"), "value", "method", "location");
  });
});

describe("a fuel with the report's own factor", () => {
  test("Anlong's natural gas: 38,645 m³ × 0.0021700 tCO2/m³ = 83.85965 t, cited as the user's factor", () => {
    expect(single("CO2_FROM_FUEL", 38645, "天然气", "m3", null, null, 0.00217)).toBeCloseTo(83.85965, 10);
    expectError(single("CO2_FROM_FUEL", 38645, "天然气", "m3", null, null, -1), "value", "factor");
    expectError(single("CO2_FROM_FUEL", 38645, "木柴", "m3", null, null, 0.002), "na", "fuel");
  });
});
