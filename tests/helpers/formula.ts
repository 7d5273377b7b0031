/**
 * Evaluates the formulas the inserted templates write (SUM, IF, IFERROR, N, TEXT, & and arithmetic,
 * and =CARBON.* through the same definitions Excel runs), so a test can fill a blank sheet and see
 * what Excel would show. Only the subset the templates use: anything else is an error in the test.
 */
import { FormulaError } from "../../src/core/errors";
import { CATALOG } from "../../src/functions/catalog";
import type { LayoutCell, SheetLayout } from "../../src/workbook/layout";

type Value = number | string | boolean | null | FormulaError;

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+)|([A-Z][A-Z0-9_.]*)\s*\(|(<>|<=|>=|[-+*/&=<>(),]))/y;

type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "ref"; value: string }
  | { kind: "call"; value: string }
  | { kind: "op"; value: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read formula at "${text.slice(start, start + 20)}"`);
    if (m[1] !== undefined) out.push({ kind: "number", value: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ kind: "string", value: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: "ref", value: m[3].replace(/\$/g, "") });
    else if (m[4] !== undefined) out.push({ kind: "call", value: m[4] });
    else out.push({ kind: "op", value: m[5] });
  }
  return out;
}

const isError = (v: Value): v is FormulaError => v instanceof FormulaError;
const num = (v: Value): number => (v === null || v === "" ? 0 : typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : Number.NaN);

/** Excel's TEXT for the formats the templates use: "0", "0.00", "#,##0", "#,##0.00". */
function text(value: number, format: string): string {
  const decimals = format.split(".")[1]?.length ?? 0;
  const fixed = value.toFixed(decimals);
  if (!format.includes(",")) return fixed;
  const [int, frac] = fixed.split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}

export class Sheet {
  private readonly cells = new Map<string, LayoutCell>();
  constructor(layout: SheetLayout) {
    layout.rows.forEach((row, r) => row.forEach((cell, c) => this.cells.set(address(r, c), cell)));
  }

  set(ref: string, value: number | string): void {
    this.cells.set(ref, value);
  }

  formulaOf(ref: string): string | undefined {
    const cell = this.cells.get(ref);
    return typeof cell === "object" && cell !== null ? cell.formula : undefined;
  }

  formulaCells(): string[] {
    return [...this.cells].filter(([, c]) => typeof c === "object" && c !== null && c.formula).map(([ref]) => ref);
  }

  value(ref: string, depth = 0): Value {
    const cell = this.cells.get(ref);
    if (cell === undefined || cell === null) return null;
    if (typeof cell !== "object") return cell;
    if (!cell.formula) return cell.value;
    if (depth > 50) throw new Error(`circular reference at ${ref}`);
    return this.evaluate(cell.formula.replace(/^=/, ""), depth + 1);
  }

  evaluate(formula: string, depth = 0): Value {
    const list = tokens(formula);
    let i = 0;
    const peek = () => list[i];
    const take = (op?: string) => {
      const t = list[i++];
      if (op && (t?.kind !== "op" || t.value !== op)) throw new Error(`expected ${op} in ${formula}`);
      return t;
    };
    const comparison = (): Value => {
      const left = concat();
      const t = peek();
      if (t?.kind === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.value)) {
        take();
        const right = concat();
        if (isError(left)) return left;
        if (isError(right)) return right;
        const [a, b] = typeof left === "string" || typeof right === "string" ? [String(left ?? ""), String(right ?? "")] : [num(left), num(right)];
        return { "=": a === b, "<>": a !== b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b }[t.value]!;
      }
      return left;
    };
    const concat = (): Value => {
      let left = additive();
      while (peek()?.kind === "op" && peek().value === "&") {
        take();
        const right = additive();
        if (isError(left)) return left;
        if (isError(right)) return right;
        left = `${left ?? ""}${right ?? ""}`;
      }
      return left;
    };
    const arithmetic = (next: () => Value, ops: string[]) => (): Value => {
      let left = next();
      while (peek()?.kind === "op" && ops.includes(String(peek().value))) {
        const op = String(take().value);
        const right = next();
        if (isError(left)) return left;
        if (isError(right)) return right;
        const [a, b] = [num(left), num(right)];
        if (Number.isNaN(a) || Number.isNaN(b)) return new FormulaError("value", "not a number");
        if (op === "/" && b === 0) return new FormulaError("value", "division by zero");
        left = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
      }
      return left;
    };
    const factor = (): Value => {
      const t = take();
      if (t.kind === "op" && t.value === "-") {
        const v = factor();
        return isError(v) ? v : -num(v);
      }
      if (t.kind === "number" || t.kind === "string") return t.value;
      if (t.kind === "ref") return this.value(t.value, depth);
      if (t.kind === "op" && t.value === "(") {
        const v = comparison();
        take(")");
        return v;
      }
      if (t.kind === "call") {
        const args: Value[] = [];
        if (!(peek()?.kind === "op" && peek().value === ")"))
          for (;;) {
            args.push(comparison());
            if (peek()?.kind === "op" && peek().value === ",") take(",");
            else break;
          }
        take(")");
        return call(t.value, args);
      }
      throw new Error(`unexpected ${JSON.stringify(t)} in ${formula}`);
    };
    const term = arithmetic(factor, ["*", "/"]);
    const additive = arithmetic(term, ["+", "-"]);
    const result = comparison();
    if (i !== list.length) throw new Error(`unread tokens in ${formula}`);
    return result;
  }
}

function call(name: string, args: Value[]): Value {
  switch (name) {
    case "SUM": {
      const error = args.find(isError);
      return error ?? args.reduce<number>((s, a) => s + (typeof a === "number" ? a : 0), 0);
    }
    case "IF":
      return args[0] === true || (typeof args[0] === "number" && args[0] !== 0) ? (args[1] ?? true) : (args[2] ?? false);
    case "IFERROR":
      return isError(args[0]) ? args[1] : args[0];
    case "N":
      return typeof args[0] === "number" ? args[0] : 0;
    case "TEXT":
      return isError(args[0]) ? args[0] : text(num(args[0]), String(args[1]));
  }
  const definition = CATALOG.get(name.replace(/^CARBON\./, ""));
  if (!definition) throw new Error(`the test evaluator has no function ${name}`);
  const result = definition.run(...(args.map((a) => (isError(a) ? a : a)) as never[]))[0][0];
  return result as Value;
}

export function address(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}
