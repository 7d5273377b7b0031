import fc from "fast-check";
import { normalizeAnyLabel, normalizeLabel } from "../../src/validation/text";

describe("label normalization", () => {
  test.each([
    ["其中：绿色贷款余额（万元）", "绿色贷款余额"],
    ["1、贷款总额", "贷款总额"],
    ["ＴＯＴＡＬ", "total"],
    ["借款人1024", "借款人1024"],
    ["其中绿色贷款", "绿色贷款"],
    ["合 计", "合计"],
  ])("%s → %s", (label, normalized) => {
    expect(normalizeLabel(label)).toBe(normalized);
  });

  test("the shortcut for text already normal gives what the full normalization gives", () => {
    // Characters on both sides of the shortcut: ideographs, digits, letters, spaces, brackets, full-width forms, numbering.
    const char = fc.constantFrom(..."其中借款人合计总计一二十0123456789abcXYZ （）()、.:：ＡＢ１２％");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }).map((cs) => cs.join("")), (label) => normalizeLabel(label) === normalizeAnyLabel(label)),
      { numRuns: 20_000, seed: 11 },
    );
  });
});
