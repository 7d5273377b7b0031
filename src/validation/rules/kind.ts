import type { Finding } from "../findings";
import type { LocatedTable } from "../locate";
import type { Ref, RuleBase } from "./base";
import type { RuleSpec } from "./index";

export type { RuleSpec };

/** Finds the located tables by template id, for rules that reach across tables. */
export type TableLookup = (templateId: string) => LocatedTable | undefined;

export interface Context {
  table: LocatedTable;
  lookup: TableLookup;
}

/** An input of a check: one cell (or repeated rows) by reference, or a whole ledger column. */
export type RuleInput = { ref: Ref } | { column: string };

/**
 * What a check reports on (its subject) and what else it needs, so coverage can say before it runs
 * whether it applies and whether it could run. `parts` are summands; with `partial`, absent ones are left out.
 */
export interface RuleInputs {
  subject: RuleInput[];
  needed: RuleInput[];
  parts?: RuleInput[];
  partial?: boolean;
}

/** The JSON-schema fragment of a kind's own properties, for user templates (../schema). */
export interface SchemaFragment {
  properties: Record<string, unknown>;
  required: string[];
}

/**
 * A rule kind: its properties' schema, the inputs it reads and its evaluation. Each kind is one module
 * in this folder, holding also its TypeScript type.
 */
export interface RuleKind<R extends RuleBase & { kind: string }> {
  kind: R["kind"];
  schema: SchemaFragment;
  inputs: (rule: R) => RuleInputs;
  evaluate: (rule: R, ctx: Context) => Finding[];
  /** Its findings compare figures that add up or divide: one wrong figure shows in several (./cascade). */
  cascading?: boolean;
}

/** Schema pieces the kinds share. */
export const BILINGUAL_SCHEMA = {
  type: "object",
  required: ["zh", "en"],
  properties: { zh: { type: "string", minLength: 1 }, en: { type: "string", minLength: 1 } },
  additionalProperties: false,
};
export const REF_SCHEMA = {
  type: "object",
  required: ["row"],
  properties: { row: { type: "string" }, col: { type: "string" }, table: { type: "string" } },
  additionalProperties: false,
};
export const TEXT_SCHEMA = { type: "string" };
export const NUMBER_SCHEMA = { type: "number" };

export const column = (id: string): RuleInput => ({ column: id });
