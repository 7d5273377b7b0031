/**
 * The template packs against the published figures they were built on (Anji's 湖州 brief) and the
 * carbon reduction facility's disclosure, plus the green finance catalogue's area names.
 */
import { validate, ValidationResult } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES, findPack, PACKS, templatesOfPack } from "../../src/validation/templates";
import { areaVerdict, catalogueApplies } from "../../src/validation/catalogue";
import { readCell } from "../../src/validation/cells";
import { parseTemplateFile } from "../../src/validation/schema";
import { compactToSnapshot, CompactSheet } from "../../src/workbook/compact";
import ANJI from "../../samples/data/anji-2021q3.json";
import FACILITY from "../../samples/data/facility-2024q2-example.json";
import AREAS from "../../samples/data/green-areas-2025-example.json";
import GUIZHOU from "../../samples/data/guizhou-2021-example.json";

type Sample = { sheets: CompactSheet[] };

/** A sample with some cells changed: sheet index, row and column (0-based), new compact value. */
function check(sample: Sample, changes: [number, number, number, string | null][] = []): ValidationResult {
  const sheets: CompactSheet[] = JSON.parse(JSON.stringify(sample.sheets));
  for (const [s, r, c, v] of changes) sheets[s].rows[r][c] = v;
  return validate({ sheets: sheets.map((x) => compactToSnapshot(x)) }, BUILT_IN_TEMPLATES);
}

const errorsAndWarnings = (r: ValidationResult) => r.findings.filter((f) => f.severity !== "info");
const checksOf = (r: ValidationResult, template: string) => r.tables.find((t) => t.template === template)!.checks;

describe("packs", () => {
  test("every template is in a pack and every pack has templates", () => {
    for (const t of BUILT_IN_TEMPLATES) expect((t.packs ?? []).length).toBeGreaterThan(0);
    for (const p of PACKS) expect(templatesOfPack(p.id).length).toBeGreaterThan(0);
  });

  test("a pack is found by id, Chinese name or alias, in any case", () => {
    expect(findPack("湖州")?.id).toBe("huzhou");
    expect(findPack("Huzhou (quarterly brief)")?.id).toBe("huzhou");
    expect(findPack("碳减排支持工具")?.id).toBe("facility");
    expect(findPack("CERF")?.id).toBe("facility");
    expect(findPack("上海")).toBeUndefined();
  });
});

describe("湖州: Anji Rural Commercial Bank's 2021 Q3 brief as published", () => {
  const result = check(ANJI);

  test("its three tables are found and pass: 587591 ÷ 2679011 = 21.93 %, per capita from one headcount", () => {
    expect(result.tables.map((t) => t.template).sort()).toEqual(["financing-impact", "huzhou-green-branches", "operating-impact"]);
    expect(errorsAndWarnings(result)).toEqual([]);
    expect(checksOf(result, "financing-impact").find((c) => c.rule === "financing-impact.green-share")?.state).toBe("ran");
    expect(checksOf(result, "operating-impact").find((c) => c.rule === "operating-impact.per-capita")?.state).toBe("ran");
  });

  test("a wrong share is an error at its cell", () => {
    const wrong = check(ANJI, [[2, 4, 2, "=22.93"]]);
    expect(wrong.findings).toEqual([expect.objectContaining({ rule: "financing-impact.green-share", severity: "error", sheet: "表3 投融资", cell: "C5" })]);
  });

  test("the paper row's 人均 in 千克 is converted: read as tonnes it would contradict the headcount of about 696", () => {
    const unconverted = check(ANJI, [[1, 5, 3, "=0.85"]]);
    const finding = unconverted.findings.find((f) => f.rule === "operating-impact.per-capita")!;
    expect(finding).toMatchObject({ severity: "error", cell: "D6" });
    expect(finding.message.zh).toMatch(/其他各行对应员工数约 69[67]/);
  });

  test("a sub-branch without 批复时间 is accepted; a share above 100 % is not", () => {
    expect(check(ANJI, [[0, 3, 1, null]]).findings).toEqual([]);
    const over = check(ANJI, [[0, 4, 3, "%143.47"]]);
    expect(over.findings).toEqual([expect.objectContaining({ rule: "huzhou-green-branches.branch-share", cell: "D5" })]);
  });

  test("a total row under the sub-branches must be their sum", () => {
    const withTotal: Sample = JSON.parse(JSON.stringify(ANJI));
    withTotal.sheets[0].rows.push(["合计", null, "=9.97", null, "=1907", "=27"]);
    expect(check(withTotal).findings).toEqual([expect.objectContaining({ rule: "huzhou-green-branches.branches-total", severity: "error", cell: "C6" })]);
    withTotal.sheets[0].rows[5][2] = "=8.97";
    expect(check(withTotal).findings).toEqual([]);
  });

  test("the local-standard caliber (地标) is a row of its own, never added to or divided as the PBoC one", () => {
    const withLocal: Sample = JSON.parse(JSON.stringify(ANJI));
    withLocal.sheets[2].rows.splice(5, 0, [null, "地标绿色贷款余额(万元)", "=1366800", "必选项"]);
    const r = check(withLocal);
    expect(errorsAndWarnings(r)).toEqual([]);
    const mapping = r.tables.find((t) => t.template === "financing-impact")!.mapping.rows;
    expect(mapping.find((m) => m.id === "greenLoansLocal")?.cells).toEqual(["B6"]);
    expect(mapping.find((m) => m.id === "greenLoans")?.cells).toEqual(["B3"]);
  });
});

describe("carbon reduction facility quarterly disclosure", () => {
  const SHEET = 0;
  test("the example passes every check and says what ran", () => {
    const r = check(FACILITY);
    expect(r.findings).toEqual([]);
    expect(r.tables[0].checks.filter((c) => c.state === "ran")).toHaveLength(r.tables[0].checks.length);
    expect(r.tables[0].period).toBeUndefined();
  });

  test("group headers typed once above their columns, unmerged, are read the same", () => {
    const unmerged: Sample = JSON.parse(JSON.stringify(FACILITY));
    unmerged.sheets[0].merges = [];
    const r = check(unmerged);
    expect(r.findings).toEqual([]);
    expect(r.tables[0].mapping.columns.map((c) => c.id)).toHaveLength(12);
  });

  test("本季度 above 本年度累计 is an error at the quarter's cell", () => {
    // 清洁能源: 35 projects this quarter, 30 in the year to date (the 合计 kept consistent).
    const r = check(FACILITY, [
      [SHEET, 4, 1, "=35"],
      [SHEET, 7, 1, "=41"],
    ]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: "facility-disclosure.running-count", severity: "error", cell: "B5", related: ["F5"] })]);
    expect(r.findings[0].message.zh).toContain("本季度新发放·支持的项目数量");
  });

  test("a 合计 amount that is not the sum of the areas is an error at 合计", () => {
    const r = check(FACILITY, [[SHEET, 7, 6, "=279,600.00"]]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: "facility-disclosure.year-amount-total", severity: "error", cell: "G8" })]);
  });

  test("the 合计 rate is the amount-weighted mean of the areas' rates, and never outside them", () => {
    const r = check(FACILITY, [[SHEET, 7, 3, "=3.20"]]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: "facility-disclosure.quarter-rate-total", severity: "error", cell: "D8" })]);
    // Without an area's rate the mean is unknown, but 3.60 lies outside 3.05–3.20.
    const partial = check(FACILITY, [
      [SHEET, 6, 3, "—"],
      [SHEET, 7, 3, "=3.60"],
    ]);
    expect(partial.findings.map((f) => f.rule)).toEqual(["facility-disclosure.quarter-rate-total"]);
    expect(partial.findings[0].message.zh).toContain("加权平均值不能超出各项的范围");
  });

  test("a reduction per 万元 far outside what banks report is a warning that gives the band's source", () => {
    const r = check(FACILITY, [
      [SHEET, 6, 12, "=253,800.00"],
      [SHEET, 7, 12, "=2,598,480.00"],
    ]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: "facility-disclosure.since-reduction-per-amount", severity: "warning", cell: "M7" })]);
    expect(r.findings[0].message.zh).toContain("七家银行");
  });

  test("an area without loans (—) adds nothing; a 2026 area row counts in the total", () => {
    const none = check(FACILITY, [
      [SHEET, 6, 1, "—"],
      [SHEET, 6, 2, "—"],
      [SHEET, 6, 3, "—"],
      [SHEET, 6, 4, "—"],
      [SHEET, 7, 1, "=17"],
      [SHEET, 7, 2, "=109,000.00"],
      [SHEET, 7, 3, "=3.08"],
      [SHEET, 7, 4, "=290,532.00"],
    ]);
    expect(errorsAndWarnings(none)).toEqual([]);
    const extra: Sample = JSON.parse(JSON.stringify(FACILITY));
    const row = ["能源绿色低碳转型", "=1", "=1,000.00", "=3.00", "=2,000.00", "=1", "=1,000.00", "=3.00", "=2,000.00", "=1", "=1,000.00", "=3.00", "=2,000.00"];
    extra.sheets[0].rows.splice(7, 0, row);
    expect(check(extra).findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(
      expect.arrayContaining(["facility-disclosure.quarter-count-total@B9", "facility-disclosure.quarter-amount-total@C9"]),
    );
  });
});

describe("贵州 units and the 2025 green catalogue", () => {
  test("度 is 千瓦时 and paper may be counted in 张; electricity in 立方米 is an error", () => {
    expect(errorsAndWarnings(check(GUIZHOU))).toEqual([]);
    const wrong = check(GUIZHOU, [[0, 7, 2, "立方米"]]);
    expect(wrong.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["cell.unit@D8"]);
  });

  test("area names: the 2025 areas pass; a 2019/2021 category is a warning after 2025-10-01, fine before; a made-up one is an error", () => {
    expect(errorsAndWarnings(check(AREAS))).toEqual([]);
    const legacy = check(AREAS, [
      [0, 1, 1, "2025年末贷款余额（亿元）"],
      [0, 5, 0, "清洁能源产业"],
    ]);
    expect(legacy.findings).toEqual([expect.objectContaining({ rule: "green-loans-by-area.area-names", severity: "warning", cell: "A6" })]);
    expect(legacy.findings[0].message.zh).toContain("能源绿色低碳转型");
    expect(legacy.findings[0].message.zh).toContain("未经官方对照");
    // Without a dated header the warning says the older names may still apply.
    expect(check(AREAS, [[0, 5, 0, "清洁能源产业"]]).findings[0].message.zh).toContain("若本表期间早于 2025-10-01");
    // A header that dates the table before 2025-10-01: the older categories were right then.
    const earlier = check(AREAS, [
      [0, 1, 1, "2024年末贷款余额（亿元）"],
      [0, 5, 0, "清洁能源产业"],
    ]);
    expect(earlier.findings).toEqual([]);
    const madeUp = check(AREAS, [[0, 5, 0, "绿色交通产业"]]);
    expect(madeUp.findings).toEqual([expect.objectContaining({ rule: "green-loans-by-area.area-names", severity: "error", cell: "A6" })]);
  });

  test("a ledger's column of areas is checked the same way (a bank's own template)", () => {
    const template = {
      id: "green-ledger",
      title: { zh: "绿色贷款台账", en: "green-loan ledger" },
      source: "a bank's own ledger",
      layout: "records",
      anchors: ["绿色贷款台账"],
      columns: [
        { id: "borrower", label: { zh: "借款人", en: "borrower" }, patterns: ["^借款人$"], kind: "text" },
        { id: "area", label: { zh: "绿色领域", en: "area" }, patterns: ["领域$"], kind: "text" },
        { id: "balance", label: { zh: "余额", en: "balance" }, patterns: ["余额"] },
      ],
      rows: [{ id: "loans", label: { zh: "贷款", en: "loan" }, patterns: [".*"], repeat: true }],
      rules: [{ id: "areas", kind: "catalogueArea", title: { zh: "领域", en: "areas" }, rows: "loans", column: "area" }],
    };
    const parsed = parseTemplateFile(JSON.stringify(template));
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const ledger = compactToSnapshot({
      name: "台账",
      merges: [],
      rows: [["绿色贷款台账"], ["借款人", "绿色领域", "余额"], ["甲公司", "绿色服务", "=100"], ["乙公司", "绿色交通", "=200"]],
    });
    const r = validate({ sheets: [ledger] }, parsed.templates);
    expect(r.findings).toEqual([expect.objectContaining({ rule: "green-ledger.areas", severity: "error", cell: "B4" })]);
  });

  test("areaVerdict and the effective date", () => {
    expect(areaVerdict("节能降碳产业").kind).toBe("current");
    expect(areaVerdict("其中：绿色贸易").kind).toBe("current");
    expect(areaVerdict("Green services").kind).toBe("current");
    expect(areaVerdict("节能环保产业")).toEqual({ kind: "legacy", of: expect.any(Array), suggestions: ["节能降碳产业", "环境保护产业", "资源循环利用产业"] });
    expect(catalogueApplies("2025-09")).toBe(false);
    expect(catalogueApplies("2025Q4")).toBe(true);
    expect(catalogueApplies("2025-opening")).toBe(false);
    expect(catalogueApplies(undefined)).toBeUndefined();
  });
});

describe("a figure with its unit in the cell", () => {
  test.each([
    ["0.85(千克)", 0.85, "千克"],
    ["0.85（千克）", 0.85, "千克"],
    ["3,471 升", 3471, "升"],
    ["12个", 12, "个"],
  ])("%s reads as %d %s", (text, value, unit) => {
    expect(readCell({ value: text })).toMatchObject({ kind: "number", value, unit });
  });
  test.each(["2019年", "约0.85", "0.85(注1)", "1,2,3"])("%s stays text", (text) => {
    expect(readCell({ value: text }).kind).not.toBe("number");
  });
});

describe("units in findings", () => {
  test("a ratio finding states the ratio and its unit, not the numerator's figure", () => {
    const r = check(FACILITY, [
      [0, 6, 12, "=253,800.00"],
      [0, 7, 12, "=2,598,480.00"],
    ]);
    expect(r.findings[0]).toMatchObject({ expected: 10, actual: expect.closeTo(253800 / 18000, 6), unit: "t/万元" });
  });
  test("a sum finding is in the template's unit, on both sides", () => {
    const r = check(FACILITY, [[0, 7, 6, "=279,600.00"]]);
    expect(r.findings[0]).toMatchObject({ expected: 269600, actual: 279600, unit: "万元" });
    expect(r.findings[0].message.zh).toContain("报告值 279,600.00，计算值 269,600.00，相差 +10,000.00");
  });
});

describe("a wrong scale says the likely unit mix-up", () => {
  test("a green share computed from 万元 over 亿元 (×10,000) names 万元 and 亿元", () => {
    // Anji's 各项贷款余额 typed in 亿元 (267.9011) under a 万元 label: the share comes out 10,000 times too large.
    const r = check(ANJI, [[2, 3, 2, "=267.9011"]]);
    const f = r.findings.find((x) => x.rule === "financing-impact.green-share")!;
    expect(f.message.zh).toContain("报告值约为计算值的 10,000 倍，可能是单位混用（万元与亿元");
    expect(f.message.en).toContain("probably a unit mix-up");
  });
  test("a plain arithmetic slip gets no such guess", () => {
    const r = check(ANJI, [[2, 4, 2, "=22.93"]]);
    expect(r.findings[0].message.zh).not.toContain("单位混用");
  });
});
