/**
 * Templates are data: the tables a disclosure contains, the labels that find them, their rows and
 * columns with units, and the rules between cells. Built-in templates live in ./templates; users can
 * load their own in the same shape (checked by ./schema).
 */

import type { Bilingual } from "../core/messages";

export type { Bilingual };

export type ValueKind = "amount" | "percent" | "count" | "text";
export type Severity = "error" | "warning" | "info";

export interface RowSpec {
  id: string;
  label: Bilingual;
  /** Regular expressions (source text) matched against the normalized label. */
  patterns: string[];
  /** Regular expressions matched against the label's English words (lower case), for bilingual or English labels. */
  en?: string[];
  /** The unit values are compared in (亿元, 万元, 吨, kWh, %, …); a different printed unit is converted. */
  unit?: string;
  kind?: ValueKind;
  required?: boolean;
  /** Matches every row with such a label (industry sections, ledger rows), in sheet order. */
  repeat?: boolean;
  /** May be negative (a decrease since the start of the year). */
  signed?: boolean;
  /** In an inserted template, the value is this =CARBON function of activity data the user enters. */
  compute?: ComputeSpec;
}

/** `args`: a number is the index of an input cell, a string a literal argument. */
export interface ComputeSpec {
  function: string;
  inputs: { label: Bilingual; unit?: string; value?: string | number }[];
  args: (number | string)[];
}

export interface ColumnSpec {
  id: string;
  label: Bilingual;
  patterns: string[];
  en?: string[];
  /** A table without this column is incomplete (an error naming it). */
  required?: boolean;
  /** Overrides the row's unit and kind for this column (a per-capita or share column). */
  unit?: string;
  kind?: ValueKind;
}

/** A cell of the table: a row id and, where the table has several value columns, a column id. */
export interface Ref {
  row: string;
  col?: string;
  /** Another table (template id), for cross-table rules. */
  table?: string;
}

interface RuleBase {
  id: string;
  title: Bilingual;
  severity?: Severity;
}

export type RuleSpec =
  /** `partial`: "其中" items need not be exhaustive; absent parts are left out and a miss is a warning. */
  | (RuleBase & { kind: "sum"; total: Ref; parts: Ref[]; partial?: boolean; explain?: Bilingual })
  | (RuleBase & { kind: "ratio"; result: Ref; numerator: Ref; denominator: Ref })
  | (RuleBase & { kind: "perCapita"; totalColumn: string; perCapitaColumn: string })
  | (RuleBase & { kind: "shares"; parts: string; valueColumn: string; shareColumn: string; total: string })
  | (RuleBase & { kind: "growth"; current: Ref; increase: Ref; growth: Ref })
  | (RuleBase & { kind: "equal"; a: Ref; b: Ref })
  | (RuleBase & { kind: "maxRatio"; numerator: Ref; denominator: Ref; max: number; explain: Bilingual })
  | (RuleBase & { kind: "gridFactor"; emissions: Ref; kwh: Ref })
  | (RuleBase & { kind: "sectionCodes"; rows: string })
  /** Each record: attributed = emissions × min(1, financing ÷ denominator). */
  | (RuleBase & { kind: "attribution"; rows: string; emissions: string; financing: string; denominator: string; attributed: string })
  /** Each record whose `typeColumn` matches `typePattern`: `column` at least `min` (an info finding below). */
  | (RuleBase & { kind: "threshold"; rows: string; column: string; min: number; typeColumn?: string; typePattern?: string; explain: Bilingual })
  /** Each record: `column` within [min, max]. */
  | (RuleBase & { kind: "range"; rows: string; column: string; min: number; max: number })
  /** Records summed by the first letter of `keyColumn` equal the target table's rows of that letter. */
  | (RuleBase & { kind: "groupSum"; rows: string; keyColumn: string; valueColumn: string; target: { table: string; rows: string; col: string } });

export interface Template {
  id: string;
  title: Bilingual;
  /** The document the table comes from, and the published example it was built on. */
  source: string;
  /** Text that finds the table: its title or a header (regular expressions). */
  anchors: string[];
  /** The same in English words (lower case). */
  enAnchors?: string[];
  /** Value columns. With one, its header may be absent (the value is right of the label). */
  columns: ColumnSpec[];
  rows: RowSpec[];
  rules: RuleSpec[];
  /** "rows" (default): rows found by their labels. "records": a ledger, one record per row under a header. */
  layout?: "rows" | "records";
}
