import { show } from "../findings";
import type { Finding } from "../findings";
import { MESSAGES } from "../messages";
import type { Bilingual, RuleBase } from "./base";
import { cellValue, finding, ratioUnit } from "./evaluation";
import { BILINGUAL_SCHEMA, column, NUMBER_SCHEMA, RuleKind } from "./kind";

/**
 * In every row (or `rows`), numerator ÷ denominator within a plausible band: a warning with the
 * band's reason, never an error — a real project may lie outside it.
 */
export interface RatioBandRule extends RuleBase {
  kind: "ratioBand";
  numeratorColumn: string;
  denominatorColumn: string;
  min: number;
  max: number;
  rows?: string[];
  explain: Bilingual;
}

export const ratioBand: RuleKind<RatioBandRule> = {
  kind: "ratioBand",
  schema: {
    properties: {
      numeratorColumn: { type: "string" },
      denominatorColumn: { type: "string" },
      min: NUMBER_SCHEMA,
      max: NUMBER_SCHEMA,
      rows: { type: "array", minItems: 1, items: { type: "string" } },
      explain: BILINGUAL_SCHEMA,
    },
    required: ["numeratorColumn", "denominatorColumn", "min", "max", "explain"],
  },
  inputs: (rule) => ({ subject: [column(rule.numeratorColumn)], needed: [column(rule.denominatorColumn)] }),
  evaluate(rule, ctx) {
    const findings: Finding[] = [];
    const { template, sheet } = ctx.table;
    for (const id of rule.rows ?? [...ctx.table.rows.keys()]) {
      for (const row of ctx.table.rows.get(id) ?? []) {
        const numerator = cellValue(row.cell(rule.numeratorColumn), sheet);
        const denominator = cellValue(row.cell(rule.denominatorColumn), sheet);
        if (!numerator || !denominator || denominator.interval.lo <= 0) continue;
        const ratio = numerator.interval.div(denominator.interval);
        if (!ratio || (ratio.hi >= rule.min && ratio.lo <= rule.max)) continue;
        findings.push(
          finding({
            template,
            rule,
            severity: rule.severity ?? "warning",
            at: numerator,
            message: MESSAGES.ratioBand.outside(row.label, rule.title, show(ratio.mid), rule.min, rule.max, rule.explain),
            expected: ratio.hi < rule.min ? rule.min : rule.max,
            actual: ratio.mid,
            unit: ratioUnit(numerator, denominator),
            tolerance: null,
            related: [denominator],
          }),
        );
      }
    }
    return findings;
  },
};
