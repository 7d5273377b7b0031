import { CALCULATORS, formulaFor } from "../../src/taskpane/calculators";
import signatures from "../functions/function-signatures.json";
import { CATALOG } from "../../src/functions/catalog";
import { isFormulaError } from "../../src/core/errors";

const pinned = signatures as unknown as Record<string, string[]>;

describe("the pane's calculator", () => {
  test("covers every function but the range-only PCAF_WEIGHTED_SCORE and WEIGHTED_RATE (FACTOR_SOURCE shows with EMISSION_FACTOR)", () => {
    const ids = new Set(CALCULATORS.map((c) => c.id));
    const missing = [...CATALOG.keys()].filter((id) => !ids.has(id));
    expect(missing.sort()).toEqual(["FACTOR_SOURCE", "PCAF_WEIGHTED_SCORE", "WEIGHTED_RATE"]);
  });

  test.each(CALCULATORS.map((c) => [c.id, c] as const))("%s: its form writes the function's parameters in order", (id, calculator) => {
    const names = pinned[id].map((p) => p.replace(/\?$/, ""));
    expect(calculator.params.map((p) => p.name)).toEqual(names.slice(0, calculator.params.length));
  });

  test.each(CALCULATORS.map((c) => [c.id, c] as const))("%s: its initial values compute what the =CARBON formula computes", (id, calculator) => {
    const values = Object.fromEntries(calculator.params.map((p) => [p.name, p.initial ?? ""]));
    const result = calculator.compute(values);
    expect(result).toBeDefined();
    expect(isFormulaError(result)).toBe(false);
    // Run the formula's arguments through the function Excel runs.
    const formula = formulaFor(calculator, values);
    const args = formula
      .slice(formula.indexOf("(") + 1, -1)
      .split(",")
      .map((a) => (a === "" ? null : a.startsWith('"') ? a.slice(1, -1) : Number(a)));
    const cell = CATALOG.get(id)!.run(...args)[0][0];
    if (typeof cell === "number") expect(cell).toBeCloseTo((result as { value: { toNumber(): number } }).value.toNumber(), 9);
  });
});
