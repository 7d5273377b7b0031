import { isFormulaError, Outcome, outOfRange } from "../core/errors";
import { ERRORS } from "../core/error-messages";
import { say } from "../core/messages";
import { FunctionSpec, isEvaluation, ParamSpec, Result, Scalar } from "../core/specs/types";
import { Arg, broadcast, CellOutput, toMatrix } from "./broadcast";
import { coerce, isEmpty } from "./coerce";

export interface FunctionDefinition {
  /** The id stored in workbooks: never changes once released. */
  id: string;
  params: readonly ParamSpec[];
  run: (...args: Arg[]) => CellOutput[][];
}

/** A fast path for ledger columns: the same number in float64 where it can prove it (core/exact.ts), or NaN. */
export type FastPath = (values: Scalar[]) => number;

/** Decimals become numbers only here, at the edge to Excel. */
function toCell(result: Outcome<Result>): CellOutput {
  if (isFormulaError(result)) return result;
  const plain = isEvaluation(result) ? result.value : result;
  const value = typeof plain === "object" ? plain.toNumber() : plain;
  if (typeof value === "number" && !Number.isFinite(value)) {
    return outOfRange(say(ERRORS["cell.beyond-excel"]()));
  }
  return value;
}

/** A custom function from its spec: one result per cell, the way Excel lifts arrays. */
export function defineFunction(spec: FunctionSpec, fast?: FastPath): FunctionDefinition {
  if (spec.rows) return defineRangeFunction(spec, spec.rows);
  return {
    id: spec.id,
    params: spec.params,
    run: (...args) =>
      broadcast(spec.params, args, (values) => {
        if (fast !== undefined) {
          const quick = fast(values);
          if (quick === quick) return quick; // not NaN
        }
        return toCell(spec.evaluate(values));
      }),
  };
}

/**
 * A function that folds equal ranges into one value, like SUMPRODUCT: rows where every cell is empty
 * are skipped (a ledger range with blank rows at the end), any other bad cell makes the result an error
 * that names its row.
 */
function defineRangeFunction(spec: FunctionSpec, fold: NonNullable<FunctionSpec["rows"]>): FunctionDefinition {
  return {
    id: spec.id,
    params: spec.params,
    run: (...args) => {
      const columns = spec.params.map((_, i) => toMatrix(args[i]).flat());
      const length = columns[0].length;
      if (columns.some((column) => column.length !== length)) {
        const names = spec.params.map((p) => p.name);
        const sizes = columns.map((column) => column.length).join(" ≠ ");
        const message = say(ERRORS["cell.range-sizes"](names));
        return [[outOfRange(`${message} (${sizes})`)]];
      }
      const rows: Scalar[][] = [];
      for (let r = 0; r < length; r++) {
        if (columns.every((column) => isEmpty(column[r]))) continue;
        const row: Scalar[] = [];
        for (const [i, param] of spec.params.entries()) {
          const value = coerce(columns[i][r], { ...param, name: `${param.name} row ${r + 1}` });
          if (isFormulaError(value)) return [[value]];
          row.push(value);
        }
        rows.push(row);
      }
      return [[toCell(fold(rows))]];
    },
  };
}
