import { normalizeLabel } from "../../src/validation/labels";

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
});
