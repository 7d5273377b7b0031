/*
 * The only file that talks to Office.js. Reads fit Office's limits: Excel on the web caps a request or
 * response at 5 MB, so cells are read in row blocks sized by a cell budget (small sheets share one sync,
 * a 100,000-row ledger takes several), and a block Office still refuses is read again in halves. Writes
 * happen only in the explicit actions below (select, highlight and its undo, a new report sheet, a new
 * template sheet, a formula).
 */
import type { SheetLayout } from "./layout";
import { a1, CellValue, decimalsOfFormat, MergedArea, SnapshotCell, WorkbookSnapshot } from "./snapshot";

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

/**
 * Cells per sync: values and number formats come to about 30 bytes a cell in Office's JSON, so a block of
 * this many stays well under the 5 MB a response may carry on the web.
 */
export const READ_BLOCK_CELLS = 60_000;

/** Office's answer to a request or response that is too large, or to too much work in one sync. */
function isSizeLimit(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? "";
  return /PayloadSizeLimitExceeded|ResourceLimitReached/i.test(code);
}

interface SheetArea {
  name: string;
  sheet: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
  cells: (SnapshotCell | undefined)[][];
  merges: MergedArea[];
}

interface Block {
  area: SheetArea;
  start: number;
  rows: number;
}

/** A block's cells into its sheet's snapshot. */
function store(block: Block, values: unknown[][], formats: unknown[][]): void {
  const { area } = block;
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      const { decimals, percent } = decimalsOfFormat(String(formats[r]?.[c] ?? ""));
      const v = value as CellValue;
      (area.cells[area.top + block.start + r] ??= [])[area.left + c] = {
        value: v,
        ...(typeof v === "number" && decimals !== undefined ? { decimals } : {}),
        ...(typeof v === "number" && percent ? { percent } : {}),
      };
    }),
  );
}

/** Progress of a read: blocks done of blocks known (a halved block adds one). */
export type ReadProgress = (done: number, total: number) => void;

/**
 * Reads the blocks, several to a sync while they fit the cell budget. A sync Office refuses for its size
 * is tried again block by block, and a single block that is still too large in halves, down to one row.
 */
async function readBlocks(context: Excel.RequestContext, blocks: Block[], onProgress?: ReadProgress): Promise<void> {
  const queue = [...blocks];
  let done = 0;
  let total = queue.length;
  while (queue.length > 0) {
    const batch: Block[] = [];
    let cells = 0;
    while (queue.length > 0 && (batch.length === 0 || cells + queue[0].rows * queue[0].area.columns <= READ_BLOCK_CELLS)) {
      const block = queue.shift()!;
      batch.push(block);
      cells += block.rows * block.area.columns;
    }
    const loaded = batch.map((block) => {
      const range = block.area.sheet.getRangeByIndexes(block.area.top + block.start, block.area.left, block.rows, block.area.columns);
      range.load("values,numberFormat");
      return { block, range };
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isSizeLimit(error)) throw error;
      if (batch.length > 1) {
        // Again, one block to a sync (each halved further if need be).
        for (const block of batch) {
          await readBlocks(context, [block]);
          onProgress?.(++done, total);
        }
        continue;
      }
      const [block] = batch;
      if (block.rows === 1) throw error;
      const half = Math.ceil(block.rows / 2);
      queue.unshift({ ...block, rows: half }, { ...block, start: block.start + half, rows: block.rows - half });
      total += 1;
      continue;
    }
    for (const { block, range } of loaded) store(block, range.values, range.numberFormat);
    done += batch.length;
    onProgress?.(done, total);
  }
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
    /**
     * Values, number formats and merged areas of the active sheet or every sheet: the sheets and their used
     * ranges in two syncs, then the cells in row blocks that fit Office's limits (small sheets share a sync).
     */
    read(scope: "active" | "all", onProgress?: ReadProgress): Promise<WorkbookSnapshot> {
      return run(async (context) => {
        const sheets = context.workbook.worksheets;
        const active = context.workbook.worksheets.getActiveWorksheet();
        sheets.load("items/name");
        active.load("name");
        await context.sync();
        const chosen = scope === "all" ? sheets.items : sheets.items.filter((s) => s.name === active.name);
        const parts = chosen.map((sheet) => {
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load("rowIndex,columnIndex,rowCount,columnCount");
          const merged = used.getMergedAreasOrNullObject();
          merged.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
          return { sheet, name: sheet.name, used, merged };
        });
        await context.sync();
        const areas: SheetArea[] = parts.map(({ sheet, name, used, merged }) => {
          const merges: MergedArea[] = [];
          if (!used.isNullObject && merged && !merged.isNullObject) {
            for (const m of merged.areas.items)
              merges.push({ top: m.rowIndex, left: m.columnIndex, bottom: m.rowIndex + m.rowCount - 1, right: m.columnIndex + m.columnCount - 1 });
          }
          const empty = used.isNullObject;
          return {
            name,
            sheet,
            top: empty ? 0 : used.rowIndex,
            left: empty ? 0 : used.columnIndex,
            rows: empty ? 0 : used.rowCount,
            columns: empty ? 0 : used.columnCount,
            cells: [],
            merges,
          };
        });
        const blocks: Block[] = [];
        for (const area of areas) {
          const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / Math.max(1, area.columns)));
          for (let start = 0; start < area.rows; start += rowsPerBlock) blocks.push({ area, start, rows: Math.min(rowsPerBlock, area.rows - start) });
        }
        await readBlocks(context, blocks, onProgress);
        return { sheets: areas.map((a) => ({ name: a.name, cells: a.cells, merges: a.merges })) };
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
