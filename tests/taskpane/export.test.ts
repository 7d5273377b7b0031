import { findingsCsv, neutralize, reportLayout } from "../../src/taskpane/export";
import type { Finding } from "../../src/validation/findings";

const finding = (message: string): Finding => ({
  rule: "cell.text-in-number",
  severity: "error",
  template: "operating-impact",
  sheet: "表4",
  cell: "B3",
  message: { zh: message, en: message },
  expected: null,
  actual: null,
  tolerance: null,
  related: [],
});

describe("exports are safe to open in a spreadsheet", () => {
  test.each(['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])("%s is neutralised", (text) => {
    expect(neutralize(text)).toBe(`'${text}`);
  });

  test("ordinary text is left alone", () => {
    expect(neutralize("绿色信贷余额 0.5549")).toBe("绿色信贷余额 0.5549");
  });

  test("CSV: a formula in a cell's text cannot run when the CSV is opened", () => {
    const csv = findingsCsv([finding("=cmd|' /C calc'!A0")], "zh-CN");
    const line = csv.split("\r\n")[1];
    expect(line).not.toMatch(/,=|,"=/);
    expect(line).toBe("cell.text-in-number,错误,表4,B3,'=cmd|' /C calc'!A0,,,");
    // Headers and severities in the pane's language.
    expect(csv.startsWith("\uFEFF规则,级别,工作表,单元格,说明,计算值,报告值,单位")).toBe(true);
    const en = findingsCsv([finding("x")], "en-US");
    expect(en.startsWith("\uFEFFrule,severity,sheet,cell,message,expected,actual,unit\r\ncell.text-in-number,error,")).toBe(true);
  });

  test("the report sheet writes messages as text, not formulas", () => {
    const layout = reportLayout([finding("=1+1")], "en-US");
    expect(layout.rows[1][3]).toBe("'=1+1");
    expect(layout.rows[1][1]).toEqual({ value: "表4!B3", formula: `=HYPERLINK("#'表4'!B3","表4!B3")` });
  });
});
