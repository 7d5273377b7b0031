import { sum as addUp } from "../interval";
import { MESSAGES } from "../messages";
import type { Bilingual, Ref, RuleBase } from "../model";
import { compare, summands, Value, value } from "./evaluation";
import { BILINGUAL_SCHEMA, REF_SCHEMA, RuleKind } from "./kind";

/** total = Σ parts. `partial`: "其中" items need not be exhaustive; absent parts are left out and a miss is a warning. */
export interface SumRule extends RuleBase {
  kind: "sum";
  total: Ref;
  parts: Ref[];
  partial?: boolean;
  explain?: Bilingual;
}

export const sum: RuleKind<SumRule> = {
  kind: "sum",
  cascading: true,
  schema: {
    properties: { total: REF_SCHEMA, parts: { type: "array", minItems: 1, items: REF_SCHEMA }, partial: { type: "boolean" }, explain: BILINGUAL_SCHEMA },
    required: ["total", "parts"],
  },
  inputs: (rule) => ({ subject: [{ ref: rule.total }], needed: [], parts: rule.parts.map((ref) => ({ ref })), partial: rule.partial }),
  evaluate(rule, ctx) {
    const total = value(rule.total, ctx);
    const found = rule.parts.map((p) => summands(p, ctx));
    const parts = rule.partial ? found.filter((p) => p !== undefined) : found;
    if (!total || parts.length === 0 || parts.some((p) => !p)) return [];
    const flat = parts.flat() as Value[];
    const computed = addUp(flat.map((p) => p.interval));
    // Listed items may fall short of a total when the list is incomplete; they can never exceed it.
    const short = rule.partial && computed.hi < total.interval.lo ? { severity: "warning" as const, why: MESSAGES.sum.partialShort } : undefined;
    const f = compare({ template: ctx.table.template, rule, reported: total, computed, related: flat, percent: false, title: rule.title, override: short });
    return f ? [f] : [];
  },
};
