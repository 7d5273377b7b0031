import { a1 } from "../workbook/snapshot";
import type { Reading } from "./cells";
import type { Interval } from "./interval";

/**
 * The cells checks read: a value cell with the interval its printed digits stand for, in the unit a
 * check compares it in, and a whole ledger column. Made by the template locator and the structural
 * reader alike; the rules and structural checks read them without knowing who made them.
 */

/** A value cell the locator mapped, read and converted to the template's unit. */
export class LocatedCell {
  /** For numbers: the interval the printed value stands for, in the template's unit. */
  interval?: Interval;
  /** The unit printed for it, when it differs from the template's and could not be converted. */
  unitMismatch?: string;
  /** The unit `interval` is in: the template's, else the one printed; "fraction" for a percentage (0.037 = 3.7 %). */
  unit?: string;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly reading: Reading,
  ) {}

  /** Made when a finding needs it: a million-row ledger has eight million cells and few findings. */
  get address(): string {
    return a1(this.row, this.col);
  }
}

/** A ledger column from its first to its last record, for findings about the column as a whole. */
export class LocatedColumn extends LocatedCell {
  constructor(
    row: number,
    col: number,
    readonly lastRow: number,
  ) {
    super(row, col, { kind: "empty" });
  }

  get address(): string {
    return `${a1(this.row, this.col)}:${a1(this.lastRow, this.col)}`;
  }
}
