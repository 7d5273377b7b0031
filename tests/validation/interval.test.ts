import { intervalOf, readCell } from "../../src/validation/cells";
import { Interval } from "../../src/validation/interval";
import { decimalsOfFormat } from "../../src/workbook/snapshot";

/** Endpoints to 12 significant digits: they are rounded outward by a few units in the last place. */
const str = (i: Interval) => `[${Number(i.lo.toPrecision(12))}, ${Number(i.hi.toPrecision(12))}]`;

describe("printed values are intervals", () => {
  test("11.04 with 2 decimals stands for [11.035, 11.045]", () => {
    expect(str(Interval.printed(11.04, 2))).toBe("[11.035, 11.045]");
  });

  test("0.00 includes zero; division by an interval that may be zero is undefined", () => {
    const zero = Interval.printed(0, 2);
    expect(str(zero)).toBe("[-0.005, 0.005]");
    expect(Interval.exact(1).div(zero)).toBeUndefined();
  });

  test("a ratio of printed values covers every ratio of values that print the same", () => {
    const r = Interval.printed(0.453, 4).div(Interval.printed(3.9204, 4))!;
    expect(r.lo).toBeCloseTo(0.45295 / 3.92045, 12);
    expect(r.hi).toBeCloseTo(0.45305 / 3.92035, 12);
    expect(r.lo).toBeLessThanOrEqual(0.45295 / 3.92045);
    expect(r.hi).toBeGreaterThanOrEqual(0.45305 / 3.92035);
  });

  test("distance is zero when intervals meet", () => {
    expect(Interval.printed(1, 0).distance(Interval.printed(2, 0))).toBe(0);
    expect(Interval.exact(1).distance(Interval.exact(1.5))).toBe(0.5);
  });

  test("binary rounding never makes a check fail: 0.1 + 0.2 printed with 1 decimal contains 0.3", () => {
    const summed = Interval.printed(0.1, 1).plus(Interval.printed(0.2, 1));
    expect(summed.distance(Interval.printed(0.3, 1))).toBe(0);
    expect(Interval.exact(0.1).plus(Interval.exact(0.2)).distance(Interval.exact(0.3))).toBe(0);
  });
});

describe("cells", () => {
  test.each([
    [{ value: 0.037, decimals: 2, percent: true }, "[0.03695, 0.03705]"],
    [{ value: "3.70%" }, "[0.03695, 0.03705]"],
    [{ value: "77,738.80" }, "[77738.795, 77738.805]"],
    [{ value: 46.4919 }, "[46.49185, 46.49195]"],
    // A negative as accountants print it, half- or full-width brackets.
    [{ value: "(0.11)" }, "[-0.115, -0.105]"],
    [{ value: "（1,234.5）" }, "[-1234.55, -1234.45]"],
  ])("%j", (cell, expected) => {
    const reading = readCell(cell);
    expect(reading.kind).toBe("number");
    if (reading.kind === "number") expect(str(intervalOf(reading, false))).toBe(expected);
  });

  test("a number in a % row is a percentage", () => {
    const reading = readCell({ value: 3.7, decimals: 2 });
    if (reading.kind === "number") expect(str(intervalOf(reading, true))).toBe("[0.03695, 0.03705]");
  });

  test.each([
    ["/", "marker"],
    ["——", "marker"],
    ["-", "marker"],
    ["约2,227,236", "text"],
    ["(注1)", "text"],
    ["(1,2)", "text"],
    ["", "empty"],
  ])("%s is %s", (value, kind) => {
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
    ["#,##0.00;[Red]-#,##0.00", 2, false],
    ['0.00"万元"', 2, false],
  ])("%s → %d decimals", (format, decimals, percent) => {
    expect(decimalsOfFormat(format)).toEqual({ decimals, percent });
  });

  test("General shows the value's own digits", () => {
    expect(decimalsOfFormat("General")).toEqual({ percent: false });
  });
});
