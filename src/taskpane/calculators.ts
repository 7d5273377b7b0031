import { dec, Decimal } from "../core/decimal";
import { isFormulaError, Outcome, valueError } from "../core/errors";
import type { FactorRecord } from "../core/factors/types";
import { Bilingual, bilingual } from "../core/messages";
import { parseNumericText } from "../core/numbers";
import { FUNCTION_SPECS } from "../core/specs";
import { FunctionSpec, isEvaluation, ParamSpec, Scalar } from "../core/specs/types";

/**
 * The calculator's forms, derived from the function specs: each computes with the spec's own core
 * formula (what the =CARBON function runs) and writes the formula Excel needs for the same figure.
 */
export interface CalculatorParam {
  name: string;
  label: Bilingual;
  help: Bilingual;
  /** A number field, or text (numbers typed there are still read as numbers where the function allows). */
  kind: "number" | "text";
  options?: readonly string[];
  optional?: boolean;
  initial?: string;
}

export interface CalculatorResult {
  value: Decimal;
  unit: string;
  factors: readonly FactorRecord[];
}

export interface Calculator {
  id: string;
  label: Bilingual;
  params: CalculatorParam[];
  compute(values: Record<string, string>): Outcome<CalculatorResult> | undefined;
}

const field = (param: ParamSpec): CalculatorParam => ({
  name: param.name,
  label: param.label,
  help: param.help,
  kind: param.kind === "number" ? "number" : "text",
  options: param.accepted,
  optional: param.optional,
  initial: param.example,
});

/** A field's text as the function's parameter would read it; undefined when an optional field is blank. */
function read(param: ParamSpec, raw: string | undefined): Outcome<Scalar> | "missing" {
  const value = raw?.trim() ?? "";
  if (value === "" || param.inCalculator === false) return param.optional || param.inCalculator === false ? undefined : "missing";
  switch (param.kind) {
    case "number":
      return parseNumericText(value) ?? valueError(bilingual(`${param.name} 须为数字，收到“${value}”`, `${param.name} must be a number, got "${value}"`));
    case "numberOrText":
      return parseNumericText(value) ?? value;
    case "boolean":
      return /^(true|是|1)$/i.test(value);
    case "text":
      return value;
  }
}

function calculatorFor(spec: FunctionSpec): Calculator {
  return {
    id: spec.id,
    label: spec.title,
    params: spec.params.filter((p) => p.inCalculator !== false).map(field),
    compute: (values) => {
      const args: Scalar[] = [];
      for (const param of spec.params) {
        const value = read(param, values[param.name]);
        if (value === "missing") return undefined; // the form is not filled in yet
        if (isFormulaError(value)) return value;
        args.push(value);
      }
      const result = spec.evaluate(args);
      if (isFormulaError(result)) return result;
      if (isEvaluation(result)) return { value: result.value, unit: result.unit ?? spec.unit, factors: result.factors ?? [] };
      if (typeof result === "string" || typeof result === "boolean") return undefined; // no figure to show
      return { value: dec(result), unit: spec.unit, factors: [] };
    },
  };
}

/** Every function the calculator offers: the featured ones first, each group in catalog order. */
export const CALCULATORS: Calculator[] = [
  ...FUNCTION_SPECS.filter((s) => s.calculator !== false && s.featured),
  ...FUNCTION_SPECS.filter((s) => s.calculator !== false && !s.featured),
].map(calculatorFor);

/** The formula that gives the same figure in a cell; trailing empty optional arguments are left out. */
export function formulaFor(calculator: Calculator, values: Record<string, string>): string {
  const spec = FUNCTION_SPECS.find((s) => s.id === calculator.id)!;
  const args = spec.params.map((p) => {
    const v = p.inCalculator === false ? "" : (values[p.name]?.trim() ?? "");
    if (v === "") return "";
    if (p.kind === "number") return String(parseNumericText(v) ?? v);
    if (p.kind === "boolean") return /^(true|是|1)$/i.test(v) ? "TRUE" : "FALSE";
    return /^-?\d+(\.\d+)?$/.test(v) ? v : `"${v.replace(/"/g, '""')}"`;
  });
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `=CARBON.${calculator.id}(${args.join(",")})`;
}
