import type { SnapshotCell } from "../workbook/snapshot";
import { LARGEST_EXACT, looksNumeric, ownDecimals, readNumericText } from "../core/numbers";
import { Interval } from "./interval";
import { resolveUnit } from "./units";

/** How a cell in a number position reads. */
export type Reading =
  | { kind: "empty" }
  | { kind: "excel-error"; text: string }
  /** What the file holds cannot be a real figure (an infinite or huge number, a string that is not there). */
  | { kind: "invalid"; text: string }
  | { kind: "marker"; text: string }
  | { kind: "text"; text: string }
  /** `unit`: the cell prints its own unit after the figure ("0.85(千克)"), which may differ from the row's. */
  | { kind: "number"; value: number; decimals: number; percentFormat: boolean; unit?: string };

/** A figure followed by its unit, bare or in brackets: "0.85(千克)", "3471 升". */
const FIGURE_AND_UNIT = /^([+-]?[\d,]*\.?\d+)\s*[(]?\s*([^\d\s()]{1,12})\s*[)]?$/;

/** Not-applicable markers: told apart from text, never an error. */
const MARKERS = new Set(["/", "／", "—", "——", "–", "-", "－", "不适用", "无", "n/a", "na", "—/—", "--", "——/——"]);

export function isMarker(text: string): boolean {
  return MARKERS.has(text.normalize("NFKC").trim().toLowerCase()) || MARKERS.has(text.trim());
}

/** What Excel shows for a formula that failed. */
const EXCEL_ERRORS = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

export function readCell(cell: SnapshotCell | undefined): Reading {
  if (cell?.problem) return { kind: "invalid", text: cell.problem };
  if (!cell || cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "")) return { kind: "empty" };
  const { value } = cell;
  if (typeof value === "number") {
    if (!(Math.abs(value) <= LARGEST_EXACT)) return { kind: "invalid", text: String(value) };
    const decimals = cell.decimals ?? (cell.percent ? Math.max(0, ownDecimals(String(value)) - 2) : ownDecimals(String(value)));
    return { kind: "number", value, decimals, percentFormat: cell.percent === true };
  }
  if (typeof value === "boolean") return { kind: "text", text: String(value).toUpperCase() };
  if (isMarker(value)) return { kind: "marker", text: value.trim() };
  if (EXCEL_ERRORS.test(value.trim())) return { kind: "excel-error", text: value.trim() };
  // Accountants print a negative in brackets: "(0.11)", "（1,234.5）".
  const bracketed = value
    .normalize("NFKC")
    .trim()
    .match(/^\(\s*([\d,]*\.?\d+)\s*(%?)\s*\)$/);
  const parsed = readNumericText(bracketed ? `-${bracketed[1]}${bracketed[2]}` : value);
  if (parsed && Math.abs(parsed.value) > LARGEST_EXACT) return { kind: "invalid", text: value.trim().slice(0, 40) };
  if (!parsed && looksNumeric(value) && !value.includes(",")) return { kind: "invalid", text: value.trim().slice(0, 40) };
  if (parsed) return { kind: "number", value: parsed.percent ? parsed.value / 100 : parsed.value, decimals: parsed.decimals, percentFormat: parsed.percent };
  const withUnit = FIGURE_AND_UNIT.exec(value.normalize("NFKC").trim());
  if (withUnit && resolveUnit(withUnit[2])) {
    const figure = readNumericText(withUnit[1]);
    if (figure && !figure.percent && Math.abs(figure.value) <= LARGEST_EXACT)
      return { kind: "number", value: figure.value, decimals: figure.decimals, percentFormat: false, unit: withUnit[2] };
  }
  return { kind: "text", text: value.trim() };
}

/**
 * The interval a number reading stands for, in the row's unit: `scale` converts the printed unit to
 * the template's (e.g. 万元 → 亿元 is 0.0001). Percentages become fractions.
 */
export function intervalOf(reading: Extract<Reading, { kind: "number" }>, percentUnit: boolean, scale = 1): Interval {
  if (reading.percentFormat) {
    // Stored as a fraction, shown with `decimals` decimals of the percentage.
    const printed = Interval.printed(reading.value * 100, reading.decimals);
    return printed.times(0.01);
  }
  const printed = Interval.printed(reading.value, reading.decimals);
  if (percentUnit) return printed.times(0.01);
  return printed.scale(scale);
}
