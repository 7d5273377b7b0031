/**
 * Tables no template knows (checked here with no template at all, as a table of a bank nobody
 * wrote a template for): the same facts rendered in every shape of SHAPES (see ./generator/structure.ts)
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

type Shape = typeof BASE;
type Templates = typeof BUILT_IN_TEMPLATES;
const serious = (templates: Templates, workbook: Parameters<typeof validate>[0]) => validate(workbook, templates).findings.filter((f) => f.severity !== "info");

/** The consistent twin: no error and no warning. */
function expectClean(shape: Shape, templates: Templates): void {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const { workbook } = generate(seeded(seed), shape);
    const sheets = workbook.sheets.map((s) => s.name);
    expect(serious(templates, workbook).map((f) => `${f.rule} ${at(f, sheets)} ${f.message.en}`)).toEqual([]);
  }
}

/** A planted defect: an error at its cell, or at the one related cell that names it (a total, a tie-out's other printing); no finding elsewhere. */
function expectFound(shape: Shape, templates: Templates, defect: (typeof DEFECTS)[number]): void {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const { workbook, expectAt } = generate(seeded(seed), shape, defect);
    const sheets = workbook.sheets.map((s) => s.name);
    const findings = serious(templates, workbook);
    const touches = (f: (typeof findings)[number]) => [f.cell, ...f.related].some((c) => expectAt.includes(at({ sheet: f.sheet, cell: c }, sheets)));
    expect({ seed, found: findings.some((f) => f.severity === "error" && touches(f)) }).toEqual({ seed, found: true });
    expect({ seed, stray: findings.filter((f) => !touches(f)).map((f) => `${f.rule} ${at(f, sheets)} ${f.message.en}`) }).toEqual({ seed, stray: [] });
  }
}

describe.each(Object.entries(SHAPES))("shape %s", (_, partial) => {
  const shape = { ...BASE, ...partial };

  test("the consistent twin gets no error and no warning, and its checks ran", () => {
    expectClean(shape, NO_TEMPLATES);
    for (let seed = 1; seed <= SEEDS; seed++) {
      const tables = validate(generate(seeded(seed), shape).workbook, NO_TEMPLATES).tables;
      const ran = new Set(tables.flatMap((t) => t.checks.filter((c) => c.state === "ran").map((c) => c.rule)));
      for (const kind of ["footing", "share", "growth", "per-capita", "activity-factor", "named", "tie-out", "of-which"])
        expect(ran).toContain(`structure.${kind}`);
    }
  });

  test.each(DEFECTS)("a planted %s defect is an error at its cell (or the one related cell), and nothing else is", (defect) =>
    expectFound(shape, NO_TEMPLATES, defect),
  );
});

describe.each(Object.entries(SHAPES))("shape %s, every built-in template on offer (none chosen)", (_, partial) => {
  const shape = { ...BASE, ...partial };
  // Some of these tables resemble templates (green loans by area, resources, key indicators): a template may read them,
  // but no template may raise an error or warning the table itself contradicts.
  test("the consistent twin gets no error and no warning", () => expectClean(shape, BUILT_IN_TEMPLATES));

  test.each(DEFECTS)("a planted %s defect is an error at its cell, and every other finding names that cell", (defect) =>
    expectFound(shape, BUILT_IN_TEMPLATES, defect),
  );
});

test("labelled figures with no stated relation (two branches adding up to a third) get no error and no warning", () => {
  for (let seed = 1; seed <= SEEDS * 5; seed++) {
    const result = validate(unrelatedFigures(seeded(seed)), BUILT_IN_TEMPLATES);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.filter((f) => f.severity === "warning").map((f) => f.rule)).toEqual(["coverage.no-relation"]);
  }
});
