import { FUNCTION_SPECS } from "../core/specs";
import { defineFunction, FunctionDefinition } from "./define";
import { FAST_PATHS } from "./fast-paths";

/** Every custom function by id, built from its spec: what Excel and the CLI's `fn` run. */
export const CATALOG: ReadonlyMap<string, FunctionDefinition> = new Map(FUNCTION_SPECS.map((spec) => [spec.id, defineFunction(spec, FAST_PATHS[spec.id])]));
