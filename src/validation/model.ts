/**
 * Templates are data: the tables a disclosure contains, the labels that find them, their rows and
 * columns with units, and the rules between cells. Built-in templates live in ./templates; users can
 * load their own in the same shape (checked by ./schema).
 */

import type { Bilingual } from "../core/messages";
import type { RuleSpec } from "./rules";

export type { Bilingual };

export type ValueKind = "amount" | "percent" | "count" | "text";
import type { Ref, RuleBase, Severity } from "./rules/base";

export type { Ref, RuleBase, Severity };

export interface RowSpec {
  id: string;
  label: Bilingual;
  /** Regular expressions (source text) matched against the normalized label. */
  patterns: string[];
  /** Regular expressions matched against the label's English words (lower case), for bilingual or English labels. */
  en?: string[];
  /** A label matching one of these (in either language) is never this row, whatever else it matches. */
  exclude?: string[];
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
  /** A header matching one of these (in either language) is never this column. */
  exclude?: string[];
  /** A table without this column is incomplete (an error naming it). */
  required?: boolean;
  /** Overrides the row's unit and kind for this column (a per-capita or share column). */
  unit?: string;
  kind?: ValueKind;
  /**
   * The header above (a merged group such as 本季度新发放) or the header itself must match one of these:
   * tables that repeat the same columns under several groups.
   */
  within?: string[];
}

/** The rules a template states between its cells: one module per kind in ./rules. */
export type { RuleSpec };

export interface Template {
  id: string;
  title: Bilingual;
  /** The documents the table comes from, as cited (their own titles). */
  source: string;
  /** The published report whose layout it follows, in both languages. */
  basedOn?: Bilingual;
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
  /** The standard paragraph a filing writes from the table: an inserted template builds it with formulas. */
  narrative?: NarrativeSpec;
  /** The packs (who prescribes the table: national, a PBoC branch, the carbon reduction facility) it belongs to. */
  packs?: string[];
}

/** A paragraph of literal text, values the user types once (bank name, period) and table cells in an Excel number format. */
export type NarrativePart = string | { input: string } | { cell: Ref; format: string; times?: number };

export interface NarrativeSpec {
  title: Bilingual;
  inputs: { id: string; label: Bilingual }[];
  paragraphs: NarrativePart[][];
}
