import { Lang, pick } from "../core/messages";
import { FUNCTION_SPECS } from "../core/specs";
import type { FunctionSpec } from "../core/specs/types";

/**
 * Excel's custom-functions metadata (functions.json, and functions.zh-CN.json for Chinese Excel) from the
 * specs. Every parameter takes a range and every result spills: one formula fills a ledger column.
 * Excel shows function names in English in every language; descriptions follow the display language.
 */
export function functionsMetadata(lang: Lang, specs: readonly FunctionSpec[] = FUNCTION_SPECS) {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: specs.map((spec) => ({
      id: spec.id,
      name: spec.id,
      description: pick(spec.description, lang),
      parameters: spec.params.map((param) => ({
        name: param.name,
        description: pick(param.help, lang),
        type: "any",
        dimensionality: "matrix",
        ...(param.optional ? { optional: true } : {}),
      })),
      result: { dimensionality: "matrix" },
    })),
  };
}
