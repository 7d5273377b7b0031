import { decimalsOfFormat, MergedArea, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { decodeCell } from "../../scripts/make-samples";

/**
 * A sheet from compact rows, the codes of samples/data: "=1,077.31" a number shown with those
 * decimals, "%3.70" a fraction formatted as a percentage, other strings text, null empty.
 * `at` shifts the whole table, to test tables that start anywhere.
 */
export function sheet(name: string, rows: (string | null)[][], options: { merges?: string[]; at?: [number, number] } = {}): SheetSnapshot {
  const [dr, dc] = options.at ?? [0, 0];
  const cells: (SnapshotCell | undefined)[][] = [];
  rows.forEach((row, r) =>
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
  const merges = (options.merges ?? []).map((range) => shift(decodeRange(range), dr, dc));
  return { name, cells, merges };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

function decodeRange(range: string): MergedArea {
  const [a, b] = range.split(":").map((ref) => {
    const m = ref.match(/^([A-Z]+)(\d+)$/)!;
    return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(m[2]) - 1 };
  });
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function shift(m: MergedArea, dr: number, dc: number): MergedArea {
  return { top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc };
}
