import type { Decimal } from "../core/decimal";
import { isFormulaError, Outcome, outOfRange } from "../core/errors";
import { bilingual } from "../core/messages";
import { Arg, broadcast, CellOutput } from "./broadcast";
import type { ParamSpec } from "./coerce";

export type Scalar = number | string | boolean | undefined;

export interface FunctionDefinition {
  /** The id stored in workbooks: never changes once released. */
  id: string;
  params: readonly ParamSpec[];
  run: (...args: Arg[]) => CellOutput[][];
}

/**
 * A custom function from its parameter specs and a per-cell computation. Decimals become
 * numbers only here, at the edge to Excel. `fast`, for functions that fill whole ledger columns,
 * returns the same number in float64 where it can prove it (core/exact.ts), or NaN to take `compute`.
 */
export function defineFunction(
  id: string,
  params: readonly ParamSpec[],
  compute: (values: Scalar[]) => Outcome<Decimal | number | string | boolean>,
  fast?: (values: Scalar[]) => number,
): FunctionDefinition {
  return {
    id,
    params,
    run: (...args) =>
      broadcast(params, args, (values) => {
        if (fast !== undefined) {
          const quick = fast(values);
          if (quick === quick) return quick; // not NaN
        }
        const result = compute(values);
        if (isFormulaError(result)) return result;
        const value = typeof result === "object" ? result.toNumber() : result;
        if (typeof value === "number" && !Number.isFinite(value)) {
          return outOfRange(bilingual("结果超出 Excel 的数值范围", "the result is beyond Excel's number range"));
        }
        return value;
      }),
  };
}

/** Helpers that narrow coerced scalars for the compute functions. */
export const num = (v: Scalar) => v as number;
export const optNum = (v: Scalar) => v as number | undefined;
export const text = (v: Scalar) => v as string;
export const optText = (v: Scalar) => (v === undefined ? undefined : String(v));
