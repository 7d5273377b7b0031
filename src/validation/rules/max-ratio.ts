import { show } from "../findings";
import { MESSAGES } from "../messages";
import type { Bilingual, Ref, RuleBase } from "./base";
import { finding, ratioUnit, value } from "./evaluation";
import { BILINGUAL_SCHEMA, NUMBER_SCHEMA, REF_SCHEMA, RuleKind } from "./kind";

/** numerator ÷ denominator at most `max`: a plausibility bound (a warning by default), with its reason. */
export interface MaxRatioRule extends RuleBase {
  kind: "maxRatio";
  numerator: Ref;
  denominator: Ref;
  max: number;
  explain: Bilingual;
}

export const maxRatio: RuleKind<MaxRatioRule> = {
  kind: "maxRatio",
  schema: {
    properties: { numerator: REF_SCHEMA, denominator: REF_SCHEMA, max: NUMBER_SCHEMA, explain: BILINGUAL_SCHEMA },
    required: ["numerator", "denominator", "max", "explain"],
  },
  inputs: (rule) => ({ subject: [{ ref: rule.numerator }], needed: [{ ref: rule.denominator }] }),
  evaluate(rule, ctx) {
    const numerator = value(rule.numerator, ctx);
    const denominator = value(rule.denominator, ctx);
    if (!numerator || !denominator) return [];
    const ratio = numerator.interval.div(denominator.interval);
    if (!ratio || ratio.lo <= rule.max) return [];
    return [
      finding({
        template: ctx.table.template,
        rule,
        severity: rule.severity ?? "warning",
        at: numerator,
        message: MESSAGES.maxRatio.exceeds(rule.title, show(ratio.mid), rule.max, rule.explain),
        expected: rule.max,
        actual: ratio.mid,
        unit: ratioUnit(numerator, denominator),
        tolerance: null,
        related: [denominator],
      }),
    ];
  },
};
