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
    const result: (CellOutput | CustomFunctions.Error)[][] = definition.run(...(args as Parameters<FunctionDefinition["run"]>));
    // In place: the result is ours, and a million-row column is not worth copying to change a few cells.
    for (const row of result) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell instanceof FormulaError) row[c] = toExcelError(cell);
      }
    }
    return result as (number | string | boolean | CustomFunctions.Error)[][];
  } catch (error) {
    return [[toExcelError(new FormulaError("value", `internal error: ${(error as Error).message}`))]];
  }
}
