import { show, showPercent } from "../findings";
import { IntervalSum } from "../interval";
import { MESSAGES } from "../messages";
import type { Ref, RuleBase } from "./base";
import { cellValue, compare, finding, isPercentRef, value, Value } from "./evaluation";
import { REF_SCHEMA, RuleKind, TEXT_SCHEMA } from "./kind";

/**
 * A total row's rate is the weighted mean of the items' rates (加权平均利率 = Σ 金额 × 利率 ÷ Σ 金额):
 * always within the items' range, and equal to the mean when every item with a weight has its rate.
 * An item without a weight (no loans in the period) does not count.
 */
export interface WeightedMeanRule extends RuleBase {
  kind: "weightedMean";
  /** The total's rate (row and column). */
  result: Ref;
  /** The items' rows. */
  parts: string[];
  valueColumn: string;
  weightColumn: string;
}

export const weightedMean: RuleKind<WeightedMeanRule> = {
  kind: "weightedMean",
  cascading: true,
  schema: {
    properties: { result: REF_SCHEMA, parts: { type: "array", minItems: 1, items: TEXT_SCHEMA }, valueColumn: TEXT_SCHEMA, weightColumn: TEXT_SCHEMA },
    required: ["result", "parts", "valueColumn", "weightColumn"],
  },
  inputs: (rule) => ({
    subject: [{ ref: rule.result }],
    needed: [],
    parts: rule.parts.flatMap((row) => [{ ref: { row, col: rule.valueColumn } }, { ref: { row, col: rule.weightColumn } }]),
    partial: true,
  }),
  evaluate(rule, ctx) {
    const result = value(rule.result, ctx);
    if (!result) return [];
    const items: { rate?: Value; weight: Value }[] = [];
    for (const id of rule.parts)
      for (const row of ctx.table.rows.get(id) ?? []) {
        const weight = cellValue(row.cell(rule.weightColumn), ctx.table.sheet);
        if (!weight || weight.interval.hi <= 0) continue;
        items.push({ weight, rate: cellValue(row.cell(rule.valueColumn), ctx.table.sheet) });
      }
    const rated = items.filter((i): i is { rate: Value; weight: Value } => i.rate !== undefined);
    if (rated.length === 0) return [];
    const percent = isPercentRef(rule.result, ctx);
    const fmt = percent ? showPercent : show;
    const lo = Math.min(...rated.map((i) => i.rate.interval.lo));
    const hi = Math.max(...rated.map((i) => i.rate.interval.hi));
    const related = rated.flatMap((i) => [i.rate, i.weight]);
    if (rated.length === items.length) {
      const weighted = new IntervalSum();
      const weights = new IntervalSum();
      for (const i of rated) {
        weighted.add(i.rate.interval.times(i.weight.interval));
        weights.add(i.weight.interval);
      }
      const mean = weighted.interval.div(weights.interval);
      if (mean) {
        const f = compare({ template: ctx.table.template, rule, reported: result, computed: mean, related, percent, title: rule.title });
        return f ? [f] : [];
      }
    }
    // Some rates are missing: the mean is unknown, but it cannot leave the rates that are given.
    if (result.interval.hi >= lo && result.interval.lo <= hi) return [];
    return [
      finding({
        template: ctx.table.template,
        rule,
        severity: rule.severity ?? "error",
        at: result,
        message: MESSAGES.weightedMean.outside(rule.title, fmt(result.interval.mid), fmt(lo), fmt(hi)),
        expected: result.interval.mid < lo ? lo : hi,
        tolerance: null,
        related,
      }),
    ];
  },
};
