import { distance } from "fastest-levenshtein";
import { FormulaError } from "../core/errors";
import { CATALOG } from "../functions/catalog";
import { readArgument, formatNumber } from "./args";
import type { CliIO } from "./io";
import { columnLetters } from "../workbook/snapshot";

export function listFunctions(io: CliIO): number {
  for (const definition of CATALOG.values()) {
    const params = definition.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    io.out(`${definition.id}(${params})`);
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
  const required = definition.params.filter((p) => !p.optional).length;
  if (rest.length < required || rest.length > definition.params.length) {
    const signature = definition.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(" ");
    io.err(`green-disclosure: ${definition.id} takes ${required} to ${definition.params.length} arguments: ${signature}`);
    return 2;
  }
  const result = definition.run(...rest.map(readArgument));
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
