import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { readXlsx } from "../../src/workbook/xlsx";
import { rawZip } from "../helpers/zip";

const SAMPLE = fs.readFileSync(path.resolve(__dirname, "../../samples/anlong-2021.xlsx"));
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gd-hostile-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(bytes: Uint8Array | string, name = "file.xlsx") {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  const out: string[] = [];
  const err: string[] = [];
  // The reasons are compared in English; tests/cli checks that they follow --lang.
  const code = await main(["validate", file, "--format", "json", "--lang", "en-US"], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A zip whose central directory says what we like, for archives no real tool would write. */
const zip = (entries: { name: string; data: Buffer; declaredSize?: number; deflate?: boolean }[]) => rawZip(entries);

describe("unreadable input: exit 2, one clear line, no stack trace", () => {
  test.each([
    ["an empty file", () => Buffer.alloc(0), "the file is empty"],
    ["a truncated file", () => SAMPLE.subarray(0, Math.floor(SAMPLE.length / 2)), "truncated or damaged"],
    ["a non-zip with an .xlsx name (CSV text)", () => Buffer.from("Name,Value\n绿色信贷余额,0.5549\n"), "save it as .xlsx"],
    ["a zip that is not a workbook", () => zip([{ name: "hello.txt", data: Buffer.from("hi") }]), "holds no Excel workbook"],
    [
      "a zip bomb (one entry inflating 1,000 times)",
      () =>
        zip([
          { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
          { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(30 * 1024 * 1024), deflate: true },
        ]),
      "zip bomb",
    ],
    [
      "a zip declaring 600 MB",
      () =>
        zip([
          { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
          { name: "xl/worksheets/sheet1.xml", data: Buffer.from("x"), declaredSize: 600 * 1024 * 1024 },
        ]),
      "more than 500 MB",
    ],
  ])("%s", async (_, make, message) => {
    const before = process.memoryUsage().rss;
    const result = await cli(make());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // Refused before inflating: no large allocation.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function indicators(sheet: ExcelJS.Worksheet, at = 1, share: unknown = 11.04) {
  const rows: unknown[][] = [
    ["1.2 整体投融资情况"],
    ["指标", "单位", "数值"],
    ["对公表内信贷余额", "亿元", 3.9204],
    ["对公表内绿色信贷余额", "亿元", 0.453],
    ["其中:绿色信贷余额占对公表内信贷余额占比", "%", share],
  ];
  rows.forEach((row, i) => row.forEach((v, c) => (sheet.getCell(at + i, c + 1).value = v as ExcelJS.CellValue)));
  sheet.getCell(at + 2, 3).numFmt = "0.0000";
  sheet.getCell(at + 3, 3).numFmt = "0.0000";
  sheet.getCell(at + 4, 3).numFmt = "0.00";
}

describe("odd but readable workbooks give findings, not crashes", () => {
  test("a sheet claiming 1,048,576 rows and 16,384 columns", async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet("huge");
      indicators(sheet);
      sheet.getCell("XFD1048576").value = "last cell";
    });
    const started = Date.now();
    const result = validate(await readXlsx(bytes), BUILT_IN_TEMPLATES);
    expect(Date.now() - started).toBeLessThan(10000);
    expect(result.findings.some((f) => f.rule === "green-loan-indicators.corporate-green-share")).toBe(true);
  });

  test("Excel error values and formulas without cached values", async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet("errors");
      indicators(sheet, 1, { error: "#DIV/0!" });
      sheet.getCell("C4").value = { formula: "C3*0.1155" } as ExcelJS.CellFormulaValue;
    });
    const result = validate(await readXlsx(bytes), BUILT_IN_TEMPLATES);
    const error = result.findings.find((f) => f.rule === "cell.excel-error")!;
    expect(error).toMatchObject({ cell: "C5", severity: "error" });
    expect(error.message.en).toContain("#DIV/0!");
    // The uncached formula reads as empty: the share rule is skipped, nothing crashes.
    expect(result.findings.some((f) => f.rule.endsWith("corporate-green-share"))).toBe(false);
  });

  test("hidden and very hidden sheets are checked too", async () => {
    const bytes = await workbookBytes((wb) => {
      const hidden = wb.addWorksheet("hidden", { state: "hidden" });
      indicators(hidden);
      const veryHidden = wb.addWorksheet("very hidden", { state: "veryHidden" });
      indicators(veryHidden);
    });
    const result = validate(await readXlsx(bytes), BUILT_IN_TEMPLATES);
    expect(result.findings.filter((f) => f.rule.endsWith("corporate-green-share")).map((f) => f.sheet)).toEqual(["hidden", "very hidden"]);
  });

  test("very long strings", async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet("long");
      indicators(sheet);
      sheet.getCell("A20").value = "营业、办公所消耗的电力".repeat(3000).slice(0, 32767);
      sheet.getCell("B20").value = "x".repeat(32767);
    });
    const started = Date.now();
    const result = validate(await readXlsx(bytes), BUILT_IN_TEMPLATES);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.findings.some((f) => f.rule.endsWith("corporate-green-share"))).toBe(true);
  });

  test("the same table twice is reported at both places", async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet("twice");
      indicators(sheet, 1);
      indicators(sheet, 20);
    });
    const result = validate(await readXlsx(bytes), BUILT_IN_TEMPLATES);
    expect(result.findings.filter((f) => f.rule.endsWith("corporate-green-share")).map((f) => f.cell)).toEqual(["C5", "C24"]);
  });
});
