import { FormulaError, isFormulaError, notAvailable, Outcome } from "../core/errors";
import { ERRORS } from "../core/error-messages";
import { say } from "../core/messages";
import { CellInput, coerce, ParamSpec } from "./coerce";

export type Matrix = CellInput[][];
export type CellOutput = number | string | boolean | FormulaError;
export type Arg = Matrix | CellInput;

export function toMatrix(arg: Arg): Matrix {
  if (Array.isArray(arg)) return arg.length === 0 ? [[null]] : arg;
  return [[arg]];
}

function sizeMismatch(parameter: string) {
  return notAvailable(say(ERRORS["cell.smaller-range"](parameter)));
}

/** Text cells read once per distinct text: a ledger column names a handful of regions a million times. */
const TEXT_MEMORY = 1_000;

type Coerced = Outcome<number | string | boolean | undefined>;

/** One parameter's matrix, with what its cells coerce to. */
class Argument {
  /** A single-cell argument is coerced once and repeated for every cell. */
  readonly isSingle: boolean;
  readonly single: Coerced;
  private readonly texts = new Map<string, Coerced>();

  constructor(
    readonly spec: ParamSpec,
    readonly matrix: Matrix,
  ) {
    this.isSingle = matrix.length === 1 && matrix[0].length === 1;
    this.single = this.isSingle ? coerce(matrix[0][0], spec) : undefined;
  }

  coerce(value: CellInput): Coerced {
    if (typeof value !== "string") return coerce(value, this.spec);
    let known = this.texts.get(value);
    if (known === undefined) {
      known = coerce(value, this.spec);
      if (this.texts.size < TEXT_MEMORY) this.texts.set(value, known);
    }
    return known;
  }
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
  const argumentsIn = specs.map((spec, i) => new Argument(spec, toMatrix(args[i])));
  // Loops, not Math.max(...spread): a million-row column would overflow the call stack.
  let rows = 0;
  let cols = 0;
  for (const { matrix } of argumentsIn) {
    rows = Math.max(rows, matrix.length);
    for (const row of matrix) cols = Math.max(cols, row.length);
  }
  const result: CellOutput[][] = new Array(rows);
  const values: (number | string | boolean | undefined)[] = new Array(specs.length);
  for (let r = 0; r < rows; r++) {
    if (cols === 1) {
      // A column, the common case: a one-element literal is allocated once, already holding its number.
      result[r] = [evaluateCell(argumentsIn, r, 0, values, compute)];
      continue;
    }
    const out: CellOutput[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      out[c] = evaluateCell(argumentsIn, r, c, values, compute);
    }
    result[r] = out;
  }
  return result;
}

function evaluateCell(
  argumentsIn: Argument[],
  r: number,
  c: number,
  values: (number | string | boolean | undefined)[],
  compute: (values: (number | string | boolean | undefined)[]) => Outcome<number | string | boolean>,
): CellOutput {
  for (let i = 0; i < argumentsIn.length; i++) {
    const argument = argumentsIn[i];
    let value = argument.single;
    if (!argument.isSingle) {
      const m = argument.matrix;
      const row = m.length === 1 ? m[0] : m[r];
      if (row === undefined || (row.length !== 1 && c >= row.length)) return sizeMismatch(argument.spec.name);
      value = argument.coerce(row.length === 1 ? row[0] : row[c]);
    }
    if (typeof value === "object" && isFormulaError(value)) return value;
    values[i] = value;
  }
  try {
    return compute(values);
  } catch (error) {
    // A formula must never throw into Excel; an unexpected fault still becomes a readable error.
    return new FormulaError("value", `internal error: ${(error as Error).message}`);
  }
}
