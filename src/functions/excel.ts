import { FormulaError } from "../core/errors";
import type { CellOutput } from "./broadcast";
import type { FunctionDefinition } from "./define";

/** Our errors become CustomFunctions.Error objects: Excel shows the code in the cell and the message on hover. */
function toExcelError(error: FormulaError): CustomFunctions.Error {
  const code = error.kind === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

/** Runs a definition for Excel: same computation as the CLI, errors mapped, never an exception. */
export function runForExcel(definition: FunctionDefinition, args: unknown[]): (number | string | boolean | CustomFunctions.Error)[][] {
  try {
    const result = definition.run(...(args as Parameters<FunctionDefinition["run"]>));
    return result.map((row) => row.map((cell: CellOutput) => (cell instanceof FormulaError ? toExcelError(cell) : cell)));
  } catch (error) {
    return [[toExcelError(new FormulaError("value", `internal error: ${(error as Error).message}`))]];
  }
}
