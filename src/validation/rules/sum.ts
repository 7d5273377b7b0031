import { sum as addUp } from "../interval";
import { MESSAGES } from "../messages";
import type { Bilingual, Ref, RuleBase } from "./base";
import { compare, nothingAt, summands, Value, value } from "./evaluation";
import { BILINGUAL_SCHEMA, REF_SCHEMA, RuleKind } from "./kind";

/**
 * total = Σ parts. `partial`: "其中" items need not be exhaustive; absent parts are left out and a miss is a warning.
 * `absentIsZero`: the parts are exhaustive, but a table prints only the ones it has (a row absent, empty or "—" adds
 * nothing); a miss stays an error.
 */
export interface SumRule extends RuleBase {
  kind: "sum";
  total: Ref;
  parts: Ref[];
  partial?: boolean;
  absentIsZero?: boolean;
  explain?: Bilingual;
}

export const sum: RuleKind<SumRule> = {
  kind: "sum",
  cascading: true,
  schema: {
    properties: {
      total: REF_SCHEMA,
      parts: { type: "array", minItems: 1, items: REF_SCHEMA },
      partial: { type: "boolean" },
      absentIsZero: { type: "boolean" },
      explain: BILINGUAL_SCHEMA,
    },
    required: ["total", "parts"],
  },
  inputs: (rule) => ({ subject: [{ ref: rule.total }], needed: [], parts: rule.parts.map((ref) => ({ ref })), partial: rule.partial || rule.absentIsZero }),
  evaluate(rule, ctx) {
    const total = value(rule.total, ctx);
    const found = rule.parts.map((p) => (rule.absentIsZero && nothingAt(p, ctx) ? [] : summands(p, ctx)));
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
