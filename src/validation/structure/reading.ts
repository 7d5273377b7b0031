import type { SnapshotCell } from "../../workbook/snapshot";
import { readCell, Reading } from "../cells";

const READINGS = new WeakMap<SnapshotCell, Reading>();
const EMPTY: Reading = { kind: "empty" };

/**
 * How a cell reads as a figure — the validator's one reading of a cell ("(0.11)" is −0.11 there too) — read once:
 * finding the blocks, their rows and their facts all ask for the same cells.
 */
export function readFigure(cell: SnapshotCell | undefined): Reading {
  if (!cell) return EMPTY;
  let reading = READINGS.get(cell);
  if (!reading) READINGS.set(cell, (reading = readCell(cell)));
  return reading;
}
