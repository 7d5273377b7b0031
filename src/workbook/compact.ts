import type { LayoutCell, SheetLayout } from "./layout";
import { decimalsOfFormat, MergedArea, SheetSnapshot, SnapshotCell } from "./snapshot";

/**
 * Compact sheet data, as samples/data/*.json store the published tables: "=1,077.31" is a number
 * shown with those decimals (and thousands separators), "%0.39" a fraction formatted as a
 * percentage, other strings text, null empty.
 */
export interface CompactSheet {
  name: string;
  merges: string[];
  rows: (string | null)[][];
}

function numberFormat(printed: string): string {
  const decimals = printed.split(".")[1]?.length ?? 0;
  const integer = printed.includes(",") ? "#,##0" : "0";
  return decimals > 0 ? `${integer}.${"0".repeat(decimals)}` : integer;
}

export function decodeCell(code: string | null): LayoutCell {
  if (code === null) return null;
  if (code.startsWith("=")) {
    const printed = code.slice(1);
    return { value: Number(printed.replace(/,/g, "")), numFmt: numberFormat(printed) };
  }
  // "%0.39" is a percentage; a bare "%" (a unit column's text) is text.
  if (/^%[-+]?[\d.,]+$/.test(code)) {
    const printed = code.slice(1);
    const decimals = printed.split(".")[1]?.length ?? 0;
    return { value: Number(printed) / 100, numFmt: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  return code;
}

export function compactToLayout(sheet: CompactSheet): SheetLayout {
  return { name: sheet.name, merges: sheet.merges, rows: sheet.rows.map((row) => row.map(decodeCell)), columnWidths: [44, 28, 22, 14] };
}

/** The snapshot the validator would read from the written file, without writing it. */
export function compactToSnapshot(sheet: CompactSheet, offset: [number, number] = [0, 0]): SheetSnapshot {
  const [dr, dc] = offset;
  const cells: (SnapshotCell | undefined)[][] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((code, c) => {
      const cell = decodeCell(code);
      if (cell === null) return;
      let snapshot: SnapshotCell;
      if (typeof cell === "object") {
        const { decimals, percent } = decimalsOfFormat(cell.numFmt);
        snapshot = { value: cell.value, ...(decimals !== undefined ? { decimals } : {}), ...(percent ? { percent } : {}) };
      } else snapshot = { value: cell };
      (cells[r + dr] ??= [])[c + dc] = snapshot;
    }),
  );
  return { name: sheet.name, cells, merges: sheet.merges.map((range) => shift(decodeRange(range), dr, dc)) };
}

export function decodeRange(range: string): MergedArea {
  const [a, b] = range.split(":").map(decodeAddress);
  const end = b ?? a;
  return { top: a.row, left: a.col, bottom: end.row, right: end.col };
}

export function decodeAddress(ref: string): { row: number; col: number } {
  const m = ref.replace(/\$/g, "").match(/^([A-Z]+)(\d+)$/)!;
  return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(m[2]) - 1 };
}

function shift(m: MergedArea, dr: number, dc: number): MergedArea {
  return { top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc };
}
