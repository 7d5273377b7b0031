import { AVERAGE_EDITIONS, averageFactor, REPORTING_EDITIONS, reportingFactor } from "../../core/factors/electricity";
import type { FactorRecord } from "../../core/factors/types";
import { REGIONS } from "../../core/regions";
import { MESSAGES } from "../messages";
import type { Ref, RuleBase, Severity } from "./base";
import { finding, value } from "./evaluation";
import { REF_SCHEMA, RuleKind } from "./kind";

/** kgCO2/kWh implied by scope-2 emissions and electricity, and which official editions it matches. */
export interface GridFactorRule extends RuleBase {
  kind: "gridFactor";
  emissions: Ref;
  kwh: Ref;
}

const OUTDATED = new Set(["2012", "pre-2021"]);

export const gridFactor: RuleKind<GridFactorRule> = {
  kind: "gridFactor",
  schema: { properties: { emissions: REF_SCHEMA, kwh: REF_SCHEMA }, required: ["emissions", "kwh"] },
  inputs: (rule) => ({ subject: [{ ref: rule.emissions }], needed: [{ ref: rule.kwh }] }),
  evaluate(rule, ctx) {
    const emissions = value(rule.emissions, ctx);
    const kwh = value(rule.kwh, ctx);
    if (!emissions || !kwh) return [];
    const implied = emissions.interval.times(1000).div(kwh.interval);
    if (!implied) return [];
    const candidates: FactorRecord[] = [];
    for (const edition of AVERAGE_EDITIONS) {
      for (const name of REGIONS.displayNames) {
        const record = averageFactor(edition, name);
        if (record) candidates.push(record);
      }
    }
    for (const period of REPORTING_EDITIONS) candidates.push(reportingFactor(period)!);
    const matches = candidates.filter((r) => implied.lo <= Number(r.value) && implied.hi >= Number(r.value));
    const label = (r: FactorRecord) => `${r.csv.region} ${r.edition} (${r.value})`;
    const mid = Number(implied.mid.toFixed(5));
    const outdated = matches.length > 0 && matches.every((r) => OUTDATED.has(r.edition));
    const newestNational = averageFactor(AVERAGE_EDITIONS[0], "全国")!;
    // For an outdated match, say what the same region publishes now.
    const now = matches
      .filter((r) => r.edition === "2012")
      .map((r) => averageFactor(AVERAGE_EDITIONS[0], r.csv.region))
      .filter((r): r is FactorRecord => r !== undefined)
      .concat(newestNational)
      .map(label);
    let message = matches.length > 0 ? MESSAGES.gridFactor.matches(rule.title, mid, matches.map(label)) : MESSAGES.gridFactor.none(rule.title, mid);
    if (matches.some((r) => r.edition === "2012")) {
      const advice = MESSAGES.gridFactor.outdated(now, newestNational.edition);
      message = { zh: message.zh + advice.zh, en: message.en + advice.en };
    }
    const severity: Severity = matches.length === 0 || outdated ? "warning" : "info";
    return [
      finding({
        template: ctx.table.template,
        rule,
        severity,
        at: emissions,
        message,
        expected: matches[0] ? Number(matches[0].value) : null,
        actual: mid,
        unit: "kgCO2/kWh",
        tolerance: implied.unit / 2,
        related: [kwh],
      }),
    ];
  },
};
