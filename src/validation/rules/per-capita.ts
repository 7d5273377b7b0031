import { show } from "../findings";
import type { Finding } from "../findings";
import { Interval } from "../interval";
import { MESSAGES } from "../messages";
import type { RuleBase } from "./base";
import { compare, Value } from "./evaluation";
import { column, RuleKind, TEXT_SCHEMA } from "./kind";

/**
 * One headcount must explain every per-capita value: each row's total ÷ per-capita gives an interval
 * of headcounts; they must share a whole number. A row that no common headcount fits is reported.
 */
export interface PerCapitaRule extends RuleBase {
  kind: "perCapita";
  totalColumn: string;
  perCapitaColumn: string;
}

export const perCapita: RuleKind<PerCapitaRule> = {
  kind: "perCapita",
  cascading: true,
  schema: { properties: { totalColumn: TEXT_SCHEMA, perCapitaColumn: TEXT_SCHEMA }, required: ["totalColumn", "perCapitaColumn"] },
  inputs: (rule) => ({ subject: [column(rule.perCapitaColumn)], needed: [column(rule.totalColumn)] }),
  evaluate(rule, ctx) {
    const pairs: { total: Value; perCapita: Value; headcount: Interval }[] = [];
    for (const rows of ctx.table.rows.values()) {
      for (const row of rows) {
        const total = row.cell(rule.totalColumn);
        const each = row.cell(rule.perCapitaColumn);
        if (!total?.interval || !each?.interval || total.interval.hi <= 0) continue;
        const pc = each.interval;
        // A per-capita value printed as 0.00 allows any headcount above total ÷ 0.005.
        const headcount = pc.lo <= 0 ? new Interval(total.interval.lo / pc.hi, 1e15) : new Interval(total.interval.lo / pc.hi, total.interval.hi / pc.lo);
        pairs.push({
          total: { cell: total, interval: total.interval, sheet: ctx.table.sheet },
          perCapita: { cell: each, interval: pc, sheet: ctx.table.sheet },
          headcount,
        });
      }
    }
    if (pairs.length < 2) return [];
    const common = (items: typeof pairs) =>
      items.reduce<Interval | undefined>((acc, p) => (acc ? acc.intersect(p.headcount) : undefined), new Interval(0, 1e15));
    const hasWhole = (i: Interval | undefined) => !!i && Math.ceil(i.lo) <= i.hi;
    if (hasWhole(common(pairs))) return [];
    // Report the rows without which the rest agree; if none stands out, the widest disagreement.
    const outliers = pairs.filter((p) => hasWhole(common(pairs.filter((q) => q !== p))));
    const blamed = outliers.length > 0 ? outliers : [pairs[pairs.length - 1]];
    return blamed
      .map((p) => {
        const others = common(pairs.filter((q) => q !== p)) ?? pairs[0].headcount;
        const headcount = Math.ceil(others.lo);
        const implied = p.total.interval.mid / (p.perCapita.interval.mid === 0 ? 1 : p.perCapita.interval.mid);
        return compare({
          template: ctx.table.template,
          rule,
          reported: p.perCapita,
          computed: Interval.exact(p.total.interval.mid / headcount),
          related: [p.total],
          percent: false,
          title: MESSAGES.perCapita.headcounts(rule.title, headcount, show(implied)),
        });
      })
      .filter((f): f is Finding => f !== undefined);
  },
};
