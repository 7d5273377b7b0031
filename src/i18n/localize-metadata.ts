import type { FunctionTranslation } from "./functions.zh-CN";

interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface MetadataFunction {
  id: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/**
 * The metadata with descriptions replaced by translations. Ids, names and types stay as generated.
 * Throws with every missing or surplus entry, so an untranslated function fails the build.
 */
export function localizeMetadata(metadata: FunctionsMetadata, translations: Record<string, FunctionTranslation>): FunctionsMetadata {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) if (!ids.has(id)) problems.push(`translation for unknown function ${id}`);
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t) {
      problems.push(`no translation for ${fn.id}`);
      return fn;
    }
    if (!t.description.trim()) problems.push(`${fn.id}: empty description`);
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(t.parameters)) if (!names.has(name)) problems.push(`${fn.id}: translation for unknown parameter ${name}`);
    const parameters = fn.parameters.map((p) => {
      const description = t.parameters[p.name];
      if (!description?.trim()) problems.push(`${fn.id}.${p.name}: no translation`);
      return { ...p, description: description ?? p.description };
    });
    return { ...fn, description: t.description, parameters };
  });
  if (problems.length > 0) throw new Error(`zh-CN functions metadata incomplete:\n  ${problems.join("\n  ")}`);
  return { ...metadata, functions };
}
