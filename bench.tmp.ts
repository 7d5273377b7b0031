import { validate } from "./src/validation/engine";
import { BUILT_IN_TEMPLATES } from "./src/validation/templates";
import { compactToSnapshot } from "./src/workbook/compact";
import { generatedLedger } from "./bench/ledger";
for (const n of [10000, 100000]) {
  const snapshot = { sheets: generatedLedger(n).map((s) => compactToSnapshot(s)) };
  const t = performance.now();
  const r = validate(snapshot, BUILT_IN_TEMPLATES);
  console.log(n, (performance.now() - t).toFixed(0), "ms", r.findings.length);
}
