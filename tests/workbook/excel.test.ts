import { createExcelWorkbook, uniqueSheetName } from "../../src/workbook/excel";
import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { FakeExcel } from "../helpers/fake-excel";

function anlongIndicators(excel: FakeExcel, name: string, rows = 0) {
  const data: unknown[][] = [
    ["1.2 整体投融资情况"],
    ["指标", "单位", "数值"],
    ["对公表内信贷余额", "亿元", 3.9204],
    ["对公表内绿色信贷余额", "亿元", 0.453],
    ["其中:绿色信贷余额占对公表内信贷余额占比", "%", 11.04],
  ];
  for (let i = 0; i < rows; i++) data.push([`台账 ${i}`, null, i]);
  return excel.addSheet(name, data, { C3: "0.0000", C4: "0.0000", C5: "0.00" }, ["A1:C1"]);
}

describe("reading a workbook through Office.js", () => {
  test("ten sheets of any size are read in two syncs, with no write", async () => {
    const excel = new FakeExcel();
    for (let i = 0; i < 10; i++) anlongIndicators(excel, `Sheet${i}`, i * 500);
    const workbook = await createExcelWorkbook(excel.run).read("all");
    expect(excel.syncs).toBe(2);
    expect(excel.writes).toEqual([]);
    expect(workbook.sheets).toHaveLength(10);
    expect(workbook.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(workbook.sheets[0].cells[3][2]).toEqual({ value: 0.453, decimals: 4 });
  });

  test("validating what was read finds the 11.04 % error and writes nothing", async () => {
    const excel = new FakeExcel();
    anlongIndicators(excel, "Sheet1");
    const result = validate(await createExcelWorkbook(excel.run).read("active"), BUILT_IN_TEMPLATES);
    expect(result.findings.filter((f) => f.severity === "error" && f.rule !== "row.required").map((f) => f.cell)).toEqual(["C5"]);
    expect(excel.writes).toEqual([]);
  });

  test("an empty sheet reads as empty", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Empty", []);
    expect((await createExcelWorkbook(excel.run).read("active")).sheets[0].cells).toEqual([]);
  });
});

describe("explicit actions", () => {
  test("highlight marks the cells and restore puts every fill back exactly", async () => {
    const excel = new FakeExcel();
    anlongIndicators(excel, "Sheet1");
    excel.cell("Sheet1", "C4").fill = { color: "#C6EFCE", pattern: "Solid", patternColor: "#000000" };
    excel.cell("Sheet1", "C3").fill = { color: "#FF0000", pattern: "Gray50", patternColor: "#00FF00" };
    const before = ["C3", "C4", "C5"].map((a) => ({ ...excel.cell("Sheet1", a).fill }));
    const workbook = createExcelWorkbook(excel.run);
    const saved = await workbook.highlight(["C3", "C4", "C5"].map((address) => ({ sheet: "Sheet1", address })));
    expect(excel.cell("Sheet1", "C5").fill.color).toBe("#FFE08A");
    await workbook.restore(saved);
    expect(["C3", "C4", "C5"].map((a) => excel.cell("Sheet1", a).fill)).toEqual(before);
  });

  test("a report or template sheet never replaces an existing sheet", async () => {
    expect(uniqueSheetName("校验报告", ["校验报告", "校验报告 (2)"])).toBe("校验报告 (3)");
    const excel = new FakeExcel();
    excel.addSheet("校验报告", [["mine"]]);
    const name = await createExcelWorkbook(excel.run).addSheet("校验报告", { name: "x", rows: [["a", { value: null, formula: "=1+1" }]], merges: [] });
    expect(name).toBe("校验报告 (2)");
    expect(excel.cell("校验报告", "A1").value).toBe("mine");
    expect(excel.cell("校验报告 (2)", "B1").formula).toBe("=1+1");
  });

  test("select and insert a formula", async () => {
    const excel = new FakeExcel();
    anlongIndicators(excel, "Sheet1");
    const workbook = createExcelWorkbook(excel.run);
    await workbook.select({ sheet: "Sheet1", address: "C5" });
    expect(excel.selected).toBe("C5");
    await workbook.insertFormula('=CARBON.CO2_FROM_ELECTRICITY(602333,"南方",2012)');
    expect(excel.cell("Sheet1", "C5").formula).toBe('=CARBON.CO2_FROM_ELECTRICITY(602333,"南方",2012)');
  });
});
