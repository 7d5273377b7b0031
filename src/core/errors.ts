/**
 * Excel-style errors as plain values. Core code returns these instead of throwing, so a bad
 * row in a range gives an error in its own cell and nothing else fails.
 */
export type ErrorKind = "value" | "na";

export const ERROR_TEXT: Record<ErrorKind, string> = {
  value: "#VALUE!",
  na: "#N/A",
};

export class FormulaError {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
  ) {}

  toString(): string {
    return `${ERROR_TEXT[this.kind]} ${this.message}`;
  }
}

export type Outcome<T> = T | FormulaError;

export function isFormulaError(value: unknown): value is FormulaError {
  return value instanceof FormulaError;
}

export const valueError = (message: string) => new FormulaError("value", message);
export const notAvailable = (message: string) => new FormulaError("na", message);
/**
 * A number outside its domain (negative kWh, zero denominator). Excel shows a custom message only
 * on #VALUE! and #N/A, not on #NUM! or #DIV/0!, so these are #VALUE! to keep the message.
 */
export const outOfRange = (message: string) => new FormulaError("value", message);
