import { showPercent } from "../findings";
import type { Finding } from "../findings";
import { Interval, sum } from "../interval";
import { MESSAGES } from "../messages";
import type { RuleBase } from "./base";
import { compare, finding, Value, value } from "./evaluation";
import { column, RuleKind, TEXT_SCHEMA } from "./kind";

/** Each part's share = its value ÷ the total's; the printed shares add up to 100 %. */
export interface SharesRule extends RuleBase {
  kind: "shares";
  parts: string;
  valueColumn: string;
  shareColumn: string;
  total: string;
}

export const shares: RuleKind<SharesRule> = {
  kind: "shares",
  cascading: true,
  schema: {
    properties: { parts: TEXT_SCHEMA, valueColumn: TEXT_SCHEMA, shareColumn: TEXT_SCHEMA, total: TEXT_SCHEMA },
    required: ["parts", "valueColumn", "shareColumn", "total"],
  },
  inputs: (rule) => ({ subject: [column(rule.shareColumn)], needed: [column(rule.valueColumn), { ref: { row: rule.total, col: rule.valueColumn } }] }),
  evaluate(rule, ctx) {
    const template = ctx.table.template;
    const total = value({ row: rule.total, col: rule.valueColumn }, ctx);
    const rows = ctx.table.rows.get(rule.parts) ?? [];
    if (!total) return [];
    const findings: Finding[] = [];
    const printed: Value[] = [];
    for (const row of rows) {
      const part = row.cell(rule.valueColumn);
      const share = row.cell(rule.shareColumn);
      if (!part?.interval || !share?.interval) continue;
      const shareValue = { cell: share, interval: share.interval, sheet: ctx.table.sheet };
      printed.push(shareValue);
      const computed = part.interval.div(total.interval);
      if (!computed) continue;
      const f = compare({
        template,
        rule,
        reported: shareValue,
        computed,
        related: [{ cell: part, interval: part.interval, sheet: ctx.table.sheet }, total],
        percent: true,
        title: MESSAGES.shares.ofRow(rule.title, row.label),
      });
      if (f) findings.push(f);
    }
    // The printed shares should add up to 100 % within their rounding.
    const totalShare = value({ row: rule.total, col: rule.shareColumn }, ctx);
    if (printed.length > 1) {
      const summed = sum(printed.map((s) => s.interval));
      const target = totalShare?.interval ?? Interval.exact(1);
      if (summed.distance(target) !== 0) {
        findings.push(
          finding({
            template,
            rule: { ...rule, id: `${rule.id}-total` },
            severity: "warning",
            at: totalShare ?? printed[0],
            message: MESSAGES.shares.notWhole(rule.title, showPercent(summed.mid)),
            expected: 1,
            tolerance: summed.unit / 2,
            related: printed,
          }),
        );
      }
    }
    return findings;
  },
};
