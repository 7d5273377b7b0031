import type { Ref, RuleBase } from "./base";
import { compare, isPercentRef, value } from "./evaluation";
import { REF_SCHEMA, RuleKind } from "./kind";

/** result = numerator ÷ denominator. */
export interface RatioRule extends RuleBase {
  kind: "ratio";
  result: Ref;
  numerator: Ref;
  denominator: Ref;
}

export const ratio: RuleKind<RatioRule> = {
  kind: "ratio",
  cascading: true,
  schema: { properties: { result: REF_SCHEMA, numerator: REF_SCHEMA, denominator: REF_SCHEMA }, required: ["result", "numerator", "denominator"] },
  inputs: (rule) => ({ subject: [{ ref: rule.result }], needed: [{ ref: rule.numerator }, { ref: rule.denominator }] }),
  evaluate(rule, ctx) {
    const result = value(rule.result, ctx);
    const numerator = value(rule.numerator, ctx);
    const denominator = value(rule.denominator, ctx);
    if (!result || !numerator || !denominator) return [];
    const computed = numerator.interval.div(denominator.interval);
    if (!computed) return [];
    const f = compare({
      template: ctx.table.template,
      rule,
      reported: result,
      computed,
      related: [numerator, denominator],
      percent: isPercentRef(rule.result, ctx),
      title: rule.title,
    });
    return f ? [f] : [];
  },
};
