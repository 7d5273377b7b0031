import type { Finding } from "../findings";
import { IntervalSum } from "../interval";
import { MESSAGES } from "../messages";
import type { RuleBase } from "./base";
import { cellValue, compare, sectionLetter, textOf, Value } from "./evaluation";
import { column, RuleKind, TEXT_SCHEMA } from "./kind";

/** Ledger records summed by the first letter of `keyColumn` equal the target table's rows of that letter. */
export interface GroupSumRule extends RuleBase {
  kind: "groupSum";
  rows: string;
  keyColumn: string;
  valueColumn: string;
  target: { table: string; rows: string; col: string };
}

/** Records a group-sum finding names; a section of a long ledger has thousands. */
const LISTED_RECORDS = 50;

export const groupSum: RuleKind<GroupSumRule> = {
  kind: "groupSum",
  schema: {
    properties: {
      rows: TEXT_SCHEMA,
      keyColumn: TEXT_SCHEMA,
      valueColumn: TEXT_SCHEMA,
      target: {
        type: "object",
        required: ["table", "rows", "col"],
        properties: { table: TEXT_SCHEMA, rows: TEXT_SCHEMA, col: TEXT_SCHEMA },
        additionalProperties: false,
      },
    },
    required: ["rows", "keyColumn", "valueColumn", "target"],
  },
  inputs: (rule) => ({
    subject: [{ ref: { table: rule.target.table, row: rule.target.rows, col: rule.target.col } }],
    needed: [column(rule.keyColumn), column(rule.valueColumn)],
  }),
  evaluate(rule, ctx) {
    const target = ctx.lookup(rule.target.table);
    if (!target) return [];
    // Per section: the running sum, and the first records to name in a finding.
    const groups = new Map<string, { total: IntervalSum; listed: Value[] }>();
    for (const row of ctx.table.rows.get(rule.rows) ?? []) {
      const key = sectionLetter(textOf(row.reading(rule.keyColumn)));
      const v = cellValue(row.cell(rule.valueColumn), ctx.table.sheet);
      if (!key || !v) return []; // an unreadable record: the per-record checks report it
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { total: new IntervalSum(), listed: [] }));
      group.total.add(v.interval);
      if (group.listed.length < LISTED_RECORDS) group.listed.push(v);
    }
    const findings: Finding[] = [];
    for (const row of target.rows.get(rule.target.rows) ?? []) {
      const reported = cellValue(row.cell(rule.target.col), target.sheet);
      if (!reported) continue;
      const group = groups.get(sectionLetter(row.label));
      const f = compare({
        template: ctx.table.template,
        rule,
        reported,
        computed: (group?.total ?? new IntervalSum()).interval,
        related: group?.listed ?? [],
        percent: false,
        title: MESSAGES.groupSum.ofRow(rule.title, row.label),
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};
