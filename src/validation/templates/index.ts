import type { Template } from "../model";
import { trustPatterns } from "../patterns";
import { FINANCED_BY_INDUSTRY, FINANCED_SUMMARY, FINANCING_IMPACT, GREEN_LOAN_BENEFITS } from "./financing";
import { FACILITY_DISCLOSURE } from "./facility";
import { GREEN_LOANS_BY_AREA } from "./green-areas";
import { GREEN_LOAN_INDICATORS } from "./green-loans";
import { GUIZHOU_ENVIRONMENT_KPI } from "./guizhou";
import { HUZHOU_GREEN_BRANCHES } from "./huzhou";
import { JIANGSU_FINANCED_BY_ASSET, JIANGSU_HIGH_CARBON } from "./jiangsu";
import { PACKS } from "./packs";
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
  GREEN_LOANS_BY_AREA,
  HUZHOU_GREEN_BRANCHES,
  GUIZHOU_ENVIRONMENT_KPI,
  JIANGSU_FINANCED_BY_ASSET,
  JIANGSU_HIGH_CARBON,
  FACILITY_DISCLOSURE,
];

export { findPack, PACKS } from "./packs";
export type { Pack } from "./packs";

/** The built-in templates of one pack; a template without packs is national. */
export function templatesOfPack(packId: string): Template[] {
  return BUILT_IN_TEMPLATES.filter((t) => (t.packs ?? ["national"]).includes(packId));
}

for (const t of BUILT_IN_TEMPLATES)
  for (const p of t.packs ?? []) if (!PACKS.some((pack) => pack.id === p)) throw new Error(`template ${t.id} names unknown pack ${p}`);

// Their patterns are ours: the native engine runs them (a user's run on RE2, see ../patterns).
trustPatterns(
  BUILT_IN_TEMPLATES.flatMap((t) => [
    ...t.anchors,
    ...(t.enAnchors ?? []),
    ...[...t.rows, ...t.columns].flatMap((r) => {
      const unanchored = (p: string) => [p, p.replace(/^\^/, "").replace(/\$$/, "")];
      return [...r.patterns, ...(r.en ?? []), ...(r.exclude ?? [])].flatMap(unanchored);
    }),
    ...t.columns.flatMap((c) => c.within ?? []),
    ...t.rules.flatMap((r) => ("typePattern" in r && r.typePattern ? [r.typePattern] : [])),
  ]),
);
