import { CellValue, decimalsOfFormat, MergedArea, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "./snapshot";
import { xmlSink, XmlHandlers } from "./xml";
import { InflateBudget, inflateEntry, readDirectory, UnreadableWorkbook, ZIP_LIMITS, ZipEntry } from "./zip";
import { READER } from "./messages";

export { READER, UnreadableWorkbook };

/**
 * Reads an .xlsx file into snapshots, streaming each part it needs (workbook and its relations, shared
 * strings, number formats and cell styles, each sheet's cells and merged areas) and nothing else.
 * Never expands a range cell by cell; every limit is checked on what the file really holds. Never writes.
 */
export const XLSX_LIMITS = {
  ...ZIP_LIMITS,
  /** Excel's grid. */
  rows: 1_048_576,
  columns: 16_384,
  /** Cells with a value, all sheets together (Office's own read limit). */
  cells: 5_000_000,
  sharedStrings: 5_000_000,
  mergedAreas: 100_000,
  sheets: 1_000,
  /** Excel's own limit on a number format's length. */
  formatLength: 255,
};

/** Built-in number formats (ECMA-376 Part 1, 18.8.30) that a cell may name by id alone. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
/** East-Asian built-in ids that are dates (their codes depend on the locale). */
const BUILT_IN_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A number format shows a date or time: y m d h s outside quoted text and [brackets] (one linear scan). */
function isDateFormat(format: string): boolean {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (quoted) quoted = ch !== '"';
    else if (bracket) bracket = ch !== "]";
    else if (ch === '"') quoted = true;
    else if (ch === "[") bracket = true;
    else if (ch === "\\") i++;
    else if ("ymdhsYMDHSb".includes(ch)) return true;
  }
  return false;
}

interface CellStyle {
  format?: string;
  date: boolean;
  /** What the format shows of a number (decimalsOfFormat), worked out once per style. */
  decimals?: number;
  percent: boolean;
}

/** The sheet parts by name, in workbook order, from workbook.xml and its relations. */
function sheetParts(parse: (name: string, handlers: XmlHandlers) => boolean): { name: string; part: string; hidden: boolean }[] {
  const sheets: { name: string; rid: string; hidden: boolean }[] = [];
  const sheetOf = (a: Record<string, string>) => ({ name: a.name ?? "", rid: relationId(a), hidden: a.state === "hidden" || a.state === "veryHidden" });
  if (!parse("xl/workbook.xml", { open: (tag, a) => tag === "sheet" && sheets.push(sheetOf(a)) })) throw new UnreadableWorkbook(READER.noWorkbook());
  if (sheets.length > XLSX_LIMITS.sheets) throw new UnreadableWorkbook(READER.sheets(XLSX_LIMITS.sheets));
  const targets = new Map<string, { target: string; type: string }>();
  parse("xl/_rels/workbook.xml.rels", { open: (tag, a) => tag === "Relationship" && targets.set(a.Id, { target: a.Target ?? "", type: a.Type ?? "" }) });
  const parts: { name: string; part: string; hidden: boolean }[] = [];
  for (const sheet of sheets) {
    const rel = targets.get(sheet.rid);
    if (!rel) throw new UnreadableWorkbook(READER.unlistedSheet(sheet.name));
    // Chart and dialog sheets hold no cells.
    if (!/\/worksheet$/.test(rel.type)) continue;
    const part = rel.target.startsWith("/") ? rel.target.slice(1) : `xl/${rel.target}`.replace(/\/\.\//g, "/");
    parts.push({ name: sheet.name, part, hidden: sheet.hidden });
  }
  return parts;
}

function relationId(attributes: Record<string, string>): string {
  for (const [key, value] of Object.entries(attributes)) if (key === "id" || key.endsWith(":id")) return value;
  return "";
}

function sharedStrings(parse: (name: string, handlers: XmlHandlers) => boolean): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  parse("xl/sharedStrings.xml", {
    open(tag) {
      if (tag === "si") current = [];
      else if (tag === "rPh") phonetic++;
      else if (tag === "t" && phonetic === 0) inText = true;
    },
    close(tag) {
      if (tag === "si" && current) {
        if (strings.length >= XLSX_LIMITS.sharedStrings) throw new UnreadableWorkbook(READER.sharedStrings(XLSX_LIMITS.sharedStrings));
        strings.push(current.join(""));
        current = undefined;
      } else if (tag === "rPh") phonetic--;
      else if (tag === "t") inText = false;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  });
  return strings;
}

function cellStyles(parse: (name: string, handlers: XmlHandlers) => boolean): CellStyle[] {
  const custom = new Map<number, string>();
  const styles: CellStyle[] = [];
  let inCellXfs = false;
  parse("xl/styles.xml", {
    open(tag, a) {
      if (tag === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (tag === "cellXfs") inCellXfs = true;
      else if (tag === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const format = custom.get(id) ?? BUILT_IN_FORMATS[id];
        // A format longer than Excel allows is not one Excel wrote: treated as General.
        const usable = format !== undefined && format.length <= XLSX_LIMITS.formatLength ? format : undefined;
        const { decimals, percent } = decimalsOfFormat(usable);
        styles.push({ format: usable, date: BUILT_IN_DATE_IDS.has(id) || (usable !== undefined && isDateFormat(usable)), decimals, percent });
      }
    },
    close(tag) {
      if (tag === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

/** "AB12" → 0-based row and column; undefined if it is not an address (or beyond 3 letters and 8 digits). */
function parseAddress(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || i > 3 || i === ref.length || ref.length - i > 8 || ref.charCodeAt(i) === 48) return undefined;
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  return { row: row - 1, col: col - 1 };
}

function parseRange(ref: string): MergedArea | undefined {
  const [from, to = from] = ref.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Serial day → ISO date, as the workbook's date system counts; undefined when it is no date a calendar has. */
function serialDate(serial: number, date1904: boolean): string | undefined {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

class CellCount {
  n = 0;
}

function sheetSnapshot(
  name: string,
  part: string,
  parse: (name: string, handlers: XmlHandlers, fast?: boolean) => boolean,
  strings: string[],
  styles: CellStyle[],
  date1904: boolean,
  count: CellCount,
): SheetSnapshot {
  const cells: (SnapshotCell | undefined)[][] = [];
  const merges: MergedArea[] = [];
  let row = -1;
  let col = -1;
  // The cell being read.
  let type = "n";
  let style: CellStyle | undefined;
  let formula = false;
  let value: string | undefined;
  let inValue = false;
  let inInline = 0;
  let phonetic = 0;
  const outside = (r: number, c: number) => r >= XLSX_LIMITS.rows || c >= XLSX_LIMITS.columns;
  const beyond = (what: string) => new UnreadableWorkbook(READER.beyondGrid(name, what));

  const finish = () => {
    if (value === undefined) return;
    const cell = cellFrom(type, value, style, formula, strings, date1904);
    if (cell) {
      if (++count.n > XLSX_LIMITS.cells) throw new UnreadableWorkbook(READER.cells(XLSX_LIMITS.cells));
      (cells[row] ??= [])[col] = cell;
    }
  };

  const found = parse(
    part,
    {
      open(tag, a) {
        switch (tag) {
          case "row": {
            const r = a.r === undefined ? row + 1 : Number(a.r) - 1;
            if (!Number.isInteger(r) || r < 0) throw beyond(`a row "${a.r}"`);
            if (r >= XLSX_LIMITS.rows) throw beyond(`row ${a.r}`);
            row = r;
            col = -1;
            break;
          }
          case "c": {
            if (a.r !== undefined) {
              const at = parseAddress(a.r);
              if (!at || outside(at.row, at.col)) throw beyond(`a cell "${a.r}"`);
              row = at.row;
              col = at.col;
            } else {
              col++;
              if (row < 0) row = 0;
              if (outside(row, col)) throw beyond("a cell");
            }
            type = a.t ?? "n";
            style = a.s === undefined ? undefined : styles[Number(a.s)];
            formula = false;
            value = undefined;
            break;
          }
          case "f":
            formula = true;
            break;
          case "v":
            inValue = true;
            value = "";
            break;
          case "is":
            inInline++;
            value = "";
            break;
          case "rPh":
            phonetic++;
            break;
          case "mergeCell": {
            const area = parseRange(a.ref ?? "");
            if (!area || outside(area.bottom, area.right)) throw beyond(`a merged area "${a.ref}"`);
            if (merges.length >= XLSX_LIMITS.mergedAreas) throw new UnreadableWorkbook(READER.merges(name, XLSX_LIMITS.mergedAreas));
            merges.push(area);
            break;
          }
        }
      },
      close(tag) {
        if (tag === "v") inValue = false;
        else if (tag === "is") inInline--;
        else if (tag === "rPh") phonetic--;
        else if (tag === "c") finish();
      },
      text(text) {
        if (value !== undefined && (inValue || (inInline > 0 && phonetic === 0))) value += text;
      },
    },
    true,
  );
  if (!found) throw new UnreadableWorkbook(READER.missingPart(name, part));
  dropCoveredCells(name, cells, merges);
  return { name, cells, merges };
}

/** One cell's snapshot from its type attribute and text, or undefined for an empty one. */
function cellFrom(type: string, text: string, style: CellStyle | undefined, formula: boolean, strings: string[], date1904: boolean): SnapshotCell | undefined {
  let value: CellValue;
  let problem: string | undefined;
  switch (type) {
    case "s": {
      const index = Number(text);
      if (Number.isInteger(index) && index >= 0 && index < strings.length) value = strings[index];
      else {
        value = null;
        problem = `the cell refers to shared string ${text.trim()}, which the workbook does not have`;
      }
      break;
    }
    case "b":
      value = text.trim() === "1" || text.trim().toLowerCase() === "true";
      break;
    case "str":
    case "inlineStr":
    case "e":
      value = text;
      break;
    case "d": {
      const date = new Date(text.trim());
      value = Number.isNaN(date.getTime()) ? text : date.toISOString().slice(0, 10);
      break;
    }
    default: {
      const number = Number(text);
      // Number("") and Number(" ") are 0: an empty <v/> is an empty cell.
      if (number === 0 && text.trim() === "") return undefined;
      if (!Number.isFinite(number)) {
        value = null;
        problem = `the value ${text.trim().slice(0, 40)} is not a finite number`;
        break;
      }
      if (style?.date) {
        const iso = serialDate(number, date1904);
        if (iso !== undefined) {
          value = iso;
          break;
        }
      }
      value = number;
    }
  }
  if (problem) return { value: null, problem, ...(formula ? { formula: true } : {}) };
  if (value === null || value === "") return undefined;
  const cell: SnapshotCell = { value };
  if (typeof value === "number" && style) {
    if (style.decimals !== undefined) cell.decimals = style.decimals;
    if (style.percent) cell.percent = true;
  }
  if (formula) cell.formula = true;
  return cell;
}

/**
 * A merged area shows its top-left cell: values stored under the others are not what the reader sees,
 * as Excel shows them. Merged areas must not overlap (Excel reports such a file as damaged); each
 * stored cell is looked up among the areas open at its row, in O(log n).
 */
function dropCoveredCells(sheet: string, cells: (SnapshotCell | undefined)[][], merges: MergedArea[]): void {
  if (merges.length === 0) return;
  const byTop = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  // Areas open at the current row, sorted by left; disjoint in columns while they are open together.
  const open: MergedArea[] = [];
  const insert = (area: MergedArea) => {
    let lo = 0;
    let hi = open.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (open[mid].left < area.left) lo = mid + 1;
      else hi = mid;
    }
    const before = open[lo - 1];
    const after = open[lo];
    if ((before && before.right >= area.left) || (after && after.left <= area.right)) throw new UnreadableWorkbook(READER.overlappingMerges(sheet));
    open.splice(lo, 0, area);
  };
  const find = (col: number) => {
    let lo = 0;
    let hi = open.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (open[mid].right < col) lo = mid + 1;
      else if (open[mid].left > col) hi = mid - 1;
      else return open[mid];
    }
    return undefined;
  };
  let minBottom = Infinity;
  const prune = (row: number) => {
    if (row <= minBottom) return;
    for (let k = open.length - 1; k >= 0; k--) if (open[k].bottom < row) open.splice(k, 1);
    minBottom = open.reduce((m, area) => Math.min(m, area.bottom), Infinity);
  };
  let next = 0;
  const openUpTo = (row: number) => {
    while (next < byTop.length && byTop[next].top <= row) {
      const area = byTop[next++];
      prune(area.top);
      insert(area);
      minBottom = Math.min(minBottom, area.bottom);
    }
  };
  // Array keys of stored rows come in ascending order.
  for (const key of Object.keys(cells)) {
    const row = Number(key);
    openUpTo(row);
    prune(row);
    if (open.length === 0) continue;
    const line = cells[row];
    for (const k of Object.keys(line)) {
      const col = Number(k);
      const area = find(col);
      if (area && !(area.top === row && area.left === col)) delete line[col];
    }
  }
  // The areas below the last stored row, so that an overlap anywhere is found.
  openUpTo(Infinity);
}

/** Reads an .xlsx file (Node Buffer or browser ArrayBuffer) into snapshots. Never writes. */
/**
 * `onProgress(done, total)`: bytes of XML read so far, of the parts a snapshot needs (the workbook,
 * its strings and styles, its sheets), at most about a hundred calls.
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array, onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const entries = readDirectory(bytes);
  const budget = new InflateBudget();
  const needed = [...entries.values()].filter((e) => /^xl\/(worksheets\/[^/]+|workbook|sharedStrings|styles)\.xml$/.test(e.name));
  const total = needed.reduce((n, e) => n + e.size, 0);
  let done = 0;
  let reported = 0;
  // A part by name, streamed through the handlers; false when the archive lacks it.
  const parse = (name: string, handlers: XmlHandlers, fast = false): boolean => {
    const entry: ZipEntry | undefined = entries.get(name);
    if (!entry) return false;
    const sink = xmlSink(name, handlers, fast);
    inflateEntry(bytes, entry, budget, (chunk) => {
      sink.write(chunk);
      done += chunk.length;
      if (onProgress && done - reported >= total / 100) {
        reported = done;
        onProgress(Math.min(done, total), total);
      }
    });
    sink.end();
    return true;
  };
  let date1904 = false;
  const parts = sheetParts((name, handlers) =>
    parse(name, {
      ...handlers,
      open(tag, a) {
        if (tag === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
        handlers.open(tag, a);
      },
    }),
  );
  const strings = sharedStrings(parse);
  const styles = cellStyles(parse);
  const count = new CellCount();
  const sheets = parts.map(({ name, part, hidden }) => {
    const sheet = sheetSnapshot(name, part, parse, strings, styles, date1904, count);
    return hidden ? { ...sheet, hidden: true as const } : sheet;
  });
  return { sheets };
}
