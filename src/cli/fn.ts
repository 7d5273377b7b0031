import { distance } from "fastest-levenshtein";
import { FormulaError } from "../core/errors";
import { FUNCTION_SPECS } from "../core/specs";
import type { FunctionSpec } from "../core/specs/types";
import { CATALOG } from "../functions/catalog";
import { BadArgument, formatNumber, readArgument } from "./args";
import type { CliIO } from "./io";
import { columnLetters } from "../workbook/snapshot";

const signature = (spec: FunctionSpec) => `${spec.id}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;

/** One line per function from its spec: the signature, then its name in Chinese and English. */
export function listFunctions(io: CliIO): number {
  const width = Math.max(...FUNCTION_SPECS.map((spec) => signature(spec).length));
  for (const spec of FUNCTION_SPECS) io.out(`${signature(spec).padEnd(width)}  ${spec.title.zh} / ${spec.title.en}`);
  return 0;
}

/** `fn NAME --help`: the spec's description and every parameter's help, Chinese then English. */
function describeFunction(spec: FunctionSpec, io: CliIO): number {
  io.out(`${signature(spec)}${spec.unit ? ` → ${spec.unit}` : ""}`);
  io.out(`  ${spec.description.zh}`);
  io.out(`  ${spec.description.en}`);
  for (const p of spec.params) {
    io.out(`  ${p.optional ? `[${p.name}]` : p.name}${p.unit ? ` (${p.unit})` : ""}: ${p.help.zh}`);
    io.out(`  ${" ".repeat(p.name.length + (p.optional ? 2 : 0))}  ${p.help.en}`);
  }
  return 0;
}

/** `fn NAME args…`: evaluates a custom function with the code Excel runs. Exit 0, or 1 on an Excel error. */
export function runFunction(args: string[], io: CliIO): number {
  const [name, ...rest] = args;
  if (!name || name === "--list") return name ? listFunctions(io) : usage(io);
  const definition = CATALOG.get(name.toUpperCase().replace(/^CARBON\./, ""));
  if (!definition) {
    const wanted = name.toUpperCase().replace(/^CARBON\./, "");
    const nearest = [...CATALOG.keys()].map((id) => ({ id, d: distance(wanted, id) })).sort((a, b) => a.d - b.d)[0];
    // A typo is a few letters off; anything further is not worth a guess.
    const guess = nearest && nearest.d <= Math.max(2, Math.floor(wanted.length / 5)) ? ` Did you mean ${nearest.id}?` : "";
    io.err(`green-disclosure: unknown function "${name}".${guess} Run "green-disclosure fn --list" for the list.`);
    return 2;
  }
  if (rest.length === 1 && /^(--help|-h)$/.test(rest[0]))
    return describeFunction(
      FUNCTION_SPECS.find((s) => s.id === definition.id)!,
      io,
    );
  const required = definition.params.filter((p) => !p.optional).length;
  if (rest.length < required || rest.length > definition.params.length) {
    const signature = definition.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(" ");
    io.err(`green-disclosure: ${definition.id} takes ${required} to ${definition.params.length} arguments: ${signature}`);
    return 2;
  }
  let values;
  try {
    values = rest.map(readArgument);
  } catch (error) {
    if (!(error instanceof BadArgument)) throw error;
    io.err(`green-disclosure: ${definition.id}: ${error.message}`);
    return 2;
  }
  const result = definition.run(...values);
  let failed = false;
  const single = result.length === 1 && result[0].length === 1;
  const lines = result.map((row, r) =>
    row
      .map((cell, c) => {
        if (cell instanceof FormulaError) {
          failed = true;
          io.err(single ? cell.toString() : `${columnLetters(c)}${r + 1}: ${cell.toString()}`);
          return cell.toString().split(" ")[0];
        }
        if (typeof cell === "number") return formatNumber(cell);
        return typeof cell === "boolean" ? String(cell).toUpperCase() : cell;
      })
      .join("\t"),
  );
  if (!(single && failed)) io.out(lines.join("\n"));
  return failed ? 1 : 0;
}

function usage(io: CliIO): number {
  io.err("usage: green-disclosure fn <NAME> [args…]   (green-disclosure fn --list shows every function)");
  return 2;
}
