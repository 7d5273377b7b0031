import type { Bilingual } from "../../core/messages";

/**
 * What every rule kind is built from, kept apart from the template model so that the rules and the
 * model do not import each other: the model holds rules (RuleSpec), the rules know only these.
 */
export type { Bilingual };

export type Severity = "error" | "warning" | "info";

/** A cell of the table: a row id and, where the table has several value columns, a column id. */
export interface Ref {
  row: string;
  col?: string;
  /** Another table (template id), for cross-table rules. */
  table?: string;
}

export interface RuleBase {
  id: string;
  title: Bilingual;
  severity?: Severity;
}

/** What a finding needs of the template whose rule made it. */
export interface TemplateInfo {
  id: string;
}
