import type { Template } from "../model";
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
