import { show } from "../findings";
import { Interval } from "../interval";
import { MESSAGES } from "../messages";
import type { RuleBase } from "./base";
import { compare, finding, usable } from "./evaluation";
import { column, RuleKind, TEXT_SCHEMA } from "./kind";
import type { Finding } from "../findings";

/** Each record of a ledger: attributed = emissions × min(1, financing ÷ denominator). */
export interface AttributionRule extends RuleBase {
  kind: "attribution";
  rows: string;
  emissions: string;
  financing: string;
  denominator: string;
  attributed: string;
}

export const attribution: RuleKind<AttributionRule> = {
  kind: "attribution",
  schema: {
    properties: { rows: TEXT_SCHEMA, emissions: TEXT_SCHEMA, financing: TEXT_SCHEMA, denominator: TEXT_SCHEMA, attributed: TEXT_SCHEMA },
    required: ["rows", "emissions", "financing", "denominator", "attributed"],
  },
  inputs: (rule) => ({ subject: [column(rule.attributed)], needed: [column(rule.emissions), column(rule.financing), column(rule.denominator)] }),
  evaluate(rule, ctx) {
    const template = ctx.table.template;
    const findings: Finding[] = [];
    const sheet = ctx.table.sheet;
    for (const row of ctx.table.rows.get(rule.rows) ?? []) {
      // Intervals first; the Value wrappers a finding needs are made only for a finding (ledgers are long).
      const e = row.cell(rule.emissions);
      const x = row.cell(rule.financing);
      const d = row.cell(rule.denominator);
      const a = row.cell(rule.attributed);
      if (!usable(e) || !usable(x) || !usable(d) || !usable(a)) continue;
      const factor = x.interval.div(d.interval);
      if (!factor) continue;
      const capped = factor.hi <= 1 ? factor : new Interval(Math.min(factor.lo, 1), Math.min(factor.hi, 1));
      const computed = e.interval.times(capped);
      const miss = a.interval.distance(computed) !== 0;
      if (!miss && factor.lo <= 1) continue;
      const wrap = (cell: typeof e) => ({ cell, interval: cell.interval, sheet });
      if (miss) {
        const f = compare({
          template,
          rule,
          reported: wrap(a),
          computed,
          related: [wrap(e), wrap(x), wrap(d)],
          percent: false,
          title: MESSAGES.attribution.ofRow(rule.title, row.label),
        });
        if (f) findings.push(f);
      }
      if (factor.lo > 1) {
        findings.push(
          finding({
            template,
            rule: { ...rule, id: `${rule.id}-capped` },
            severity: "info",
            at: wrap(x),
            message: MESSAGES.attribution.capped(row.label, show(factor.mid)),
            expected: 1,
            actual: factor.mid,
            unit: "ratio",
            tolerance: null,
            related: [wrap(d)],
          }),
        );
      }
    }
    return findings;
  },
};
