import fc from "fast-check";
import { analyse, labelName, normalizeLabel } from "../../src/validation/labels";

describe("label names", () => {
  test.each([
    ["其中：绿色贷款余额（万元）", "绿色贷款余额"],
    ["1、贷款总额", "贷款总额"],
    ["ＴＯＴＡＬ", "total"],
    ["借款人1024", "借款人1024"],
    ["其中绿色贷款", "绿色贷款"],
    ["合 计", "合计"],
    // Periods, bank names, table and section numbers, footnotes, units in any bracket style.
    ["2024年度合计", "合计"],
    ["2023年末余额（亿元）", "余额"],
    ["安龙农商行2021年绿色信贷环境效益", "绿色信贷环境效益"],
    ["贵州某某农村商业银行股份有限公司2023年环境关键绩效表", "环境关键绩效表"],
    ["表4 经营活动环境影响量化测算表", "经营活动环境影响量化测算表"],
    ["1.2 整体投融资情况", "整体投融资情况"],
    ["（一）绿色信贷余额", "绿色信贷余额"],
    ["①较年初增加额[万元]", "较年初增加额"],
    ["绿色信贷余额¹", "绿色信贷余额"],
    ["绿色信贷余额（注2）", "绿色信贷余额"],
    ["绿色信贷余额[1]", "绿色信贷余额"],
    ["绿色信贷余额*", "绿色信贷余额"],
    ["零售绿色贷款余额注3(亿元)", "零售绿色贷款余额"],
    ["绿色贷款余额【万元】", "绿色贷款余额"],
    ["绿色贷款余额/亿元", "绿色贷款余额"],
    ["较年初增加额", "较年初增加额"],
    ["年初余额", "余额"],
    ["本期金额", "金额"],
    ["温室气体排放总量（范围1+2） Scopes 1+2", "温室气体排放总量范围1+2"],
    ["化学需氧量（COD）", "化学需氧量cod"],
    // Traditional forms, and money units that name the currency.
    ["綠色貸款餘額（億元）", "绿色贷款余额"],
    ["對公綠色貸款佔比", "对公绿色贷款占比"],
    ["绿色贷款余额（人民币亿元）", "绿色贷款余额"],
    ["绿色贷款余额（万元人民币）", "绿色贷款余额"],
  ])("%s → %s", (label, name) => {
    expect(normalizeLabel(label)).toBe(name);
  });

  test.each([
    ["截至2025年3月末", "2025-03"],
    ["2025年第一季度", "2025Q1"],
    ["2025Q1", "2025Q1"],
    ["2021年", "2021"],
    ["2020年12月31日", "2020-12"],
    ["期初", "opening"],
    ["期末", "closing"],
    ["本期", "current"],
    ["上期", "previous"],
    ["2024年度合计", "2024"],
  ])("%s is the period %s", (label, key) => {
    expect(labelName(label).period?.key).toBe(key);
  });

  test("a bilingual cell is matched on either language; units come out of the brackets", () => {
    expect(labelName("绿色贷款余额 Green loan balance")).toMatchObject({ zh: "绿色贷款余额", en: "green loan balance" });
    expect(labelName("绿色贷款余额\nGreen loans")).toMatchObject({ zh: "绿色贷款余额", en: "green loans" });
    expect(labelName("Green loan balance (100 million yuan)")).toMatchObject({ zh: "", en: "green loan balance", unit: "100 million yuan" });
    expect(labelName("二氧化碳当量(单位:吨二氧化碳当量)").unit).toBe("吨二氧化碳当量");
  });

  test("the shortcut for plain text gives what the full analysis gives", () => {
    const char = fc.constantFrom(..."其中借款人合计总计一二十0123456789abcxyz年期初末本上表注银行季度（）()、.:：ＡＢ１２％ ");
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 14 }).map((cs) => cs.join("")),
        (label) => {
          const a = labelName(label);
          const b = analyse(label);
          return a.name === b.name && a.zh === b.zh && a.en === b.en && a.period?.key === b.period?.key;
        },
      ),
      { numRuns: 20_000, seed: 11 },
    );
  });
});
