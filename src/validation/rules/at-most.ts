import { show } from "../findings";
import { MESSAGES } from "../messages";
import type { Bilingual, Ref, RuleBase } from "./base";
import { finding, value } from "./evaluation";
import { BILINGUAL_SCHEMA, REF_SCHEMA, RuleKind } from "./kind";

/** A part is at most its whole (high-carbon industries within all financed emissions), beyond printed precision. */
export interface AtMostRule extends RuleBase {
  kind: "atMost";
  part: Ref;
  whole: Ref;
  explain: Bilingual;
}

export const atMost: RuleKind<AtMostRule> = {
  kind: "atMost",
  schema: { properties: { part: REF_SCHEMA, whole: REF_SCHEMA, explain: BILINGUAL_SCHEMA }, required: ["part", "whole", "explain"] },
  inputs: (rule) => ({ subject: [{ ref: rule.part }], needed: [{ ref: rule.whole }] }),
  evaluate(rule, ctx) {
    const part = value(rule.part, ctx);
    const whole = value(rule.whole, ctx);
    if (!part || !whole || part.interval.lo <= whole.interval.hi) return [];
    return [
      finding({
        template: ctx.table.template,
        rule,
        severity: rule.severity ?? "error",
        at: part,
        message: MESSAGES.atMost.exceeds(rule.title, show(part.interval.mid), show(whole.interval.mid), rule.explain),
        expected: whole.interval.mid,
        tolerance: null,
        related: [whole],
      }),
    ];
  },
};
