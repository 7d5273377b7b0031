/** A sheet to write: what a template or a sample becomes before it is an .xlsx file. */
export type LayoutCell = null | string | number | { value: string | number | null; numFmt?: string; bold?: boolean; formula?: string };

export interface SheetLayout {
  name: string;
  rows: LayoutCell[][];
  /** A1 ranges, e.g. "A1:C1". */
  merges: string[];
  columnWidths?: number[];
  /** An A1 range to make an Excel table (header row first), where the host supports it. */
  table?: string;
}
