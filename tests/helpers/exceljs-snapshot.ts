import ExcelJS from "exceljs";
import { CellValue, decimalsOfFormat, MergedArea, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * The snapshot ExcelJS's full workbook model gives of an .xlsx: what the product read before it had its
 * own reader, kept as the oracle of the differential test (tests/workbook/reader-differential.test.ts).
 */
export async function exceljsSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
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
    let out: (SnapshotCell | undefined)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Numbers and strings are most cells of a ledger: read them without the general conversion.
      const type = cell.type;
      if (type === ExcelJS.ValueType.Merge) return; // the merged area's master holds the value
      let value: CellValue;
      let formula = false;
      if (type === ExcelJS.ValueType.Number || type === ExcelJS.ValueType.String) value = cell.value as number | string;
      else ({ value, formula } = plainValue(cell));
      if (value === null || value === "") return;
      const snapshot: SnapshotCell = { value };
      if (typeof value === "number") {
        const { decimals, percent } = decimalsOfFormat(cell.numFmt);
        if (decimals !== undefined) snapshot.decimals = decimals;
        if (percent) snapshot.percent = true;
      }
      if (formula) snapshot.formula = true;
      (out ??= cells[rowNumber - 1] = [])[colNumber - 1] = snapshot;
    });
  });
  for (const area of mergedAreas(worksheet)) merges.push(area);
  return worksheet.state === "visible" ? { name: worksheet.name, cells, merges } : { name: worksheet.name, cells, merges, hidden: true };
}

/**
 * The sheet's merged areas. ExcelJS keeps them in `_merges` (by master cell, as ranges with 1-based
 * top/left/bottom/right); its public `model` would serialize every row to reach them, a tenth of a
 * second on a 100,000-row ledger. The model stays the fallback should the internal field change.
 */
function mergedAreas(worksheet: ExcelJS.Worksheet): MergedArea[] {
  type Area = { top: number; left: number; bottom: number; right: number };
  const internal = (worksheet as unknown as { _merges?: Record<string, Area> })._merges;
  if (internal && typeof internal === "object") {
    const areas = Object.values(internal);
    if (areas.every((a) => [a.top, a.left, a.bottom, a.right].every(Number.isInteger))) {
      return areas.map((a) => ({ top: a.top - 1, left: a.left - 1, bottom: a.bottom - 1, right: a.right - 1 }));
    }
  }
  const model = worksheet.model as unknown as { merges?: string[] };
  return (model.merges ?? []).map((range) => {
    const [from, to] = range.split(":");
    const a = decode(from);
    const b = decode(to ?? from);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}

function decode(address: string): { row: number; col: number } {
  const m = address.match(/^([A-Z]+)(\d+)$/)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
