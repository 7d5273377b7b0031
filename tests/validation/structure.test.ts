/**
 * Tables no template knows (checked here with no template at all, as a table of a bank nobody
 * wrote a template for): the same facts rendered in eleven shapes (see ./generator/structure.ts)
 * must give the same findings — every planted footing, share, growth, per-capita, unit, 其中,
 * activity × factor and tie-out defect an error at its cell (or the one related cell), and the
 * consistent twin no error and no warning. GD_STRUCTURE_SEEDS widens the run locally.
 */
import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { seeded } from "./generator/render";
import { BASE, DEFECTS, generate, SHAPES, unrelatedFigures } from "./generator/structure";

const NO_TEMPLATES: typeof BUILT_IN_TEMPLATES = [];
const SEEDS = Number(process.env.GD_STRUCTURE_SEEDS ?? 6);
/** An address as the generator names it: bare on the first sheet, with its sheet's name elsewhere. */
const at = (f: { sheet: string; cell: string }, sheets: string[]) => {
  const [sheet, cell] = f.cell.includes("!") ? f.cell.split("!") : [f.sheet, f.cell];
  return sheet === sheets[0] ? cell : `${sheet}!${cell}`;
};

describe.each(Object.entries(SHAPES))("shape %s", (_, partial) => {
  const shape = { ...BASE, ...partial };

  test("the consistent twin gets no error and no warning, and its checks ran", () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { workbook } = generate(seeded(seed), shape);
      const result = validate(workbook, NO_TEMPLATES);
      const sheets = workbook.sheets.map((s) => s.name);
      expect(result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${at(f, sheets)} ${f.message.en}`)).toEqual([]);
      const ran = new Set(result.tables.flatMap((t) => t.checks.filter((c) => c.state === "ran").map((c) => c.rule)));
      for (const kind of ["footing", "share", "growth", "per-capita", "activity-factor", "named", "tie-out", "of-which"])
        expect(ran).toContain(`structure.${kind}`);
    }
  });

  test.each(DEFECTS)("a planted %s defect is an error at its cell (or the one related cell), and nothing else is", (defect) => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { workbook, expectAt } = generate(seeded(seed), shape, defect);
      const sheets = workbook.sheets.map((s) => s.name);
      const findings = validate(workbook, NO_TEMPLATES).findings.filter((f) => f.severity !== "info");
      // At its cell, or at the one related cell that names it (a total, a tie-out's other printing).
      const touches = (f: (typeof findings)[number]) => [f.cell, ...f.related].some((c) => expectAt.includes(at({ sheet: f.sheet, cell: c }, sheets)));
      expect({ seed, found: findings.some((f) => f.severity === "error" && touches(f)) }).toEqual({ seed, found: true });
      expect({ seed, stray: findings.filter((f) => !touches(f)).map((f) => `${f.rule} ${at(f, sheets)} ${f.message.en}`) }).toEqual({ seed, stray: [] });
    }
  });
});

describe.each(Object.entries(SHAPES))("shape %s, every built-in template on offer (none chosen)", (_, partial) => {
  const shape = { ...BASE, ...partial };
  // Some of these tables resemble templates (green loans by area, resources, key indicators): a template may read them,
  // but no template may raise an error or warning the table itself contradicts.
  test("the consistent twin gets no error and no warning", () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { workbook } = generate(seeded(seed), shape);
      const sheets = workbook.sheets.map((s) => s.name);
      const result = validate(workbook, BUILT_IN_TEMPLATES);
      expect(result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${at(f, sheets)} ${f.message.en}`)).toEqual([]);
    }
  });

  test.each(DEFECTS)("a planted %s defect is an error at its cell, and every other finding names that cell", (defect) => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { workbook, expectAt } = generate(seeded(seed), shape, defect);
      const sheets = workbook.sheets.map((s) => s.name);
      const findings = validate(workbook, BUILT_IN_TEMPLATES).findings.filter((f) => f.severity !== "info");
      const touches = (f: (typeof findings)[number]) => [f.cell, ...f.related].some((c) => expectAt.includes(at({ sheet: f.sheet, cell: c }, sheets)));
      expect({ seed, found: findings.some((f) => f.severity === "error" && touches(f)) }).toEqual({ seed, found: true });
      expect({ seed, stray: findings.filter((f) => !touches(f)).map((f) => `${f.rule} ${at(f, sheets)} ${f.message.en}`) }).toEqual({ seed, stray: [] });
    }
  });
});

test("labelled figures with no stated relation (two branches adding up to a third) get no error and no warning", () => {
  for (let seed = 1; seed <= SEEDS * 5; seed++) {
    const result = validate(unrelatedFigures(seeded(seed)), BUILT_IN_TEMPLATES);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.filter((f) => f.severity === "warning").map((f) => f.rule)).toEqual(["coverage.no-relation"]);
  }
});
