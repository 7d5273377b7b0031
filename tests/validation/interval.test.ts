import { dec } from "../../src/core/decimal";
import { intervalOf, readCell } from "../../src/validation/cells";
import { Interval } from "../../src/validation/interval";
import { decimalsOfFormat } from "../../src/workbook/snapshot";

const str = (i: Interval) => `[${i.lo}, ${i.hi}]`;

describe("printed values are intervals", () => {
  test("11.04 with 2 decimals stands for [11.035, 11.045]", () => {
    expect(str(Interval.printed(dec("11.04"), 2))).toBe("[11.035, 11.045]");
  });

  test("0.00 includes zero; division by an interval that may be zero is undefined", () => {
    const zero = Interval.printed(dec(0), 2);
    expect(str(zero)).toBe("[-0.005, 0.005]");
    expect(Interval.exact(1).div(zero)).toBeUndefined();
  });

  test("a ratio of printed values covers every ratio of values that print the same", () => {
    const r = Interval.printed(dec("0.4530"), 4).div(Interval.printed(dec("3.9204"), 4))!;
    expect(r.lo.toNumber()).toBeCloseTo(0.45295 / 3.92045, 12);
    expect(r.hi.toNumber()).toBeCloseTo(0.45305 / 3.92035, 12);
  });

  test("distance is zero when intervals meet", () => {
    expect(Interval.printed(dec(1), 0).distance(Interval.printed(dec(2), 0)).toString()).toBe("0");
    expect(Interval.exact(1).distance(Interval.exact(1.5)).toString()).toBe("0.5");
  });
});

describe("cells", () => {
  test.each([
    [{ value: 0.037, decimals: 2, percent: true }, "[0.03695, 0.03705]"],
    [{ value: "3.70%" }, "[0.03695, 0.03705]"],
    [{ value: "77,738.80" }, "[77738.795, 77738.805]"],
    [{ value: 46.4919 }, "[46.49185, 46.49195]"],
  ])("%j", (cell, expected) => {
    const reading = readCell(cell);
    expect(reading.kind).toBe("number");
    if (reading.kind === "number") expect(str(intervalOf(reading, false))).toBe(expected);
  });

  test("a number in a % row is a percentage", () => {
    const reading = readCell({ value: 3.7, decimals: 2 });
    if (reading.kind === "number") expect(str(intervalOf(reading, true))).toBe("[0.03695, 0.03705]");
  });

  test.each([["/", "marker"], ["——", "marker"], ["-", "marker"], ["约2,227,236", "text"], ["", "empty"]])("%s is %s", (value, kind) => {
    expect(readCell({ value }).kind).toBe(kind);
  });
});

describe("displayed decimals from number formats", () => {
  test.each([
    ["0.00", 2, false],
    ["#,##0.0000", 4, false],
    ["0.00%", 2, true],
    ["0%", 0, true],
    ["#,##0", 0, false],
    ['#,##0.00;[Red]-#,##0.00', 2, false],
    ['0.00"万元"', 2, false],
  ])("%s → %d decimals", (format, decimals, percent) => {
    expect(decimalsOfFormat(format)).toEqual({ decimals, percent });
  });

  test("General shows the value's own digits", () => {
    expect(decimalsOfFormat("General")).toEqual({ percent: false });
  });
});
