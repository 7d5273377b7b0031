import ExcelJS from "exceljs";
import { CellValue, decimalsOfFormat, MergedArea, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "./snapshot";

/** Reads an .xlsx file (Node Buffer or browser ArrayBuffer) into snapshots. Never writes. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return { sheets: workbook.worksheets.map(sheetSnapshot) };
}

function plainValue(cell: ExcelJS.Cell): { value: CellValue; formula: boolean } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, formula: false };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: false };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) {
      const result = o.result as unknown;
      if (result && typeof result === "object" && "error" in (result as object)) return { value: String((result as { error: string }).error), formula: true };
      return { value: (result as CellValue) ?? null, formula: true };
    }
    if ("richText" in o) return { value: (o.richText as { text: string }[]).map((t) => t.text).join(""), formula: false };
    if ("text" in o) return { value: String(o.text), formula: false };
    if ("error" in o) return { value: String(o.error), formula: false };
  }
  return { value: String(v), formula: false };
}

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const cells: (SnapshotCell | undefined)[][] = [];
  const merges: MergedArea[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return; // the master holds the value
      const { value, formula } = plainValue(cell);
      if (value === null || value === "") return;
      const { decimals, percent } = decimalsOfFormat(cell.numFmt);
      (cells[rowNumber - 1] ??= [])[colNumber - 1] = {
        value: typeof value === "string" ? value : value,
        ...(typeof value === "number" && decimals !== undefined ? { decimals } : {}),
        ...(typeof value === "number" && percent ? { percent } : {}),
        ...(formula ? { formula } : {}),
      };
    });
  });
  const model = worksheet.model as unknown as { merges?: string[] };
  for (const range of model.merges ?? []) {
    const [from, to] = range.split(":");
    const a = decode(from);
    const b = decode(to ?? from);
    merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return { name: worksheet.name, cells, merges };
}

function decode(address: string): { row: number; col: number } {
  const m = address.match(/^([A-Z]+)(\d+)$/)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
