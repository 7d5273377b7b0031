import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { blankLayout } from "../../src/validation/blank";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { readXlsx } from "../../src/workbook/xlsx";
import { writeXlsx } from "../../src/workbook/xlsx-write";
import { exceljsSnapshot } from "../helpers/exceljs-snapshot";

/** A snapshot as comparable data: every stored cell as [row, col, cell], merges in order. */
function comparable(workbook: WorkbookSnapshot) {
  return workbook.sheets.map((sheet: SheetSnapshot) => ({
    name: sheet.name,
    hidden: sheet.hidden,
    cells: sheet.cells.flatMap((row, r) => (row ? row.flatMap((cell, c) => (cell ? [[r, c, cell]] : [])) : [])),
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  }));
}

async function expectSameAsExcelJS(bytes: Uint8Array, what: string) {
  const ours = comparable(await readXlsx(bytes));
  const theirs = comparable(await exceljsSnapshot(bytes));
  expect([what, ours]).toEqual([what, theirs]);
}

const ROOT = path.resolve(__dirname, "../..");

describe("the workbook reader gives the snapshot ExcelJS's model gave", () => {
  test.each(["anlong-2021.xlsx", "kunlun-2025q1.xlsx"])("sample %s", async (file) => {
    await expectSameAsExcelJS(new Uint8Array(fs.readFileSync(path.join(ROOT, "samples", file))), file);
  });

  test("every built-in template's blank workbook", async () => {
    for (const template of BUILT_IN_TEMPLATES) await expectSameAsExcelJS(await writeXlsx([blankLayout(template)]), template.id);
  });

  test("cells of every kind a bank's workbook holds", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表1 绿色贷款");
    const formats = ["0", "0.00", "#,##0.00", "0.0%", "0.00%", "General", '[红色]0.00;"-"0.00', "0.00_);(0.00)", '#,##0.0"万元"', "@", "0.000E+00"];
    formats.forEach((numFmt, i) => {
      const cell = sheet.getCell(i + 1, 1);
      cell.value = 1234.5678 / (i + 1);
      cell.numFmt = numFmt;
    });
    sheet.getCell("B1").value = "文本 text";
    sheet.getCell("B2").value = { richText: [{ text: "绿色" }, { font: { bold: true }, text: "贷款余额" }] };
    sheet.getCell("B3").value = true;
    sheet.getCell("B4").value = false;
    sheet.getCell("B5").value = new Date(Date.UTC(2024, 11, 31));
    sheet.getCell("B6").value = { formula: "A1*2", result: 2469.1356 };
    sheet.getCell("B7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("B8").value = { formula: 'TEXT(A1,"0")', result: "1235" };
    sheet.getCell("B9").value = "";
    sheet.getCell("B10").value = -0.000123;
    sheet.getCell("B11").value = 1e21;
    sheet.getCell("C1").value = "合并标题";
    sheet.mergeCells("C1:E2");
    sheet.getCell("C4").value = 12;
    sheet.mergeCells("C4:C6");
    const second = workbook.addWorksheet("Sheet 2");
    second.getCell("AA1000").value = 7;
    second.getCell("XFD1").value = "far right";
    workbook.addWorksheet("empty");
    workbook.addWorksheet("hidden", { state: "hidden" }).getCell("A1").value = 1;
    workbook.addWorksheet("very hidden", { state: "veryHidden" }).getCell("A1").value = 2;
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await expectSameAsExcelJS(bytes, "kinds");
    const [kinds] = comparable(await readXlsx(bytes));
    expect(kinds.cells.length).toBeGreaterThan(20);
    expect(kinds.merges).toHaveLength(2);
  });
});
