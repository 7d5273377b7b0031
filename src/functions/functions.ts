/*
 * The =CARBON.* functions as Excel registers them: every spec in core/specs, run by the same
 * definitions the CLI's `fn` runs. functions.json comes from the same specs (./metadata, at build).
 */
import "./outside-office";
import { CATALOG } from "./catalog";
import { runForExcel } from "./excel";

for (const definition of CATALOG.values()) {
  // Excel passes one argument per parameter: a matrix, or null for an omitted optional one.
  CustomFunctions.associate(definition.id, (...args: unknown[]) => runForExcel(definition, args));
}
