import type { Finding } from "../findings";
import { atMost, AtMostRule } from "./at-most";
import { attribution, AttributionRule } from "./attribution";
import { catalogueArea, CatalogueAreaRule } from "./catalogue-area";
import { mergeCascades as merge } from "./cascade";
import { entity, EntityRule } from "./entity";
import { equal, EqualRule } from "./equal";
import { gridFactor, GridFactorRule } from "./grid-factor";
import { groupSum, GroupSumRule } from "./group-sum";
import { growth, GrowthRule } from "./growth";
import type { Context, RuleInputs, RuleKind, SchemaFragment } from "./kind";
import { maxRatio, MaxRatioRule } from "./max-ratio";
import { ordered, OrderedRule } from "./ordered";
import { ratioBand, RatioBandRule } from "./ratio-band";
import { weightedMean, WeightedMeanRule } from "./weighted-mean";
import { perCapita, PerCapitaRule } from "./per-capita";
import { range, RangeRule } from "./range";
import { ratio, RatioRule } from "./ratio";
import { sectionCodes, SectionCodesRule } from "./section-codes";
import { shares, SharesRule } from "./shares";
import { sum, SumRule } from "./sum";
import { threshold, ThresholdRule } from "./threshold";

/** Every rule kind: one module each, holding its type, its schema fragment, its inputs and its evaluation. */

export type RuleSpec =
  | SumRule
  | RatioRule
  | PerCapitaRule
  | SharesRule
  | GrowthRule
  | EqualRule
  | MaxRatioRule
  | GridFactorRule
  | SectionCodesRule
  | AttributionRule
  | ThresholdRule
  | RangeRule
  | GroupSumRule
  | OrderedRule
  | WeightedMeanRule
  | RatioBandRule
  | CatalogueAreaRule
  | AtMostRule
  | EntityRule;

type KindOf<K extends RuleSpec["kind"]> = RuleKind<Extract<RuleSpec, { kind: K }>>;

const KINDS: { [K in RuleSpec["kind"]]: KindOf<K> } = {
  sum,
  ratio,
  perCapita,
  shares,
  growth,
  equal,
  maxRatio,
  gridFactor,
  sectionCodes,
  attribution,
  threshold,
  range,
  groupSum,
  ordered,
  weightedMean,
  ratioBand,
  catalogueArea,
  atMost,
  entity,
};

const kindOf = <R extends RuleSpec>(rule: R) => KINDS[rule.kind] as unknown as RuleKind<R>;

export function evaluateRule(rule: RuleSpec, ctx: Context): Finding[] {
  return kindOf(rule).evaluate(rule, ctx);
}

/** What a check reports on and what else it needs (for coverage, before it runs). */
export function ruleInputs(rule: RuleSpec): RuleInputs {
  return kindOf(rule).inputs(rule);
}

/** Each kind's schema fragment, by kind name (for user templates). */
export const RULE_SCHEMAS: [kind: string, schema: SchemaFragment][] = Object.values(KINDS).map((k) => [k.kind, k.schema]);

/** Findings of cascading kinds that share a cell become one (see ./cascade). */
export function mergeCascades(findings: Finding[]): Finding[] {
  // Structural checks add and divide too (footing, shares, growth, tie-outs); 其中 bounds do not cascade.
  return merge(
    findings,
    (kind) => (KINDS as Record<string, { cascading?: boolean }>)[kind]?.cascading === true || (kind.startsWith("structure.") && kind !== "structure.of-which"),
  );
}

export type { Context, TableLookup } from "./kind";
