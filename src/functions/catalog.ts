import type { FunctionDefinition } from "./define";
import { BENEFIT_FUNCTIONS } from "./benefits-and-what-if";
import { FINANCING_FUNCTIONS } from "./financing";
import { OPERATIONAL_FUNCTIONS } from "./operational";

/** Every custom function by id: what Excel, the CLI's `fn` and the pane's calculator run. */
export const CATALOG: ReadonlyMap<string, FunctionDefinition> = new Map(
  [...OPERATIONAL_FUNCTIONS, ...FINANCING_FUNCTIONS, ...BENEFIT_FUNCTIONS].map((definition) => [definition.id, definition]),
);
