import { show } from "../findings";
import type { Finding } from "../findings";
import { MESSAGES } from "../messages";
import type { Bilingual, RuleBase } from "./base";
import { cellValue, finding } from "./evaluation";
import { BILINGUAL_SCHEMA, column, RuleKind } from "./kind";

/**
 * In every row, each column at most the next: running totals of one list (本季度 ≤ 本年度累计 ≤
 * 获得支持以来累计). `rows` limits it to some rows; the finding stands at the smaller period's cell.
 */
export interface OrderedRule extends RuleBase {
  kind: "ordered";
  columns: string[];
  rows?: string[];
  explain?: Bilingual;
}

export const ordered: RuleKind<OrderedRule> = {
  kind: "ordered",
  schema: {
    properties: {
      columns: { type: "array", minItems: 2, items: { type: "string" } },
      rows: { type: "array", minItems: 1, items: { type: "string" } },
      explain: BILINGUAL_SCHEMA,
    },
    required: ["columns"],
  },
  inputs: (rule) => ({ subject: [column(rule.columns[0])], needed: rule.columns.slice(1).map(column) }),
  evaluate(rule, ctx) {
    const findings: Finding[] = [];
    const { template, sheet } = ctx.table;
    const labelOf = (id: string) => template.columns.find((c) => c.id === id)?.label ?? { zh: id, en: id };
    const ids = rule.rows ?? [...ctx.table.rows.keys()];
    for (const id of ids) {
      for (const row of ctx.table.rows.get(id) ?? []) {
        const cells = rule.columns.map((c) => cellValue(row.cell(c), sheet));
        for (let i = 0; i + 1 < cells.length; i++) {
          const [smaller, larger] = [cells[i], cells.slice(i + 1).find((c) => c !== undefined)];
          // Beyond what the printed digits allow: 3.14 against 3.1 is not a contradiction.
          if (!smaller || !larger || smaller.interval.lo < larger.interval.hi) continue;
          const next = rule.columns[i + 1 + cells.slice(i + 1).indexOf(larger)];
          findings.push(
            finding({
              template,
              rule,
              severity: rule.severity ?? "error",
              at: smaller,
              message: MESSAGES.ordered.exceeds(
                row.label,
                labelOf(rule.columns[i]),
                show(smaller.interval.mid),
                labelOf(next),
                show(larger.interval.mid),
                rule.explain,
              ),
              expected: larger.interval.mid,
              tolerance: null,
              related: [larger],
            }),
          );
        }
      }
    }
    return findings;
  },
};
