/**
 * Proof by generalization: every scenario's consistent tables, and each planted defect, rendered
 * through random combinations of the layout transformations in ./generator/render.ts, must give the
 * same findings (rule, severity, the item that corresponds) as the canonical layout; a consistent
 * variant gives no error and no warning. GD_VARIANTS and GD_SEED widen the run locally, e.g.
 * `GD_VARIANTS=50000 GD_SEED=7 npx jest tests/validation/generator`.
 */
import { validate, ValidationResult } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { CANONICAL, drawLayout, Layout, render, Rendered, seeded } from "./generator/render";
import { Defect, SCENARIOS, Scenario } from "./generator/tables";
import { canonicalLedgerLayout, drawLedgerLayout, ledgerRecords, renderLedger } from "./generator/ledger";
import type { SheetLayout } from "../../src/workbook/layout";
import { a1, type SheetSnapshot } from "../../src/workbook/snapshot";
import { readXlsx } from "../../src/workbook/xlsx";
import { writeXlsx } from "../../src/workbook/xlsx-write";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { exceljsSnapshot } from "../helpers/exceljs-snapshot";

const VARIANTS = Number(process.env.GD_VARIANTS ?? 2400);
const SEED = Number(process.env.GD_SEED ?? 20261201);

/** A finding as the user would compare it across layouts: rule, severity and the item at its cell. */
function comparable(result: ValidationResult, rendered: Rendered): string[] {
  return result.findings.map((f) => `${f.rule} ${f.severity} @${rendered.where.get(`${f.sheet}!${f.cell}`) ?? `${f.sheet}!${f.cell} (no item)`}`).sort();
}

const expected = (defect: Defect | undefined) =>
  (defect?.expect ?? []).map((e) => `${e.rule} ${e.severity} @${e.template}/${e.row}/${e.col}${e.period ? `/${e.period}` : ""}`).sort();

/** Findings every layout of a scenario gives on consistent data (the implied grid factor is an info). */
const INFOS: Record<string, string[]> = {
  operations: ["ghg-scopes.implied-grid-factor info @ghg-scopes/scope2Electricity/total"],
};

interface Case {
  scenario: Scenario;
  defect?: Defect;
  periods: 1 | 2;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const scenario of SCENARIOS) {
    const shapes: (1 | 2)[] = scenario.tables.some((t) => t.periods) ? [1, 2] : [1];
    for (const periods of shapes) {
      out.push({ scenario, periods });
      for (const defect of scenario.defects) if (!defect.needsPeriods || periods === 2) out.push({ scenario, defect, periods });
    }
  }
  return out;
}

const canonicalLayout = (periods: 1 | 2): Layout => ({ ...CANONICAL, periods });
const run = (rendered: Rendered) => validate(rendered.workbook, BUILT_IN_TEMPLATES);
const name = (c: Case) => `${c.scenario.id}${c.defect ? `/${c.defect.id}` : ""}${c.periods === 2 ? " (two periods)" : ""}`;

describe("canonical layouts", () => {
  test.each(cases().map((c) => [name(c), c] as const))("%s gives exactly the planted findings", (_, c) => {
    const rendered = render(c.scenario, c.defect, canonicalLayout(c.periods), seeded(1));
    const result = run(rendered);
    expect(comparable(result, rendered)).toEqual([...expected(c.defect), ...(INFOS[c.scenario.id] ?? [])].sort());
    for (const table of c.scenario.tables) expect(result.tables.map((t) => t.template)).toContain(table.template);
  });
});

describe(`${VARIANTS} generated layouts (seed ${SEED})`, () => {
  const all = cases();
  const baseline = new Map<Case, string[]>();
  for (const c of all) {
    const rendered = render(c.scenario, c.defect, canonicalLayout(c.periods), seeded(1));
    baseline.set(c, comparable(run(rendered), rendered));
  }

  test("every variant gives the canonical layout's findings; consistent ones no error or warning", () => {
    const rng = seeded(SEED);
    const failures: string[] = [];
    for (let i = 0; i < VARIANTS; i++) {
      const c = all[Math.floor(rng() * all.length)];
      const layout = drawLayout(rng, c.scenario, c.periods);
      const rendered = render(c.scenario, c.defect, layout, rng);
      const result = run(rendered);
      const got = comparable(result, rendered);
      const want = baseline.get(c)!;
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        failures.push(
          `variant ${i} ${name(c)}: ${JSON.stringify({ layout: { ...layout, labels: undefined } })}\n  want ${want.join(" | ")}\n  got  ${got.join(" | ")}`,
        );
      }
      // Whenever a report has no finding, every check of every table found ran or did not apply.
      if (result.findings.length === 0) {
        const notRun = result.tables.flatMap((t) => t.checks.filter((k) => k.state === "not-run"));
        if (notRun.length > 0) failures.push(`variant ${i}: no finding, yet ${notRun.map((k) => k.rule).join(", ")} could not run`);
      }
      if (failures.length >= 5) break;
    }
    expect(failures).toEqual([]);
  });
});

describe("loan ledgers in bank wording", () => {
  const LEDGERS = Number(process.env.GD_LEDGER_VARIANTS ?? 300);
  const records = ledgerRecords(40);
  const defective = ledgerRecords(40, 17);

  test("the canonical ledger is recognised and consistent; a planted attribution error is found at its cell", () => {
    const layout = canonicalLedgerLayout();
    const clean = validate({ sheets: [renderLedger(records, layout).sheet] }, BUILT_IN_TEMPLATES);
    expect(clean.tables.map((t) => t.template)).toEqual(["financed-ledger"]);
    expect(clean.tables[0].checks.filter((c) => c.state === "not-run")).toEqual([]);
    expect(clean.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const rendered = renderLedger(defective, layout);
    const found = validate({ sheets: [rendered.sheet] }, BUILT_IN_TEMPLATES).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => `${f.rule}@${f.cell}`)).toEqual([`financed-ledger.attributed@${rendered.cellOf(17, "attributed")}`]);
  });

  test(`${LEDGERS} ledger layouts (wording, column order, 元 / 万元, 吨 / tCO2e, titles, offsets) give the same findings`, () => {
    const rng = seeded(SEED + 1);
    const failures: string[] = [];
    for (let i = 0; i < LEDGERS && failures.length < 5; i++) {
      const layout = drawLedgerLayout(rng);
      const rendered = renderLedger(defective, layout);
      const result = validate({ sheets: [rendered.sheet] }, BUILT_IN_TEMPLATES);
      const errors = result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
      const want = [`financed-ledger.attributed@${rendered.cellOf(17, "attributed")}`];
      if (JSON.stringify(errors) !== JSON.stringify(want))
        failures.push(`ledger variant ${i} ${JSON.stringify(layout)}: want ${want} got ${errors.join(" | ")}`);
    }
    expect(failures).toEqual([]);
  });
});

describe("generated layouts through a real .xlsx file", () => {
  /** A snapshot as a sheet to write: numbers keep their shown decimals as a number format. */
  const toLayout = (s: SheetSnapshot): SheetLayout => {
    return {
      name: s.name,
      merges: s.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
      rows: s.cells.map((row) =>
        Array.from({ length: row.length }, (_, c) => {
          const cell = row[c];
          if (!cell || cell.value === null) return null;
          if (typeof cell.value !== "number") return String(cell.value);
          const d = cell.decimals ?? 0;
          const digits = d > 0 ? `0.${"0".repeat(d)}` : "0";
          return { value: cell.value, numFmt: cell.percent ? `${digits}%` : digits };
        }),
      ),
    };
  };

  test("written with ExcelJS and read back by the CLI's reader, 60 variants give ExcelJS's snapshot and the canonical findings", async () => {
    const rng = seeded(SEED + 2);
    const all = cases();
    const failures: string[] = [];
    for (let i = 0; i < 60; i++) {
      const c = all[Math.floor(rng() * all.length)];
      const layout = drawLayout(rng, c.scenario, c.periods);
      const rendered = render(c.scenario, c.defect, layout, rng);
      const bytes = await writeXlsx(rendered.workbook.sheets.map(toLayout));
      const read = await readXlsx(bytes);
      // The reader sees what ExcelJS's full model saw of the same file (the differential check).
      if (JSON.stringify(snapshotCells(read)) !== JSON.stringify(snapshotCells(await exceljsSnapshot(bytes))))
        failures.push(`file variant ${i}: snapshot differs from ExcelJS's`);
      const got = comparable(validate(read, BUILT_IN_TEMPLATES), rendered);
      const want = comparable(validate(rendered.workbook, BUILT_IN_TEMPLATES), rendered);
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`file variant ${i} ${name(c)}:\n  want ${want.join(" | ")}\n  got  ${got.join(" | ")}`);
    }
    expect(failures).toEqual([]);
  }, 60000);
});

/** Every stored cell and merged area, in order: what two readers must agree on. */
function snapshotCells(workbook: WorkbookSnapshot) {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.cells.flatMap((row, r) => (row ? row.flatMap((cell, c) => (cell ? [[r, c, cell]] : [])) : [])),
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  }));
}
