import ExcelJS from "exceljs";
import { CellValue, decimalsOfFormat, MergedArea, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "./snapshot";

/**
 * Limits that keep a hostile file from exhausting memory. An .xlsx is a zip: its central directory
 * declares every entry's size, which is checked before anything is inflated. Real disclosure
 * workbooks are far below these (a 100,000-row ledger is about 5 MB, 40 MB inflated).
 */
export const XLSX_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  inflatedBytes: 500 * 1024 * 1024,
  entries: 10_000,
  /** An entry inflating more than this many times its compressed size is a zip bomb. */
  ratio: 500,
};

/** A file the reader refuses, with a message a user can act on. */
export class UnreadableWorkbook extends Error {}

const MiB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Checks the zip's central directory against XLSX_LIMITS without inflating anything. */
/** Printable text (tabs and line breaks allowed), with no byte that failed to decode. */
function isText(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r") || (code >= 0x7f && code < 0xa0)) return false;
  }
  return true;
}

/** What a file that is not a zip archive is, in words that say what to do. */
function notAZip(bytes: Uint8Array): string {
  const word = (at: number) => ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
  // An OLE2 compound file: Excel 97–2003, or an .xlsx that a password encrypts.
  if (bytes.length >= 8 && word(0) === 0xd0cf11e0 && word(4) === 0xa1b11ae1)
    return "it is a legacy .xls workbook or a password-protected one: open it in Excel, remove the password if any, and save it as .xlsx";
  if (isText(new TextDecoder().decode(bytes.subarray(0, 512), { stream: true })))
    return "it is text (CSV?), not an .xlsx workbook: open it in Excel and save it as .xlsx";
  return "not an .xlsx workbook (it is not a zip archive)";
}

export function checkZip(bytes: Uint8Array): void {
  const names: string[] = [];
  if (bytes.length === 0) throw new UnreadableWorkbook("the file is empty");
  if (bytes.length > XLSX_LIMITS.fileBytes) throw new UnreadableWorkbook(`the file is larger than ${MiB(XLSX_LIMITS.fileBytes)}`);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new UnreadableWorkbook(notAZip(bytes));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableWorkbook("the file is truncated or damaged (no zip directory)");
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count > XLSX_LIMITS.entries) throw new UnreadableWorkbook(`the archive has more than ${XLSX_LIMITS.entries} entries`);
  if (offset >= bytes.length) throw new UnreadableWorkbook("the file is truncated or damaged (zip directory out of range)");
  let position = offset;
  let inflated = 0;
  for (let i = 0; i < count; i++) {
    if (position + 46 > bytes.length || view.getUint32(position, true) !== 0x02014b50) {
      throw new UnreadableWorkbook("the file is truncated or damaged (bad zip directory entry)");
    }
    const compressed = view.getUint32(position + 20, true);
    const size = view.getUint32(position + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) throw new UnreadableWorkbook("the archive uses ZIP64 sizes, far beyond a disclosure workbook");
    inflated += size;
    if (inflated > XLSX_LIMITS.inflatedBytes)
      throw new UnreadableWorkbook(`the workbook would inflate to more than ${MiB(XLSX_LIMITS.inflatedBytes)} (possible zip bomb)`);
    if (size > 1024 * 1024 && size > compressed * XLSX_LIMITS.ratio)
      throw new UnreadableWorkbook(`an entry inflates more than ${XLSX_LIMITS.ratio} times (possible zip bomb)`);
    const nameLength = view.getUint16(position + 28, true);
    names.push(new TextDecoder().decode(bytes.subarray(position + 46, position + 46 + nameLength)));
    position += 46 + nameLength + view.getUint16(position + 30, true) + view.getUint16(position + 32, true);
  }
  if (!names.includes("xl/workbook.xml")) throw new UnreadableWorkbook("the zip archive holds no Excel workbook (xl/workbook.xml is missing)");
}

/** Reads an .xlsx file (Node Buffer or browser ArrayBuffer) into snapshots. Never writes. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbook(`the workbook cannot be read (${String((error as Error).message ?? error).split("\n")[0]})`);
  }
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
  return { name: worksheet.name, cells, merges };
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
