import { ERRORS } from "../core/error-messages";
import { say } from "../core/messages";
import { Outcome, valueError } from "../core/errors";
import { parseNumericText } from "../core/numbers";
import type { ParamSpec as FullParamSpec } from "../core/specs/types";

/** What Excel hands a custom function for one cell. */
export type CellInput = number | string | boolean | null | undefined;

/** What coercion needs of a parameter's spec (core/specs). */
export type ParamSpec = Pick<FullParamSpec, "name" | "kind" | "optional" | "unit">;

export function isEmpty(value: CellInput): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function describe(value: CellInput): string {
  return typeof value === "string" ? `"${value}"` : String(value).toUpperCase();
}

const unitOf = (spec: ParamSpec) => (spec.unit ? `（${spec.unit}）` : "");

/** One cell's value for one parameter, or an error naming the parameter. */
export function coerce(value: CellInput, spec: ParamSpec): Outcome<number | string | boolean | undefined> {
  // The common case first: a ledger column of numbers.
  if (typeof value === "number" && spec.kind === "number" && Number.isFinite(value)) return value;
  if (isEmpty(value)) {
    if (spec.optional) return undefined;
    return valueError(say(ERRORS["cell.empty"](spec.name, `${spec.kind === "text" ? "" : "数值"}${unitOf(spec)}`)));
  }
  switch (spec.kind) {
    case "number": {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : valueError(say(ERRORS["cell.not-finite"](spec.name, String(value))));
      }
      const parsed = typeof value === "string" ? parseNumericText(value) : undefined;
      if (parsed !== undefined) return parsed;
      return valueError(say(ERRORS["cell.not-number"](spec.name, unitOf(spec), describe(value))));
    }
    case "numberOrText":
      if (typeof value === "boolean") {
        return valueError(say(ERRORS["cell.logical"](spec.name, describe(value))));
      }
      return typeof value === "string" ? (parseNumericText(value) ?? value.trim()) : value;
    case "text":
      if (typeof value === "boolean") {
        return valueError(say(ERRORS["cell.not-text"](spec.name, describe(value))));
      }
      return typeof value === "number" ? String(value) : value.trim();
    case "boolean":
      if (typeof value === "boolean") return value;
      if (typeof value === "number") return value !== 0;
      if (/^(true|是)$/i.test(value.trim())) return true;
      if (/^(false|否)$/i.test(value.trim())) return false;
      return valueError(say(ERRORS["cell.not-boolean"](spec.name)) + `, got ${describe(value)}`);
  }
}
