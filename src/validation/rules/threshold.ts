import { show } from "../findings";
import type { Finding } from "../findings";
import { compilePattern } from "../patterns";
import { MESSAGES } from "../messages";
import type { Bilingual, RuleBase } from "./base";
import { cellValue, finding, textOf } from "./evaluation";
import { BILINGUAL_SCHEMA, column, NUMBER_SCHEMA, RuleKind, TEXT_SCHEMA } from "./kind";

/** Each record whose `typeColumn` matches `typePattern`: `column` at least `min` (an info finding below). */
export interface ThresholdRule extends RuleBase {
  kind: "threshold";
  rows: string;
  column: string;
  min: number;
  typeColumn?: string;
  typePattern?: string;
  explain: Bilingual;
}

export const threshold: RuleKind<ThresholdRule> = {
  kind: "threshold",
  schema: {
    properties: { rows: TEXT_SCHEMA, column: TEXT_SCHEMA, min: NUMBER_SCHEMA, typeColumn: TEXT_SCHEMA, typePattern: TEXT_SCHEMA, explain: BILINGUAL_SCHEMA },
    required: ["rows", "column", "min", "explain"],
  },
  inputs: (rule) => ({ subject: [column(rule.column)], needed: rule.typeColumn ? [column(rule.typeColumn)] : [] }),
  evaluate(rule, ctx) {
    const findings: Finding[] = [];
    for (const row of ctx.table.rows.get(rule.rows) ?? []) {
      if (rule.typeColumn && rule.typePattern && !compilePattern(rule.typePattern, "").test(textOf(row.reading(rule.typeColumn)))) continue;
      const v = cellValue(row.cell(rule.column), ctx.table.sheet);
      if (!v || v.interval.hi >= rule.min) continue;
      findings.push(
        finding({
          template: ctx.table.template,
          rule,
          severity: rule.severity ?? "info",
          at: v,
          message: MESSAGES.threshold.below(row.label, rule.title, show(v.interval.mid), rule.min, rule.explain),
          expected: rule.min,
          tolerance: null,
          related: [],
        }),
      );
    }
    return findings;
  },
};
