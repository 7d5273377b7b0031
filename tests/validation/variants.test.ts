import { validate } from "../../src/validation/engine";
import type { Finding } from "../../src/validation/findings";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { sheet, workbook } from "../helpers/sheets";

const run = (...sheets: ReturnType<typeof sheet>[]) => validate(workbook(...sheets), BUILT_IN_TEMPLATES);
/** Errors other than the whole-bank rows these short test tables leave out. */
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error" && f.rule !== "row.required");

/** The Anlong corporate block, parameterised by how it is written. */
function indicators(rows: (string | null)[][]) {
  return sheet("指标", [["绿色金融关键指标"], ["指标", "单位", "数值"], ...rows]);
}

describe("labels worded differently", () => {
  test("绿色贷款 for 绿色信贷 and 各项贷款 for 信贷 are the same rows", () => {
    const result = run(
      indicators([
        ["各项贷款余额", "亿元", "=46.4919"],
        ["绿色贷款余额", "亿元", "=0.5549"],
        ["绿色贷款占比", "%", "=1.30"],
      ]),
    );
    const finding = result.findings.find((f) => f.rule === "green-loan-indicators.green-share");
    expect(finding).toMatchObject({ severity: "error", cell: "C5" });
  });

  test("个人 for 零售, full-width brackets and spaces", () => {
    const result = run(
      indicators([
        ["个人 贷款余额", "亿元", "=42.5715"],
        ["个人绿色贷款余额", "亿元", "=0.1019"],
        ["其中：个人绿色贷款占比", "%", "=0.24"],
      ]),
    );
    expect(result.tables).toHaveLength(1);
    expect(result.findings.filter((f) => f.rule.includes("retail-green-share"))).toEqual([]);
  });
});

describe("layout", () => {
  test("a table starting anywhere, with a title above and notes around, is found and mapped", () => {
    const s = sheet(
      "报告",
      [
        ["本报告说明：以下数据截至年末。"],
        [],
        ["2021年绿色信贷环境效益"],
        ["环境效益", "披露数据"],
        ["节约标准煤(吨)", "=2813.64"],
        ["二氧化碳减排量(吨)", "=4663.59"],
        ["二氧化硫减排量(吨)", "=80.36"],
        ["注：部分无法量化的环境效益未列入。"],
      ],
      { at: [6, 3] },
    );
    const result = run(s);
    expect(result.tables).toMatchObject([{ template: "green-loan-benefits", table: "绿色信贷环境效益", sheet: "报告", range: "D9:E13" }]);
    expect(result.findings).toEqual([]);
  });

  test("merged category cells beside the detail labels (Kunlun table 4)", () => {
    const s = sheet(
      "表4",
      [
        ["经营活动环境影响量化测算表"],
        ["指标名称", "披露细项", "总量", "人均"],
        ["经营活动直接产生的温室气体排放", "营业、办公活动所消耗的水（吨）", "=9,173.65", "=2.91"],
        [null, "营业、办公所消耗的电力（千瓦时）", "=2,227,236.5", "=706.16"],
        [null, "营业、办公所使用的纸张（吨）", "=3.726", "=7.00"],
      ],
      { merges: ["A3:A5"] },
    );
    const result = run(s);
    const perCapita = result.findings.filter((f) => f.rule === "operating-impact.per-capita");
    // 3.726 t of paper cannot be 7.00 per person when the other rows say 3,154 people.
    expect(perCapita).toHaveLength(1);
    expect(perCapita[0]).toMatchObject({ severity: "error", cell: "D5" });
    expect(perCapita[0].message.en).toContain("3154");
  });

  test("units in brackets in the label or in a unit column; 万元 and 亿元 in one table are converted", () => {
    const inLabel = run(
      indicators([
        ["对公表内信贷余额（万元）", null, "=39,204"],
        ["对公表内绿色信贷余额（亿元）", null, "=0.4530"],
        ["绿色信贷余额占对公表内信贷余额占比", "%", "=11.55"],
      ]),
    );
    expect(errors(inLabel.findings)).toEqual([]);
    const inColumn = run(
      indicators([
        ["对公表内信贷余额", "万元", "=39,204"],
        ["对公表内绿色信贷余额", "亿元", "=0.4530"],
        ["绿色信贷余额占对公表内信贷余额占比", "%", "=11.04"],
      ]),
    );
    expect(errors(inColumn.findings).map((f) => f.cell)).toEqual(["C5"]);
  });

  test("percentages as 3.70 with a % unit or as 0.037 formatted 0.00%", () => {
    const rows = (share: string, unit: string | null) =>
      sheet("表5", [
        ["投融资对环境产生的影响（人民银行统计口径）"],
        ["绿色信贷余额（万元）", "=873,901.12"],
        ["各项贷款余额（万元）", "=23,627,999.99"],
        [unit ? `绿色信贷占比（${unit}）` : "绿色信贷占比", share],
      ]);
    expect(run(rows("=3.70", "%")).findings).toEqual([]);
    expect(run(rows("%3.70", null)).findings).toEqual([]);
    expect(errors(run(rows("%3.80", null)).findings)).toHaveLength(1);
  });
});

describe("cells", () => {
  const table = (electricity: string) =>
    sheet("表4", [
      ["经营活动环境影响"],
      ["披露细项", "总量", "人均"],
      ["营业、办公所消耗的电力（千瓦时）", electricity, "=706.16"],
      ["营业、办公活动所消耗的水（吨）", "=9,173.65", "=2.91"],
    ]);

  test("text in a number cell is an error at that cell", () => {
    const result = run(table("约2,227,236"));
    expect(errors(result.findings)).toEqual([
      expect.objectContaining({ rule: "cell.text-in-number", cell: "B3", message: expect.objectContaining({ zh: expect.stringContaining("约2,227,236") }) }),
    ]);
  });

  /** Findings other than the required rows (fuel, paper) this two-row table leaves out. */
  const besidesRequired = (marker: string) => run(table(marker)).findings.filter((f) => f.rule !== "row.required");

  test.each(["/", "——", "-", "不适用"])("%s is a not-applicable marker, not an error", (marker) => {
    expect(besidesRequired(marker)).toEqual([]);
  });

  test('numeric text such as "2,227,236.5" is read as the number it shows', () => {
    expect(besidesRequired("2,227,236.5")).toEqual([]);
    expect(run(table("2,227,236.5")).findings.map((f) => f.message.zh)).toEqual([
      "缺少必填行“自有交通运输工具所消耗的燃油”",
      "缺少必填行“营业、办公所使用的纸张”",
    ]);
  });

  test("a required row that is missing is an error that names it", () => {
    const result = run(sheet("指标", [["绿色金融关键指标"], ["绿色信贷余额", "亿元", "=0.5549"], ["绿色客户数量", null, "=138"]]));
    const missing = result.findings.filter((f) => f.rule === "row.required");
    expect(missing.map((f) => f.message.zh)).toEqual(expect.arrayContaining(["缺少必填行“信贷余额”"]));
    expect(missing[0].message.en).toMatch(/required row .* is missing/);
  });

  test("a negative amount is an error; a decrease since the start of the year is allowed", () => {
    const result = run(
      indicators([
        ["信贷余额", "亿元", "=-46.49"],
        ["绿色信贷余额", "亿元", "=0.55"],
        ["较年初增加额", "亿元", "=-0.10"],
      ]),
    );
    expect(result.findings.filter((f) => f.rule === "cell.negative").map((f) => f.cell)).toEqual(["C3"]);
  });

  test("growth must agree with the increase and the current balance", () => {
    const result = run(
      indicators([
        ["信贷余额", "亿元", "=46.49"],
        ["绿色信贷余额", "亿元", "=0.55"],
        ["绿色信贷余额占比", "%", "=1.18"],
        ["较年初增加额", "亿元", "=0.05"],
        ["较年初增幅", "%", "=25.00"],
      ]),
    );
    const growth = result.findings.find((f) => f.rule === "green-loan-indicators.green-growth");
    // 0.05 ÷ (0.55 − 0.05) = 10 %.
    expect(growth).toMatchObject({ severity: "error", cell: "C7" });
    expect(growth!.expected).toBeCloseTo(0.1, 1);
  });
});

describe("findings", () => {
  test("name the rule, the cell, reported and expected values and the allowed difference, in both languages", () => {
    const result = run(
      indicators([
        ["对公表内信贷余额", "亿元", "=3.9204"],
        ["对公表内绿色信贷余额", "亿元", "=0.4530"],
        ["其中:绿色信贷余额占对公表内信贷余额占比", "%", "=11.04"],
      ]),
    );
    const f = errors(result.findings)[0];
    expect(f).toMatchObject({ rule: "green-loan-indicators.corporate-green-share", sheet: "指标", cell: "C5", actual: 0.1104 });
    expect(f.tolerance).toBeGreaterThan(0);
    expect(f.message.zh).toMatch(/报告值 11.04%.*计算值 11.55\d*%.*允许差异 ±/);
    expect(f.message.en).toMatch(/reported 11.04%.*computed 11.55\d*%.*allowed difference ±/);
  });
});
