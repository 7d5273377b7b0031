import type { Template } from "../model";
import { trustPatterns } from "../patterns";
import { FINANCED_BY_INDUSTRY, FINANCED_SUMMARY, FINANCING_IMPACT, GREEN_LOAN_BENEFITS } from "./financing";
import { GREEN_LOAN_INDICATORS } from "./green-loans";
import { FINANCED_LEDGER } from "./ledger";
import { GHG_SCOPES, OPERATING_IMPACT, RESOURCE_CONSUMPTION } from "./operations";

/** The built-in templates, in the order reports usually print them. */
export const BUILT_IN_TEMPLATES: Template[] = [
  GREEN_LOAN_INDICATORS,
  FINANCING_IMPACT,
  GREEN_LOAN_BENEFITS,
  FINANCED_BY_INDUSTRY,
  FINANCED_SUMMARY,
  FINANCED_LEDGER,
  OPERATING_IMPACT,
  GHG_SCOPES,
  RESOURCE_CONSUMPTION,
];

// Their patterns are ours: the native engine runs them (a user's run on RE2, see ../patterns).
trustPatterns(
  BUILT_IN_TEMPLATES.flatMap((t) => [
    ...t.anchors,
    ...(t.enAnchors ?? []),
    ...[...t.rows, ...t.columns].flatMap((r) => {
      const unanchored = (p: string) => [p, p.replace(/^\^/, "").replace(/\$$/, "")];
      return [...r.patterns, ...(r.en ?? []), ...(r.exclude ?? [])].flatMap(unanchored);
    }),
    ...t.rules.flatMap((r) => ("typePattern" in r && r.typePattern ? [r.typePattern] : [])),
  ]),
);
