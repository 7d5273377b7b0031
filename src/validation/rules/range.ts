import { show } from "../findings";
import type { Finding } from "../findings";
import { MESSAGES } from "../messages";
import type { RuleBase } from "./base";
import { cellValue, finding } from "./evaluation";
import { column, NUMBER_SCHEMA, RuleKind, TEXT_SCHEMA } from "./kind";

/** Each record: `column` within [min, max]. */
export interface RangeRule extends RuleBase {
  kind: "range";
  rows: string;
  column: string;
  min: number;
  max: number;
}

export const range: RuleKind<RangeRule> = {
  kind: "range",
  schema: { properties: { rows: TEXT_SCHEMA, column: TEXT_SCHEMA, min: NUMBER_SCHEMA, max: NUMBER_SCHEMA }, required: ["rows", "column", "min", "max"] },
  inputs: (rule) => ({ subject: [column(rule.column)], needed: [] }),
  evaluate(rule, ctx) {
    const findings: Finding[] = [];
    for (const row of ctx.table.rows.get(rule.rows) ?? []) {
      const v = cellValue(row.cell(rule.column), ctx.table.sheet);
      if (!v || (v.interval.hi >= rule.min && v.interval.lo <= rule.max)) continue;
      findings.push(
        finding({
          template: ctx.table.template,
          rule,
          severity: rule.severity ?? "error",
          at: v,
          message: MESSAGES.range.outside(row.label, rule.title, rule.min, rule.max, show(v.interval.mid)),
          expected: null,
          tolerance: null,
          related: [],
        }),
      );
    }
    return findings;
  },
};
