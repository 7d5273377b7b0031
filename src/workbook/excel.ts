/*
 * The only file that talks to Office.js. Reads are batched: a whole workbook is read in two
 * context.sync() calls whatever its size; writes happen only in the explicit actions below
 * (select, highlight and its undo, a new report sheet, a new template sheet, a formula).
 */
import type { SheetLayout } from "./layout";
import { a1, CellValue, decimalsOfFormat, MergedArea, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "./snapshot";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface CellRef {
  sheet: string;
  address: string;
}

/** A cell's fill before it was highlighted, to put back exactly. */
export interface SavedFill extends CellRef {
  color: string;
  pattern: string;
  patternColor: string;
}

export const HIGHLIGHT_COLOR = "#FFE08A";

function toSnapshot(name: string, used: Excel.Range | undefined, merged: Excel.RangeAreas | undefined): SheetSnapshot {
  if (!used || used.isNullObject) return { name, cells: [], merges: [] };
  const cells: (SnapshotCell | undefined)[][] = [];
  const { rowIndex, columnIndex, values, numberFormat } = used;
  values.forEach((row, r) =>
    row.forEach((value: unknown, c) => {
      if (value === "" || value === null || value === undefined) return;
      const { decimals, percent } = decimalsOfFormat(String(numberFormat[r]?.[c] ?? ""));
      const v = value as CellValue;
      (cells[rowIndex + r] ??= [])[columnIndex + c] = {
        value: v,
        ...(typeof v === "number" && decimals !== undefined ? { decimals } : {}),
        ...(typeof v === "number" && percent ? { percent } : {}),
      };
    }),
  );
  const merges: MergedArea[] = [];
  if (merged && !merged.isNullObject) {
    for (const area of merged.areas.items) {
      merges.push({ top: area.rowIndex, left: area.columnIndex, bottom: area.rowIndex + area.rowCount - 1, right: area.columnIndex + area.columnCount - 1 });
    }
  }
  return { name, cells, merges };
}

/** Picks a sheet name not yet used: "校验报告", "校验报告 (2)", … — an existing sheet is never replaced. */
export function uniqueSheetName(wanted: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function createExcelWorkbook(run: Run = (batch) => Excel.run(batch)) {
  return {
    /** Values, number formats and merged areas of the active sheet or every sheet, in two syncs. */
    read(scope: "active" | "all"): Promise<WorkbookSnapshot> {
      return run(async (context) => {
        const sheets = context.workbook.worksheets;
        const active = context.workbook.worksheets.getActiveWorksheet();
        sheets.load("items/name");
        active.load("name");
        await context.sync();
        const chosen = scope === "all" ? sheets.items : sheets.items.filter((s) => s.name === active.name);
        const parts = chosen.map((sheet) => {
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load("values,numberFormat,rowIndex,columnIndex");
          const merged = used.getMergedAreasOrNullObject();
          merged.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
          return { name: sheet.name, used, merged };
        });
        await context.sync();
        return { sheets: parts.map((p) => toSnapshot(p.name, p.used, p.merged)) };
      });
    },

    select(cell: CellRef): Promise<void> {
      return run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(cell.sheet);
        sheet.activate();
        sheet.getRange(cell.address).select();
        await context.sync();
      });
    },

    /** Marks cells and returns their previous fills, for `restore`. */
    highlight(cells: CellRef[]): Promise<SavedFill[]> {
      return run(async (context) => {
        const ranges = cells.map((cell) => {
          const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
          range.format.fill.load("color,pattern,patternColor");
          return { cell, range };
        });
        await context.sync();
        const saved = ranges.map(({ cell, range }) => ({
          ...cell,
          color: range.format.fill.color,
          pattern: String(range.format.fill.pattern),
          patternColor: range.format.fill.patternColor,
        }));
        for (const { range } of ranges) range.format.fill.color = HIGHLIGHT_COLOR;
        await context.sync();
        return saved;
      });
    },

    /** Puts back the fills `highlight` saved: no fill stays no fill, a pattern its pattern. */
    restore(saved: SavedFill[]): Promise<void> {
      return run(async (context) => {
        for (const fill of saved) {
          const format = context.workbook.worksheets.getItem(fill.sheet).getRange(fill.address).format.fill;
          if (fill.pattern === "None") {
            format.clear();
            continue;
          }
          format.color = fill.color;
          format.pattern = fill.pattern as Excel.FillPattern;
          if (fill.pattern !== "Solid") format.patternColor = fill.patternColor;
        }
        await context.sync();
      });
    },

    /** Adds a new sheet (never replacing one) with the rows given; returns its name. */
    addSheet(wanted: string, layout: SheetLayout): Promise<string> {
      return run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const name = uniqueSheetName(
          wanted,
          sheets.items.map((s) => s.name),
        );
        const sheet = sheets.add(name);
        layout.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell === null || cell === undefined) return;
            const range = sheet.getRange(a1(r, c));
            if (typeof cell !== "object") range.values = [[cell]];
            else {
              if (cell.formula) range.formulas = [[cell.formula]];
              else range.values = [[cell.value ?? ""]];
              if (cell.numFmt) range.numberFormat = [[cell.numFmt]];
              if (cell.bold) range.format.font.bold = true;
            }
          }),
        );
        for (const merge of layout.merges) sheet.getRange(merge).merge();
        if (layout.table) sheet.tables.add(layout.table, true).style = "TableStyleLight9";
        (layout.columnWidths ?? []).forEach(
          (width, c) => (sheet.getRange(`${a1(0, c).replace(/\d+$/, "")}:${a1(0, c).replace(/\d+$/, "")}`).format.columnWidth = width * 7),
        );
        sheet.activate();
        await context.sync();
        return name;
      });
    },

    /** Writes a formula into the selected cell (the calculator's "insert"). */
    insertFormula(formula: string): Promise<string> {
      return run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        range.getCell(0, 0).formulas = [[formula]];
        await context.sync();
        return range.address;
      });
    },
  };
}

export type ExcelWorkbook = ReturnType<typeof createExcelWorkbook>;
