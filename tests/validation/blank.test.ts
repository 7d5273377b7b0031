/**
 * An inserted template is a working sheet: filled in, every figure it computes (totals, shares,
 * weighted rates, per-capita values, =CARBON emissions) is one the validator accepts, and the
 * carbon reduction facility's statement is written from the table's totals.
 */
import { validate } from "../../src/validation/engine";
import { blankLayout } from "../../src/validation/blank";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { decimalsOfFormat, type SheetSnapshot, type SnapshotCell } from "../../src/workbook/snapshot";
import { FormulaError } from "../../src/core/errors";
import { seeded } from "./generator/render";
import { address, Sheet } from "../helpers/formula";

/** Kinds whose subject a blank computes with a formula. */
const COMPUTED = new Set(["sum", "ratio", "weightedMean", "perCapita", "shares"]);

function filled(templateId: string, seed: number) {
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === templateId)!;
  const layout = blankLayout(template, { formulas: true });
  const sheet = new Sheet(layout);
  const rng = seeded(seed);
  const header = layout.rows[2];
  layout.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || typeof cell !== "object" || cell.formula || cell.value !== null) return;
      const kind = cell.numFmt?.endsWith("%") ? "percent" : cell.numFmt === "0" ? "count" : "amount";
      // Left to right the figures grow, as running totals do (本季度 ≤ 本年度累计 ≤ 以来累计).
      const base = (c + 1) * (1 + rng());
      const value = kind === "percent" ? Math.round(rng() * 2000 + 100) / 100000 : kind === "count" ? Math.ceil(base * 10) : Math.round(base * 10000) / 100;
      sheet.set(address(r, c), value);
    }),
  );
  return { template, layout, sheet, header };
}

/** The sheet as Excel would save it after calculating: formulas with their values. */
function snapshotOf(name: string, layout: ReturnType<typeof blankLayout>, sheet: Sheet): SheetSnapshot {
  const cells: SnapshotCell[][] = layout.rows.map((row, r) =>
    row.map((_, c) => {
      const v = sheet.value(address(r, c));
      if (v instanceof FormulaError) throw new Error(`${address(r, c)} computes an error: ${v.message}`);
      // What the reader takes from the cell's number format: a percentage, and the decimals shown.
      const cell = layout.rows[r][c];
      const format = typeof cell === "object" && cell !== null ? decimalsOfFormat(cell.numFmt) : { percent: false };
      return { value: v === "" ? null : (v as SnapshotCell["value"]), ...(typeof v === "number" ? format : {}) };
    }),
  );
  return { name, cells, merges: [] };
}

const rowTemplates = BUILT_IN_TEMPLATES.filter((t) => t.layout !== "records");

describe("blank templates calculate once filled", () => {
  test.each(rowTemplates.map((t) => t.id))("%s: every computed figure passes its own check", (id) => {
    for (const seed of [1, 2, 3]) {
      const { template, layout, sheet } = filled(id, seed);
      const formulas = new Set(sheet.formulaCells());
      const snapshot = snapshotOf(layout.name, layout, sheet);
      const result = validate({ sheets: [snapshot] }, [template]);
      expect(result.tables.map((t) => t.template)).toContain(id);
      const kindOf = (rule: string) => template.rules.find((r) => `${template.id}.${r.id}` === rule)?.kind;
      const wrong = result.findings.filter((f) => formulas.has(f.cell) && COMPUTED.has(kindOf(f.rule) ?? "") && f.severity !== "info");
      expect(wrong).toEqual([]);
    }
  });

  test("templates with =CARBON rows compute their emissions from the activity data", () => {
    const withCompute = rowTemplates.filter((t) => t.rows.some((r) => r.compute));
    expect(withCompute.length).toBeGreaterThan(0);
    for (const t of withCompute) {
      const { sheet } = filled(t.id, 7);
      const computed = sheet.formulaCells().filter((ref) => /CARBON\./.test(sheet.formulaOf(ref) ?? ""));
      expect(computed.length).toBe(t.rows.filter((r) => r.compute).length);
      for (const ref of computed) expect(typeof sheet.value(ref)).toBe("number");
    }
  });

  test("the facility's statement is written from the table's totals, in the printed format", () => {
    const { layout, sheet } = filled("facility-disclosure", 4);
    const at = (label: string) => layout.rows.findIndex((row) => row[0] === label);
    const total = at("合计");
    const headerRow = layout.rows[2];
    const col = (zh: string) => headerRow.findIndex((h) => typeof h === "object" && h !== null && String(h.value).startsWith(zh));
    const value = (zh: string) => sheet.value(address(total, col(zh))) as number;
    const paragraphs = layout.rows.map((row, r) => (typeof row[0] === "object" && row[0]?.formula ? String(sheet.value(address(r, 0))) : "")).filter(Boolean);
    expect(paragraphs).toHaveLength(5);
    const quarter = paragraphs[1];
    const money = (n: number) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    expect(quarter).toContain(`合计向${value("本季度新发放·支持的项目数量")}个项目发放碳减排贷款${money(value("本季度新发放·贷款金额"))}万元`);
    expect(quarter).toContain(`贷款加权平均利率${(value("本季度新发放·加权平均利率") * 100).toFixed(2)}%`);
    expect(paragraphs[0]).toMatch(/^根据中国人民银行相关规定，\d/);
    // With the inputs blank the statement keeps placeholders rather than running words together.
    const blank = new Sheet(
      blankLayout(
        BUILT_IN_TEMPLATES.find((t) => t.id === "facility-disclosure")!,
        { formulas: true },
      ),
    );
    const first = blank.formulaCells().find((ref) => /^A\d+$/.test(ref) && String(blank.value(ref)).startsWith("根据"))!;
    expect(String(blank.value(first))).toContain("〔机构名称〕");
  });
});
