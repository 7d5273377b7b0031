import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import type { Template } from "./model";
import { patternProblem } from "./patterns";
import { RULE_SCHEMAS } from "./rules";
import { BILINGUAL_SCHEMA, REF_SCHEMA as REF, SchemaFragment } from "./rules/kind";

/** JSON schema of a user template file: one template, or { "templates": [...] }. Rules: each kind's own fragment (./rules). */
const bilingual = BILINGUAL_SCHEMA;
const patterns = { type: "array", minItems: 1, items: { type: "string", minLength: 1 } };
const kind = { enum: ["amount", "percent", "count", "text"] };
/** What rows and columns share: an id, a label, what names them, a unit and kind, whether required. */
const item = {
  id: { type: "string" },
  label: bilingual,
  patterns,
  en: patterns,
  exclude: patterns,
  unit: { type: "string" },
  kind,
  required: { type: "boolean" },
};

const ruleBase = { id: { type: "string", pattern: "^[a-z0-9-]+$" }, title: bilingual, severity: { enum: ["error", "warning", "info"] } };
const rule = (name: string, { properties, required }: SchemaFragment) => ({
  type: "object",
  required: ["id", "title", "kind", ...required],
  properties: { ...ruleBase, kind: { const: name }, ...properties },
  additionalProperties: false,
});

const templateSchema = {
  type: "object",
  required: ["id", "title", "source", "anchors", "columns", "rows", "rules"],
  additionalProperties: false,
  properties: {
    id: { type: "string", pattern: "^[a-z0-9-]+$" },
    title: bilingual,
    source: { type: "string", minLength: 1 },
    basedOn: bilingual,
    anchors: patterns,
    enAnchors: patterns,
    columns: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["id", "label", "patterns"],
        properties: { ...item, within: patterns },
        additionalProperties: false,
      },
    },
    rows: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["id", "label", "patterns"],
        properties: {
          ...item,
          repeat: { type: "boolean" },
          signed: { type: "boolean" },
          compute: {
            type: "object",
            required: ["function", "inputs", "args"],
            additionalProperties: false,
            properties: {
              function: { type: "string", pattern: "^[A-Z0-9_]+$" },
              inputs: {
                type: "array",
                items: {
                  type: "object",
                  required: ["label"],
                  additionalProperties: false,
                  properties: { label: bilingual, unit: { type: "string" }, value: { type: ["string", "number"] } },
                },
              },
              args: { type: "array", items: { type: ["string", "number"] } },
            },
          },
        },
        additionalProperties: false,
      },
    },
    layout: { enum: ["rows", "records"] },
    packs: { type: "array", items: { type: "string", minLength: 1 } },
    narrative: {
      type: "object",
      required: ["title", "inputs", "paragraphs"],
      additionalProperties: false,
      properties: {
        title: bilingual,
        inputs: {
          type: "array",
          items: { type: "object", required: ["id", "label"], additionalProperties: false, properties: { id: { type: "string" }, label: bilingual } },
        },
        paragraphs: {
          type: "array",
          items: {
            type: "array",
            items: {
              oneOf: [
                { type: "string" },
                { type: "object", required: ["input"], additionalProperties: false, properties: { input: { type: "string" } } },
                {
                  type: "object",
                  required: ["cell", "format"],
                  additionalProperties: false,
                  properties: { cell: REF, format: { type: "string" }, times: { type: "number" } },
                },
              ],
            },
          },
        },
      },
    },
    rules: {
      type: "array",
      items: {
        oneOf: RULE_SCHEMAS.map(([name, fragment]) => rule(name, fragment)),
      },
    },
  },
};

const fileSchema = {
  oneOf: [
    templateSchema,
    { type: "object", required: ["templates"], properties: { templates: { type: "array", minItems: 1, items: templateSchema } }, additionalProperties: false },
  ],
};

/** Compiled on first use: most runs check workbooks against the built-in templates only. */
let compiledSchema: ValidateFunction | undefined;
const fileValidator = () => (compiledSchema ??= new Ajv({ allErrors: true, allowUnionTypes: true }).compile(fileSchema));

function describe(error: ErrorObject): string {
  const where = error.instancePath || "(top level)";
  if (error.keyword === "additionalProperties") return `${where}: unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === "required") return `${where}: missing "${(error.params as { missingProperty: string }).missingProperty}"`;
  if (error.keyword === "enum") return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`;
  return `${where}: ${error.message}`;
}

export type TemplateFileResult = { ok: true; templates: Template[] } | { ok: false; errors: string[] };

/** Parses and checks a user template file; errors say where and what, in words a template author can act on. */
export function parseTemplateFile(text: string): TemplateFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  const validateFile = fileValidator();
  if (!validateFile(data)) {
    // oneOf reports every branch; the deepest messages are the useful ones.
    const errors = (validateFile.errors ?? []).filter((e) => e.keyword !== "oneOf" && e.keyword !== "const");
    return { ok: false, errors: [...new Set(errors.map(describe))].slice(0, 12) };
  }
  const templates = "templates" in (data as object) ? (data as { templates: Template[] }).templates : [data as unknown as Template];
  const problems: string[] = [];
  for (const template of templates) {
    const rowIds = new Set(template.rows.map((r) => r.id));
    const colIds = new Set(template.columns.map((c) => c.id));
    const everyPattern = [
      ...template.anchors,
      ...(template.enAnchors ?? []),
      ...[...template.rows, ...template.columns].flatMap((r) => [...r.patterns, ...(r.en ?? []), ...(r.exclude ?? [])]),
      ...template.columns.flatMap((c) => c.within ?? []),
      ...template.rules.flatMap((r) => ("typePattern" in r && r.typePattern !== undefined ? [r.typePattern] : [])),
    ];
    for (const p of everyPattern) {
      const problem = patternProblem(p);
      if (problem) problems.push(`${template.id}: pattern "${p}" ${problem}`);
    }
    for (const r of template.rules) {
      for (const value of Object.values(r)) {
        if (value && typeof value === "object" && "row" in value) {
          const ref = value as { row: string; col?: string; table?: string };
          if (!ref.table && !rowIds.has(ref.row)) problems.push(`${template.id}: rule ${r.id} names unknown row "${ref.row}"`);
          if (!ref.table && ref.col && !colIds.has(ref.col)) problems.push(`${template.id}: rule ${r.id} names unknown column "${ref.col}"`);
        }
      }
    }
  }
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, templates };
}
