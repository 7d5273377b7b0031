import type { Finding } from "../findings";
import { Interval } from "../interval";
import { MESSAGES } from "../messages";
import type { RuleBase } from "./base";
import { finding, sectionLetter } from "./evaluation";
import { RuleKind, TEXT_SCHEMA } from "./kind";

/** Each row's label starts with a GB/T 4754-2017 section letter (A–T), each letter once. */
export interface SectionCodesRule extends RuleBase {
  kind: "sectionCodes";
  rows: string;
}

const SECTIONS = new Set("ABCDEFGHIJKLMNOPQRST".split(""));

export const sectionCodes: RuleKind<SectionCodesRule> = {
  kind: "sectionCodes",
  schema: { properties: { rows: TEXT_SCHEMA }, required: ["rows"] },
  inputs: (rule) => ({ subject: [{ ref: { row: rule.rows } }], needed: [] }),
  evaluate(rule, ctx) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const row of ctx.table.rows.get(rule.rows) ?? []) {
      const code = sectionLetter(row.label);
      const at = {
        cell: { row: 0, col: 0, address: row.labelAddress, reading: { kind: "text" as const, text: row.label } },
        interval: Interval.exact(0),
        sheet: ctx.table.sheet,
      };
      const message = !SECTIONS.has(code)
        ? MESSAGES.sectionCodes.notSection(rule.title, row.label)
        : seen.has(code)
          ? MESSAGES.sectionCodes.twice(rule.title, code)
          : undefined;
      if (message) findings.push(finding({ template: ctx.table.template, rule, severity: "error", at, message, expected: null, tolerance: null, related: [] }));
      seen.add(code);
    }
    return findings;
  },
};
