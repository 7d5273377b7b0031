import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOG } from "../../src/functions/catalog";
import { FUNCTIONS_ZH_CN } from "../../src/i18n/functions.zh-CN";
import { FunctionsMetadata, localizeMetadata } from "../../src/i18n/localize-metadata";
import signatures from "./function-signatures.json";

const FUNCTIONS_FILE = path.resolve(__dirname, "../../src/functions/functions.ts");

let metadata: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, false);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
});

const pinned = Object.entries(signatures).filter(([id]) => id !== "//") as [string, string[]][];
const signatureOf = (parameters: { name: string; optional?: unknown }[]) => parameters.map((p) => p.name + (p.optional ? "?" : ""));

describe("function ids and parameters are pinned (they live in users' workbooks)", () => {
  test("every released function still exists with the same parameters", () => {
    for (const [id, params] of pinned) {
      const fn = metadata.functions.find((f) => f.id === id);
      expect(fn).toBeDefined();
      expect(fn!.name).toBe(id);
      expect(signatureOf(fn!.parameters as { name: string; optional?: unknown }[])).toEqual(params);
    }
  });

  test("no function is registered without being pinned", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(pinned.map(([id]) => id).sort());
  });

  test("the code the CLI runs has the same parameters as Excel's metadata", () => {
    for (const fn of metadata.functions) {
      const definition = CATALOG.get(fn.id);
      expect(definition).toBeDefined();
      expect(definition!.params.map((p) => p.name + (p.optional ? "?" : ""))).toEqual(signatureOf(fn.parameters as { name: string; optional?: unknown }[]));
    }
  });

  test("every parameter takes ranges (matrix) and every result spills", () => {
    for (const fn of metadata.functions) {
      for (const p of fn.parameters) expect(p.dimensionality).toBe("matrix");
      expect(fn.result?.dimensionality).toBe("matrix");
    }
  });

  test("every parameter has help, with its unit where it has one", () => {
    for (const fn of metadata.functions) {
      expect(fn.description!.length).toBeGreaterThan(20);
      const specs = CATALOG.get(fn.id)!.params;
      for (const p of fn.parameters) {
        expect(p.description!.length).toBeGreaterThan(10);
        const unit = specs.find((s) => s.name === p.name)?.unit;
        if (unit) expect(p.description).toContain(unit);
      }
    }
  });
});

describe("zh-CN functions metadata", () => {
  test("has the same ids and parameters, with a Chinese description for each", () => {
    const zh = localizeMetadata(metadata, FUNCTIONS_ZH_CN);
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zh.functions.forEach((fn, i) => {
      expect(fn.parameters.map((p) => p.name)).toEqual(metadata.functions[i].parameters.map((p) => p.name));
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of fn.parameters) {
        expect(p.description?.trim()).toBeTruthy();
        expect(p.description).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });

  test("a missing translation fails loudly", () => {
    const { CONVERT_UNIT: _omitted, ...incomplete } = FUNCTIONS_ZH_CN;
    expect(() => localizeMetadata(metadata, incomplete)).toThrow(/no translation for CONVERT_UNIT/);
  });
});
