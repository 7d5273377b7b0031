import { BENEFIT_SPECS } from "./benefits-and-what-if";
import { FINANCING_SPECS } from "./financing";
import { OPERATIONAL_SPECS } from "./operational";
import type { FunctionSpec } from "./types";

/** Every =CARBON function, in the order Excel, `fn --list` and the calculator list them. */
export const FUNCTION_SPECS: readonly FunctionSpec[] = [...OPERATIONAL_SPECS, ...FINANCING_SPECS, ...BENEFIT_SPECS];
