import { MESSAGES } from "../messages";
import type { Ref, RuleBase } from "./base";
import { compare, value } from "./evaluation";
import { REF_SCHEMA, RuleKind } from "./kind";

/** 增幅 = 增加额 ÷ 期初, and where the opening period is printed, 增加额 = 本期 − 期初. */
export interface GrowthRule extends RuleBase {
  kind: "growth";
  current: Ref;
  increase: Ref;
  growth: Ref;
}

export const growth: RuleKind<GrowthRule> = {
  kind: "growth",
  cascading: true,
  schema: { properties: { current: REF_SCHEMA, increase: REF_SCHEMA, growth: REF_SCHEMA }, required: ["current", "increase", "growth"] },
  inputs: (rule) => ({ subject: [{ ref: rule.growth }], needed: [{ ref: rule.current }, { ref: rule.increase }] }),
  evaluate(rule, ctx) {
    const template = ctx.table.template;
    // 增幅 = 增加额 ÷ (current − 增加额): the opening balance is what the two printed figures imply.
    const current = value(rule.current, ctx);
    const increase = value(rule.increase, ctx);
    const rate = value(rule.growth, ctx);
    if (!current || !increase || !rate) return [];
    // Where the table shows the opening period, the opening value is printed: 增加额 = current − opening.
    const opening = ctx.table.previous ? value(rule.current, { ...ctx, table: ctx.table.previous }) : undefined;
    if (opening) {
      const f = compare({
        template,
        rule: { ...rule, id: `${rule.id}-increase` },
        reported: increase,
        computed: current.interval.minus(opening.interval),
        related: [current, opening],
        percent: false,
        title: MESSAGES.growth.increase(rule.title),
      });
      if (f) return [f];
    }
    const base = opening ? opening.interval : current.interval.minus(increase.interval);
    const computed = increase.interval.div(base);
    if (!computed) return [];
    const f = compare({
      template,
      rule,
      reported: rate,
      computed,
      related: opening ? [increase, opening] : [current, increase],
      percent: true,
      title: rule.title,
    });
    return f ? [f] : [];
  },
};
