import { compactToSnapshot } from "../../src/workbook/compact";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * A sheet from compact rows (the codes of samples/data: "=1,077.31", "%3.70", text, null).
 * `at` shifts the whole table, to test tables that start anywhere.
 */
export function sheet(name: string, rows: (string | null)[][], options: { merges?: string[]; at?: [number, number] } = {}): SheetSnapshot {
  return compactToSnapshot({ name, rows, merges: options.merges ?? [] }, options.at);
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
