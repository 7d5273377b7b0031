/**
 * Templates as an overlay on the table's own structure: a local pack's templates are looked for only
 * where the workbook names the pack (or the user chose it); a template whose required columns a table
 * lacks says so as a note, not an error, while the structural checks still check the table.
 */
import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES, templatesOfPack } from "../../src/validation/templates";
import { compactToSnapshot, CompactSheet } from "../../src/workbook/compact";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/snapshot";
import GUIZHOU from "../../samples/data/guizhou-2021-example.json";

const workbook = (sheets: CompactSheet[]): WorkbookSnapshot => ({ sheets: sheets.map((s) => compactToSnapshot(s)) });
const serious = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("a local pack's templates", () => {
  const named = GUIZHOU.sheets as CompactSheet[];
  // The same table under a title that names neither 贵州 nor its document.
  const unnamed = named.map((s) => ({ ...s, name: "Sheet1", rows: s.rows.map((r, i) => (i === 0 ? ["指标情况"] : r)) }));

  test("apply where the workbook names its document", () => {
    expect(validate(workbook(named), BUILT_IN_TEMPLATES).tables.map((t) => t.template)).toContain("guizhou-environment-kpi");
  });

  test("are not looked for where it does not; the table is still read by its structure", () => {
    const result = validate(workbook(unnamed), BUILT_IN_TEMPLATES);
    expect(result.tables.map((t) => t.template)).not.toContain("guizhou-environment-kpi");
    expect(result.tables.length).toBeGreaterThan(0);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("apply when the user chose the pack", () => {
    const result = validate(workbook(unnamed), templatesOfPack("guizhou"), { chosen: true });
    expect(result.tables.map((t) => t.template)).toContain("guizhou-environment-kpi");
  });
});

describe("an English scope table the GHG template does not fit", () => {
  const sheet = (total: number): WorkbookSnapshot => {
    const rows: CellValue[][] = [
      ["GHG emissions (tCO2e)"],
      ["Scope", "FY2023", "FY2024"],
      ["Scope 1", 120.5, 118.25],
      ["Scope 2", 300.1, 290.3],
      ["Total (Scope 1 + 2)", 420.6, total],
      ["Scope 3", "N/A", "N/A"],
    ];
    return {
      sheets: [
        {
          name: "GHG",
          cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v, decimals: typeof v === "number" ? 2 : undefined }))),
          merges: [],
        },
      ],
    };
  };

  test("gets no error or warning from the template, and its total is footed", () => {
    const result = validate(sheet(408.55), BUILT_IN_TEMPLATES);
    expect(serious(result)).toEqual([]);
    const checks = result.tables.flatMap((t) => t.checks);
    expect(checks.filter((c) => c.rule === "structure.footing" && c.state === "ran").length).toBe(2);
    expect(checks.find((c) => c.rule === "structure.footing")?.assumed?.en).toContain("read as the sum of rows 3, 4");
  });

  test("a wrong total is an error at its cell", () => {
    const result = validate(sheet(418.55), BUILT_IN_TEMPLATES);
    expect(serious(result)).toEqual(["structure.footing@C5"]);
    expect(result.findings[0]).toMatchObject({ severity: "error", expected: 408.55, actual: 418.55 });
  });

  test("chosen by its pack, the template's missing column is an error again", () => {
    const result = validate(sheet(408.55), templatesOfPack("national"), { chosen: true });
    expect(serious(result)).toContain("column.required@A1");
  });
});

test("a block too long to read as a table, that no ledger claims, is said to be unchecked, never passed over", () => {
  const rows: CellValue[][] = [["网点", "存款"], ...Array.from({ length: 6000 }, (_, i) => [`网点${i + 1}`, 100 + i])];
  const big: WorkbookSnapshot = { sheets: [{ name: "明细", cells: rows.map((r) => r.map((v) => ({ value: v }))), merges: [] }] };
  const result = validate(big, BUILT_IN_TEMPLATES);
  expect(result.tables).toMatchObject([{ template: "", range: "A1:B6001", checks: [{ rule: "structure.unplaced", state: "not-run" }] }]);
  expect(result.findings).toMatchObject([
    { rule: "coverage.check-not-run", severity: "warning", cell: "A1", message: { zh: expect.stringContaining("6,001 行") } },
  ]);
});
