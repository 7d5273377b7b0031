import { FUNCTION_SPECS } from "../../src/core/specs";
import type { FunctionSpec } from "../../src/core/specs/types";
import { CATALOG } from "../../src/functions/catalog";
import { functionsMetadata } from "../../src/functions/metadata";
import signatures from "./function-signatures.json";

const en = functionsMetadata("en-US");
const zh = functionsMetadata("zh-CN");

const pinned = Object.entries(signatures).filter(([id]) => id !== "//") as [string, string[]][];
const signatureOf = (parameters: readonly { name: string; optional?: unknown }[]) => parameters.map((p) => p.name + (p.optional ? "?" : ""));
const CHINESE = /[\u4e00-\u9fff]/;

describe("function ids and parameters are pinned (they live in users' workbooks)", () => {
  test("every released function still exists with the same parameters", () => {
    for (const [id, params] of pinned) {
      const fn = en.functions.find((f) => f.id === id);
      expect(fn).toBeDefined();
      expect(fn!.name).toBe(id);
      expect(signatureOf(fn!.parameters)).toEqual(params);
    }
  });

  test("no function is registered without being pinned", () => {
    expect(en.functions.map((f) => f.id).sort()).toEqual(pinned.map(([id]) => id).sort());
  });

  test("the code Excel and the CLI run has the spec's parameters", () => {
    for (const spec of FUNCTION_SPECS) expect(signatureOf(CATALOG.get(spec.id)!.params)).toEqual(signatureOf(spec.params));
  });

  test("ids and parameter names are unique and written the way Excel accepts them", () => {
    expect(new Set(FUNCTION_SPECS.map((s) => s.id)).size).toBe(FUNCTION_SPECS.length);
    for (const spec of FUNCTION_SPECS) {
      expect(spec.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(new Set(spec.params.map((p) => p.name)).size).toBe(spec.params.length);
      for (const p of spec.params) expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      // Optional parameters come last: Excel cannot skip a required one.
      const firstOptional = spec.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  test("every parameter takes ranges (matrix) and every result spills", () => {
    for (const fn of [...en.functions, ...zh.functions]) {
      for (const p of fn.parameters) expect(p).toMatchObject({ dimensionality: "matrix", type: "any" });
      expect(fn.result.dimensionality).toBe("matrix");
    }
  });
});

describe.each([
  ["en-US", en, (text: string) => expect(text).toMatch(/[A-Za-z]{3,}/)],
  ["zh-CN", zh, (text: string) => expect(text).toMatch(CHINESE)],
] as const)("%s functions metadata", (_, metadata, isInLanguage) => {
  test("has the same ids and parameters as the specs, in their order", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(FUNCTION_SPECS.map((s) => s.id));
    metadata.functions.forEach((fn, i) => expect(fn.parameters.map((p) => p.name)).toEqual(FUNCTION_SPECS[i].params.map((p) => p.name)));
  });

  test("every function and parameter has help in the language, with its unit where it has one", () => {
    metadata.functions.forEach((fn, i) => {
      const spec: FunctionSpec = FUNCTION_SPECS[i];
      expect(fn.description.length).toBeGreaterThan(20);
      isInLanguage(fn.description);
      fn.parameters.forEach((p, j) => {
        expect(p.description.length).toBeGreaterThan(5);
        isInLanguage(p.description);
        const unit = spec.params[j].unit;
        if (unit) expect(p.description).toContain(unit);
      });
    });
  });
});

test("the calculator's labels exist in both languages for every parameter it shows", () => {
  for (const spec of FUNCTION_SPECS) {
    expect(spec.title.zh).toMatch(CHINESE);
    expect(spec.title.en.trim()).not.toBe("");
    for (const p of spec.params) {
      expect(p.label.zh.trim()).not.toBe("");
      expect(p.label.en.trim()).not.toBe("");
    }
  }
});
