/**
 * A 2,000-record loan ledger worded the way banks word it (the generator's column wordings, units,
 * orders and offsets), borrowers with several loans: each planted row error is found at its row —
 * an uncapped attribution, two digits swapped, and a record copied from the one above (an outlier of
 * its own entity) — and the clean ledger gets no error or warning.
 */
import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { drawLedgerLayout, entityLedger, renderLedger } from "./generator/ledger";
import { seeded } from "./generator/render";

const COUNT = 2000;
const clean = entityLedger(COUNT);
const borrowers = clean.map((r) => r.borrower);
const sizeOf = (name: string) => borrowers.filter((b) => b === name).length;
/** The first record of an entity with three or more records whose previous record is another entity's. */
const copyTarget = (from: number) => {
  for (let i = from; i < COUNT; i++) if (borrowers[i] !== borrowers[i - 1] && sizeOf(borrowers[i]) >= 3) return i;
  throw new Error("no entity with three records");
};
const plants = { uncapped: 431, swapped: 1207, copied: copyTarget(1650) };
const defective = entityLedger(COUNT, plants);
const rowOf = (cell: string) => Number(cell.replace(/^[A-Z]+/, ""));

describe.each(Array.from({ length: 8 }, (_, i) => i))("ledger layout %i", (i) => {
  const layout = drawLedgerLayout(seeded(500 + i));

  test("the clean ledger gets no error and no warning", () => {
    const result = validate({ sheets: [renderLedger(clean, layout).sheet] }, BUILT_IN_TEMPLATES);
    expect(result.tables.map((t) => t.template)).toContain("financed-ledger");
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
  });

  test("each planted row error is an error at its row, and nothing else is", () => {
    const rendered = renderLedger(defective, layout);
    const result = validate({ sheets: [rendered.sheet] }, BUILT_IN_TEMPLATES);
    const errors = result.findings.filter((f) => f.severity === "error");
    for (const [kind, record] of Object.entries(plants)) {
      const row = rowOf(rendered.cellOf(record, "attributed"));
      expect({ kind, found: errors.some((f) => rowOf(f.cell) === row) }).toEqual({ kind, found: true });
    }
    const rows = Object.values(plants).map((r) => rowOf(rendered.cellOf(r, "attributed")));
    expect(result.findings.filter((f) => f.severity !== "info" && !rows.includes(rowOf(f.cell))).map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
  });
});
