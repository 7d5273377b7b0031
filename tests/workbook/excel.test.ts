import { createExcelWorkbook, READ_BLOCK_CELLS, uniqueSheetName } from "../../src/workbook/excel";
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
  test("ten small sheets are read in a few syncs (sheets, used ranges, then cells that fit one block), with no write", async () => {
    const excel = new FakeExcel();
    for (let i = 0; i < 10; i++) anlongIndicators(excel, `Sheet${i}`, i * 500);
    const workbook = await createExcelWorkbook(excel.run).read("all");
    // 22,725 rows × 3 columns: two blocks of at most READ_BLOCK_CELLS cells, after the sheets and their used ranges.
    expect(excel.syncs).toBe(4);
    expect(excel.largestSync).toBeLessThanOrEqual(READ_BLOCK_CELLS);
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

  test("a 100,000-row sheet reads completely in blocks within the payload budget, and reports its progress", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 100_000 }, (_, i) => [`贷款 ${i}`, i * 1.5, i % 7]);
    excel.addSheet("台账", rows);
    const progress: [number, number][] = [];
    const workbook = await createExcelWorkbook(excel.run).read("active", (done, total) => progress.push([done, total]));
    const cells = workbook.sheets[0].cells;
    expect(cells.length).toBe(100_000);
    expect(cells[99_999]).toEqual([{ value: "贷款 99999" }, { value: 149_998.5 }, { value: 99_999 % 7 }]);
    expect(excel.largestSync).toBeLessThanOrEqual(READ_BLOCK_CELLS);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
  });

  test("a block Office refuses for its size is read again in halves, and nothing is lost", async () => {
    const excel = new FakeExcel();
    excel.payloadLimitCells = 7_000; // a stricter host than the budget assumes
    excel.addSheet(
      "台账",
      Array.from({ length: 30_000 }, (_, i) => [i, `x${i}`]),
    );
    const workbook = await createExcelWorkbook(excel.run).read("active");
    const cells = workbook.sheets[0].cells;
    expect(cells.length).toBe(30_000);
    expect(cells.every((row, i) => row?.[0]?.value === i && row?.[1]?.value === `x${i}`)).toBe(true);
    expect(excel.largestSync).toBeLessThanOrEqual(7_000);
  });

  test("a single row too large for any sync is an error, not a partial read", async () => {
    const excel = new FakeExcel();
    excel.payloadLimitCells = 2;
    excel.addSheet("宽表", [[1, 2, 3, 4]]);
    await expect(createExcelWorkbook(excel.run).read("active")).rejects.toThrow(/payload/);
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
