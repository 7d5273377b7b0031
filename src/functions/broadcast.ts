import { FormulaError, isFormulaError, notAvailable, Outcome } from "../core/errors";
import { bilingual } from "../core/messages";
import { CellInput, coerce, ParamSpec } from "./coerce";

export type Matrix = CellInput[][];
export type CellOutput = number | string | boolean | FormulaError;
export type Arg = Matrix | CellInput;

export function toMatrix(arg: Arg): Matrix {
  if (Array.isArray(arg)) return arg.length === 0 ? [[null]] : arg;
  return [[arg]];
}

function sizeMismatch(parameter: string) {
  return notAvailable(bilingual(`${parameter} 的区域比其他参数小，此处无对应值`, `${parameter} is a smaller range than the others: no value here`));
}

/**
 * Element-wise evaluation the way Excel lifts arrays: a 1-row or 1-column argument is repeated,
 * equal sizes pair up, and cells beyond a shorter argument get #N/A. One bad cell gives an
 * error in that cell only; nothing throws.
 */
export function broadcast(
  specs: readonly ParamSpec[],
  args: readonly Arg[],
  compute: (values: (number | string | boolean | undefined)[]) => Outcome<number | string | boolean>,
): CellOutput[][] {
  const matrices = specs.map((_, i) => toMatrix(args[i]));
  // Loops, not Math.max(...spread): a million-row column would overflow the call stack.
  let rows = 0;
  let cols = 0;
  for (const m of matrices) {
    rows = Math.max(rows, m.length);
    for (const row of m) cols = Math.max(cols, row.length);
  }
  const result: CellOutput[][] = new Array(rows);
  const values: (number | string | boolean | undefined)[] = new Array(specs.length);
  for (let r = 0; r < rows; r++) {
    const out: CellOutput[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      out[c] = evaluateCell(specs, matrices, r, c, values, compute);
    }
    result[r] = out;
  }
  return result;
}

function evaluateCell(
  specs: readonly ParamSpec[],
  matrices: Matrix[],
  r: number,
  c: number,
  values: (number | string | boolean | undefined)[],
  compute: (values: (number | string | boolean | undefined)[]) => Outcome<number | string | boolean>,
): CellOutput {
  for (let i = 0; i < specs.length; i++) {
    const m = matrices[i];
    const row = m.length === 1 ? m[0] : m[r];
    if (row === undefined || (row.length !== 1 && c >= row.length)) return sizeMismatch(specs[i].name);
    const value = coerce(row.length === 1 ? row[0] : row[c], specs[i]);
    if (isFormulaError(value)) return value;
    values[i] = value;
  }
  try {
    return compute(values);
  } catch (error) {
    // A formula must never throw into Excel; an unexpected fault still becomes a readable error.
    return new FormulaError("value", `internal error: ${(error as Error).message}`);
  }
}
