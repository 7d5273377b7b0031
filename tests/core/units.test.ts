import { FormulaError, isFormulaError } from "../../src/core/errors";
import { CATALOG } from "../../src/functions/catalog";
import { convertUnits } from "../../src/core/units";

function converted(value: number, from: string, to: string): string {
  const result = convertUnits(value, from, to);
  if (isFormulaError(result)) throw new Error(result.toString());
  return result.value.toString();
}

describe("CONVERT_UNIT", () => {
  test.each([
    [1, "亿元", "万元", "10000"],
    [3.9204, "亿元", "元", "392040000"],
    [873901.12, "万元", "亿元", "87.390112"],
    [1, "MWh", "kWh", "1000"],
    [1, "万kWh", "kWh", "10000"],
    [1, "GWh", "MWh", "1000"],
    [1000, "kWh", "GJ", "3.6"],
    [1, "万吨", "t", "10000"],
    [1500, "千克", "吨", "1.5"],
    [1, "万立方米", "m3", "10000"],
    [2500, "升", "立方米", "2.5"],
    [1, "万tce", "吨标准煤", "10000"],
  ])("%d %s → %s = %s", (value, from, to, expected) => {
    expect(converted(value, from, to)).toBe(expected);
  });

  test("electricity to standard coal uses the cited 当量值 0.1229 kgce/kWh", () => {
    expect(converted(10000, "kWh", "tce")).toBe("1.229");
    const result = convertUnits(10000, "kWh", "tce");
    expect(isFormulaError(result) ? [] : result.factors.map((f) => f.value)).toEqual(["0.1229"]);
  });

  test("heat to standard coal uses 29.307 GJ/tce", () => {
    expect(converted(29.307, "GJ", "tce")).toBe("1");
    expect(converted(1, "tce", "MJ")).toBe("29307");
  });

  test("mixing dimensions is an error naming both units", () => {
    const result = convertUnits(1, "kg", "kWh");
    expect(isFormulaError(result) && result.message).toMatch(/kg.*kWh/);
  });

  test("an unknown unit lists the accepted ones", () => {
    const result = convertUnits(1, "furlong", "m3");
    expect(isFormulaError(result) && result.kind).toBe("na");
    expect(isFormulaError(result) && result.message).toContain("万元");
  });
});

describe("PAPER_MASS", () => {
  const run = (...args: (number | string)[]) => CATALOG.get("PAPER_MASS")!.run(...args)[0][0];
  test("86,000 sheets of 4.4 g are 0.3784 t", () => {
    expect(run(86000, 4.4)).toBe(0.3784);
  });
  test("the grams per sheet must be given and positive: no silent default", () => {
    expect(CATALOG.get("PAPER_MASS")!.params.find((p) => p.name === "grams_per_sheet")!.optional).toBeFalsy();
    const zero = run(86000, 0);
    expect(zero).toBeInstanceOf(FormulaError);
    expect(String((zero as FormulaError).message)).toMatch(/grams_per_sheet/);
  });
});
