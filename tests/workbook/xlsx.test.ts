import { readXlsx } from "../../src/workbook/xlsx";
import { writeXlsx } from "../../src/workbook/xlsx-write";

/** An .xlsx written and read back: what the CLI and the pane's file mode see of a workbook. */
describe("reading an .xlsx into snapshots", () => {
  test("values, printed decimals, percentages, formulas and merged areas", async () => {
    const bytes = await writeXlsx([
      {
        name: "1.2",
        merges: ["A1:C1", "A3:A4"],
        rows: [
          ["绿色信贷关键指标", null, null],
          ["项目", "指标", "数值"],
          ["对公", "绿色贷款余额（亿元）", { value: 0.453, numFmt: "0.0000" }],
          [null, "占比", { value: 0.1104, numFmt: "0.00%" }],
          ["合计", "员工", { value: 3154, formula: "=3000+154" }],
        ],
      },
    ]);
    const [sheet] = (await readXlsx(bytes)).sheets;
    expect(sheet.name).toBe("1.2");
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 2, left: 0, bottom: 3, right: 0 },
      ]),
    );
    expect(sheet.merges).toHaveLength(2);
    expect(sheet.cells[0][0]).toEqual({ value: "绿色信贷关键指标" });
    expect(sheet.cells[0][1]).toBeUndefined(); // inside the merged title
    expect(sheet.cells[2][2]).toEqual({ value: 0.453, decimals: 4 });
    expect(sheet.cells[3][2]).toEqual({ value: 0.1104, decimals: 2, percent: true });
    expect(sheet.cells[4][2]).toEqual({ value: 3154, formula: true });
  });
});
