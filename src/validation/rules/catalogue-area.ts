import { areaVerdict, catalogueApplies, GREEN_CATALOGUE } from "../catalogue";
import type { Finding } from "../findings";
import { Interval } from "../interval";
import { MESSAGES } from "../messages";
import type { RuleBase } from "./base";
import { finding, textOf } from "./evaluation";
import { column, RuleKind, TEXT_SCHEMA } from "./kind";

/**
 * Each row's label (or, in a ledger, its `column`) names a first-level area of the 2025 green finance
 * catalogue. A predecessor's category is a warning once the catalogue applies (with suggestions marked
 * as guesses), accepted for periods before it; a name of neither is an error.
 */
export interface CatalogueAreaRule extends RuleBase {
  kind: "catalogueArea";
  rows: string;
  column?: string;
}

export const catalogueArea: RuleKind<CatalogueAreaRule> = {
  kind: "catalogueArea",
  schema: { properties: { rows: TEXT_SCHEMA, column: TEXT_SCHEMA }, required: ["rows"] },
  inputs: (rule) => ({ subject: [rule.column ? column(rule.column) : { ref: { row: rule.rows } }], needed: [] }),
  evaluate(rule, ctx) {
    const findings: Finding[] = [];
    // Before the catalogue applied, the older categories are right; a name of no catalogue never is.
    const applies = catalogueApplies(ctx.table.period?.key);
    const current = `《${GREEN_CATALOGUE.title}》`;
    for (const row of ctx.table.rows.get(rule.rows) ?? []) {
      const cell = rule.column ? row.cell(rule.column) : undefined;
      const label = rule.column ? textOf(cell?.reading) : row.label;
      if (!label) continue;
      const verdict = areaVerdict(label);
      if (verdict.kind === "current" || (verdict.kind === "legacy" && applies === false)) continue;
      const at = {
        cell: cell ?? { row: 0, col: 0, address: row.labelAddress, reading: { kind: "text" as const, text: label } },
        interval: Interval.exact(0),
        sheet: ctx.table.sheet,
      };
      const message =
        verdict.kind === "legacy"
          ? MESSAGES.catalogueArea.legacy(
              label,
              verdict.of.map((t) => `《${t}》`),
              current,
              verdict.suggestions,
              applies === undefined,
            )
          : MESSAGES.catalogueArea.unknown(
              label,
              current,
              GREEN_CATALOGUE.areas.map((a) => a.name),
            );
      findings.push(
        finding({
          template: ctx.table.template,
          rule,
          severity: verdict.kind === "legacy" ? "warning" : (rule.severity ?? "error"),
          at,
          message,
          expected: null,
          tolerance: null,
          related: [],
        }),
      );
    }
    return findings;
  },
};
