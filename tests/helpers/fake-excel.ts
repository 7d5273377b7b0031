/*
 * A small in-memory stand-in for the part of Excel's API that src/workbook/excel.ts uses. It counts
 * context.sync() calls and records every write, so tests can prove reads are batched and
 * validation writes nothing.
 */
import { decodeAddress, decodeRange } from "../../src/workbook/compact";
import { a1 } from "../../src/workbook/snapshot";

interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
}

interface FakeCell {
  value: unknown;
  numberFormat: string;
  fill: Fill;
  formula?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
}

const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

/** What Office answers to a response beyond its payload limit (Excel on the web: 5 MB). */
export class PayloadTooLarge extends Error {
  code = "ResponsePayloadSizeLimitExceeded";
}

export class FakeExcel {
  syncs = 0;
  /** Cells whose values were loaded since the last sync; beyond `payloadLimitCells` the sync fails as Office's would. */
  private pendingCells = 0;
  payloadLimitCells = Infinity;
  /** The largest number of cells one successful sync carried. */
  largestSync = 0;
  writes: string[] = [];
  sheets: FakeSheet[] = [];
  active = 0;
  selected = "A1";

  addSheet(name: string, rows: unknown[][], formats: Record<string, string> = {}, merges: string[] = []): FakeSheet {
    const cells = new Map<string, FakeCell>();
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const address = a1(r, c);
        cells.set(address, { value, numberFormat: formats[address] ?? "General", fill: { ...NO_FILL } });
      }),
    );
    const sheet = { name, cells, merges };
    this.sheets.push(sheet);
    return sheet;
  }

  cell(sheet: string, address: string): FakeCell {
    const s = this.sheets.find((x) => x.name === sheet)!;
    if (!s.cells.has(address)) s.cells.set(address, { value: "", numberFormat: "General", fill: { ...NO_FILL } });
    return s.cells.get(address)!;
  }

  /** Excel.run with a fake context. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Excel.RequestContext);

  private context() {
    // The fake objects below are plain closures over the workbook, as Office's proxies are over the document.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const excel = this;
    const write = (what: string) => excel.writes.push(what);
    const load = () => undefined;

    function range(sheet: FakeSheet, address: string) {
      const cell = () => excel.cell(sheet.name, address.split(":")[0]);
      const fill = {
        load,
        get color() {
          return cell().fill.color;
        },
        set color(v: string) {
          write(`fill.color ${sheet.name}!${address}`);
          cell().fill.color = v;
          if (cell().fill.pattern === "None") cell().fill.pattern = "Solid";
        },
        get pattern() {
          return cell().fill.pattern;
        },
        set pattern(v: string) {
          write(`fill.pattern ${sheet.name}!${address}`);
          cell().fill.pattern = v;
        },
        get patternColor() {
          return cell().fill.patternColor;
        },
        set patternColor(v: string) {
          write(`fill.patternColor ${sheet.name}!${address}`);
          cell().fill.patternColor = v;
        },
        clear() {
          write(`fill.clear ${sheet.name}!${address}`);
          cell().fill = { ...NO_FILL };
        },
      };
      return {
        load,
        address: `${sheet.name}!${address}`,
        format: {
          fill,
          font: {
            set bold(_: boolean) {
              write(`bold ${address}`);
            },
          },
          set columnWidth(_: number) {
            write(`width ${address}`);
          },
        },
        set values(v: unknown[][]) {
          write(`values ${sheet.name}!${address}`);
          cell().value = v[0][0];
        },
        set formulas(v: string[][]) {
          write(`formulas ${sheet.name}!${address}`);
          cell().formula = v[0][0];
        },
        set numberFormat(v: string[][]) {
          write(`numberFormat ${sheet.name}!${address}`);
          cell().numberFormat = v[0][0];
        },
        select() {
          write(`select ${sheet.name}!${address}`);
          excel.selected = address;
        },
        merge() {
          write(`merge ${address}`);
        },
        getCell: () => range(sheet, address.split(":")[0]),
      };
    }

    function usedRange(sheet: FakeSheet) {
      const filled = [...sheet.cells.entries()].filter(([, c]) => c.value !== "" && c.value !== null).map(([a]) => decodeAddress(a));
      if (filled.length === 0) return { isNullObject: true, load, getMergedAreasOrNullObject: () => ({ isNullObject: true, load }) };
      // Loops, not Math.min(...spread): a 100,000-row sheet would overflow the call stack.
      let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
      for (const p of filled) {
        top = Math.min(top, p.row);
        left = Math.min(left, p.col);
        bottom = Math.max(bottom, p.row);
        right = Math.max(right, p.col);
      }
      const grid = (pick: (c: FakeCell | undefined) => unknown) =>
        Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => pick(sheet.cells.get(a1(top + r, left + c)))));
      return {
        isNullObject: false,
        load: (props: string) => {
          if (props.includes("values")) excel.pendingCells += (bottom - top + 1) * (right - left + 1);
        },
        rowIndex: top,
        columnIndex: left,
        rowCount: bottom - top + 1,
        columnCount: right - left + 1,
        get values() {
          return grid((c) => c?.value ?? "");
        },
        get numberFormat() {
          return grid((c) => c?.numberFormat ?? "General");
        },
        getMergedAreasOrNullObject: () => ({
          isNullObject: sheet.merges.length === 0,
          load,
          areas: {
            items: sheet.merges.map((m) => {
              const area = decodeRange(m);
              return { rowIndex: area.top, columnIndex: area.left, rowCount: area.bottom - area.top + 1, columnCount: area.right - area.left + 1 };
            }),
          },
        }),
      };
    }

    function worksheet(sheet: FakeSheet) {
      return {
        load,
        get name() {
          return sheet.name;
        },
        getUsedRangeOrNullObject: () => usedRange(sheet),
        tables: {
          add(address: string, hasHeaders: boolean) {
            write(`table ${sheet.name}!${address} headers=${hasHeaders}`);
            return { style: "" };
          },
        },
        getRange: (address: string) => range(sheet, address),
        getRangeByIndexes: (top: number, left: number, rows: number, columns: number) => {
          const grid = (pick: (c: FakeCell | undefined) => unknown) =>
            Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => pick(sheet.cells.get(a1(top + r, left + c)))));
          return {
            load: (props: string) => {
              if (props.includes("values")) excel.pendingCells += rows * columns;
            },
            get values() {
              return grid((c) => c?.value ?? "");
            },
            get numberFormat() {
              return grid((c) => c?.numberFormat ?? "General");
            },
          };
        },
        activate() {
          write(`activate ${sheet.name}`);
          excel.active = excel.sheets.indexOf(sheet);
        },
      };
    }

    const worksheets = {
      load,
      get items() {
        return excel.sheets.map(worksheet);
      },
      getItem: (name: string) => worksheet(excel.sheets.find((s) => s.name === name)!),
      getActiveWorksheet: () => worksheet(excel.sheets[excel.active]),
      add(name: string) {
        write(`add sheet ${name}`);
        return worksheet(excel.addSheet(name, []));
      },
    };

    return {
      workbook: {
        worksheets,
        getSelectedRange: () => range(excel.sheets[excel.active], excel.selected),
      },
      sync: async () => {
        excel.syncs++;
        const cells = excel.pendingCells;
        excel.pendingCells = 0;
        if (cells > excel.payloadLimitCells) throw new PayloadTooLarge("The response payload size has exceeded the limit.");
        excel.largestSync = Math.max(excel.largestSync, cells);
      },
    };
  }
}
