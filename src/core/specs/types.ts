import type { Decimal } from "../decimal";
import type { Outcome } from "../errors";
import type { FactorRecord } from "../factors/types";
import type { Bilingual } from "../messages";

/**
 * One spec per =CARBON function: its parameters, help in both languages, and the core formula it runs.
 * Excel's functions.json and functions.zh-CN.json, the Excel wrappers, the CLI's `fn` and the pane's
 * calculator are all derived from these. Ids and parameter names are stored in users' workbooks:
 * add, never rename or remove.
 */

export type ParamKind = "number" | "text" | "numberOrText" | "boolean";

/** A parameter's value after coercion from a cell: undefined for an empty optional one. */
export type Scalar = number | string | boolean | undefined;

export interface ParamSpec {
  /** The name Excel shows and workbooks' formulas are written against. */
  name: string;
  kind: ParamKind;
  optional?: boolean;
  /** Unit named in messages and help, e.g. "kWh". */
  unit?: string;
  /** Short field label for the calculator. */
  label: Bilingual;
  /** Help text Excel shows while a formula is typed. */
  help: Bilingual;
  /** Values the calculator offers (free text may still be typed where the help says so). */
  accepted?: readonly string[];
  /** A worked value the calculator starts from. */
  example?: string;
  /** Left out of the calculator's form (an expert setting that has a default). */
  inCalculator?: false;
}

/** A detailed result: the value with the factors it used and, where it depends on the input, its unit. */
export interface Evaluation {
  value: Decimal;
  unit?: string;
  factors?: readonly FactorRecord[];
}

export type Result = Decimal | number | string | boolean | Evaluation;

export interface FunctionSpec {
  id: string;
  /** Short name for the calculator's list. */
  title: Bilingual;
  description: Bilingual;
  params: readonly ParamSpec[];
  /** The result's unit where it has a fixed one ("" for a ratio or a plain number). */
  unit: string;
  /** One cell's result from its coerced parameter values, in parameter order. */
  evaluate: (values: readonly Scalar[]) => Outcome<Result>;
  /**
   * For a function that folds whole ranges into one result (like SUMPRODUCT): the result of every row
   * of its parameters' ranges, rows where every cell is empty already left out. evaluate is the one-row case.
   */
  rows?: (rows: readonly (readonly Scalar[])[]) => Outcome<Result>;
  /** false: not offered in the calculator (it aggregates ranges, or another form shows it). */
  calculator?: false;
  /** Listed first in the calculator. */
  featured?: true;
}

export function isEvaluation(result: Result): result is Evaluation {
  return typeof result === "object" && "value" in result;
}

/** Narrowing helpers for evaluate(): coercion has already checked each value against its kind. */
export const num = (v: Scalar) => v as number;
export const optNum = (v: Scalar) => v as number | undefined;
export const text = (v: Scalar) => v as string;
export const optText = (v: Scalar) => (v === undefined ? undefined : String(v));
