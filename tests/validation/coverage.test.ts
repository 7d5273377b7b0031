import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { sheet, workbook } from "../helpers/sheets";

const run = (...sheets: ReturnType<typeof sheet>[]) => validate(workbook(...sheets), BUILT_IN_TEMPLATES);
const rules = (result: ReturnType<typeof run>) => result.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe("coverage: what each table checked", () => {
  test("headers that carry a period, a unit or a total word map the total and per-capita columns; every check runs", () => {
    const result = run(
      sheet("表4", [
        ["某某银行表4 经营活动环境影响量化测算表"],
        ["披露细项", "2024年度合计", "2024年人均（注1）"],
        ["自有交通运输工具所消耗的燃油（升）", "=12,616.00", "=4.00"],
        ["营业、办公活动所消耗的水（吨）", "=9,173.65", "=2.91"],
        ["营业、办公所消耗的电力（千瓦时）", "=2,227,236.5", "=706.16"],
        ["营业、办公所使用的纸张（吨）", "=3.726", "=7.00"],
      ]),
    );
    expect(result.tables[0].mapping.columns.map((c) => [c.id, c.header])).toEqual([
      ["total", "B2"],
      ["perCapita", "C2"],
    ]);
    expect(result.tables[0].checks.every((c) => c.state !== "not-run")).toBe(true);
    // 3.726 t of paper is not 7.00 per person when the other rows say 3,154 people.
    expect(rules(result)).toEqual(["operating-impact.per-capita error C6"]);
  });

  test("a per-capita column whose header is not understood: the check could not run, and says so as a warning", () => {
    const result = run(
      sheet("表4", [
        ["经营活动环境影响"],
        ["披露细项", "总量", "每位员工平均值"],
        ["自有交通运输工具所消耗的燃油（升）", "=12,616.00", "=4.00"],
        ["营业、办公活动所消耗的水（吨）", "=9,173.65", "=2.91"],
        ["营业、办公所消耗的电力（千瓦时）", "=2,227,236.5", "=706.16"],
        ["营业、办公所使用的纸张（吨）", "=3.726", "=7.00"],
      ]),
    );
    const check = result.tables[0].checks.find((c) => c.rule === "operating-impact.per-capita")!;
    expect(check.state).toBe("not-run");
    expect(check.reason!.zh).toContain("未找到“人均”列");
    expect(check.reason!.zh).toContain("C“每位员工平均值”");
    expect(rules(result)).toEqual(["coverage.check-not-run warning A1"]);
  });

  test("a row that nearly names an item maps (and says so); an unrelated row does not", () => {
    const result = run(
      sheet("指标", [
        ["绿色金融关键指标"],
        ["指标", "单位", "数值"],
        ["各项贷款余额合计", "亿元", "=46.4919"],
        ["员工人数", "人", "=3154"],
        ["绿色贷款余额（含贴现）", "亿元", "=0.5549"],
        ["绿色贷款占比", "%", "=1.30"],
      ]),
    );
    const rows = result.tables[0].mapping.rows.map((r) => [r.id, r.cells.join()]);
    expect(rows).toEqual([
      ["totalLoans", "A3"],
      ["totalGreen", "A5"],
      ["totalShare", "A6"],
    ]);
    expect(result.tables[0].explain.map((d) => d.zh).join("\n")).toMatch(/行“信贷余额”← A3“各项贷款余额合计”（近似匹配，得分 0\.\d\d）/);
    expect(rules(result)).toEqual(["green-loan-indicators.green-share error C6"]);
  });

  test("a workbook with no disclosure table says exactly that", () => {
    const result = run(sheet("Sheet1", [["说明：本表无数据"]]));
    expect(result.tables).toEqual([]);
    expect(result.findings).toMatchObject([
      { rule: "coverage.no-table", severity: "warning", message: { zh: expect.stringContaining("未识别出任何披露表格") } },
    ]);
  });

  test("a table of labelled figures with no relation to check says that nothing was checked", () => {
    const result = run(
      sheet("Sheet1", [
        ["员工人数", "=3154"],
        ["网点", "=45"],
      ]),
    );
    expect(result.tables).toMatchObject([{ template: "", range: "A1:B2" }]);
    expect(result.tables[0].checks).toEqual([
      expect.objectContaining({
        rule: "structure.unplaced",
        state: "not-applicable",
        reason: expect.objectContaining({ zh: expect.stringContaining("2 个数字未参与任何核对（B1、B2）") }),
      }),
    ]);
    expect(result.findings).toMatchObject([{ rule: "coverage.no-relation", severity: "warning", message: { zh: expect.stringContaining("未做数值检查") } }]);
  });
});

describe("sums", () => {
  const scopes = (gas: string, scope1: string) =>
    sheet("8", [
      ["温室气体排放情况"],
      ["温室气体排放范围", "排放量（吨）"],
      ["范围1：直接温室气体排放量", `=${scope1}`],
      ["其中：天然气产生的温室气体排放量", `=${gas}`],
      ["汽油产生的温室气体排放量", "=33.26"],
      ["范围2：间接温室气体排放量", "=317.49"],
    ]);

  test("listed items above their total are an error, never a rounding adjustment", () => {
    const f = run(scopes("93.86", "117.12")).findings.find((x) => x.rule === "ghg-scopes.scope1-items")!;
    expect(f.severity).toBe("error");
    expect(f.message.zh).not.toContain("舍入");
  });

  test("listed items short of their total are a warning that says the list may be incomplete", () => {
    const f = run(scopes("83.86", "134.27")).findings.find((x) => x.rule === "ghg-scopes.scope1-items")!;
    expect(f.severity).toBe("warning");
    expect(f.message.zh).toContain("所列项目可能不全");
    expect(f.message.zh).not.toContain("舍入");
  });

  test("a warning by design says why, not that it is a rounding adjustment", () => {
    const result = run(
      sheet("指标", [
        ["绿色金融关键指标"],
        ["指标", "单位", "数值"],
        ["信贷余额", "亿元", "=1000000000"],
        ["绿色信贷余额", "亿元", "=0.5549"],
        ["对公信贷余额", "亿元", "=3.9204"],
        ["零售信贷余额", "亿元", "=42.5715"],
      ]),
    );
    const f = result.findings.find((x) => x.rule === "green-loan-indicators.loans-total")!;
    expect(f.severity).toBe("warning");
    expect(f.message.zh).toContain("票据贴现");
    expect(f.message.zh).not.toContain("舍入");
  });
});
