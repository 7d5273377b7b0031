import type { Ref, RuleBase } from "./base";
import { compare, value } from "./evaluation";
import { REF_SCHEMA, RuleKind } from "./kind";

/** a = b, within both figures' printed precision (the same figure in two tables). */
export interface EqualRule extends RuleBase {
  kind: "equal";
  a: Ref;
  b: Ref;
}

export const equal: RuleKind<EqualRule> = {
  kind: "equal",
  cascading: true,
  schema: { properties: { a: REF_SCHEMA, b: REF_SCHEMA }, required: ["a", "b"] },
  inputs: (rule) => ({ subject: [{ ref: rule.a }], needed: [{ ref: rule.b }] }),
  evaluate(rule, ctx) {
    const a = value(rule.a, ctx);
    const b = value(rule.b, ctx);
    if (!a || !b) return [];
    const f = compare({ template: ctx.table.template, rule, reported: a, computed: b.interval, related: [b], percent: false, title: rule.title });
    return f ? [f] : [];
  },
};
