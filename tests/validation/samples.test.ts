import fs from "fs";
import path from "path";
import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { readXlsx } from "../../src/workbook/xlsx";

const SAMPLES = path.resolve(__dirname, "../../samples");

async function check(file: string) {
  return validate(await readXlsx(fs.readFileSync(path.join(SAMPLES, file))), BUILT_IN_TEMPLATES);
}

describe("Anlong 2021 as published", () => {
  let result: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    result = await check("anlong-2021.xlsx");
  });

  test("finds the key-indicator, industry, summary, benefit, scope and resource tables", () => {
    const found = result.tables.map((t) => `${t.template}@${t.sheet}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "green-loan-indicators@1.2 绿色金融关键指标",
        "green-loan-indicators@7 投融资活动环境影响",
        "financed-by-industry@7 投融资活动环境影响",
        "financed-summary@7 投融资活动环境影响",
        "green-loan-benefits@7 投融资活动环境影响",
        "ghg-scopes@8 经营活动环境影响",
        "resource-consumption@8 经营活动环境影响",
      ]),
    );
  });

  test("the corporate green share 11.04 % is an error at its cell: 0.4530 ÷ 3.9204 = 11.55 %", () => {
    const finding = result.findings.find((f) => f.sheet === "1.2 绿色金融关键指标" && f.cell === "C12");
    expect(finding).toMatchObject({ rule: "green-loan-indicators.corporate-green-share", severity: "error", actual: 0.1104 });
    expect(finding!.expected).toBeCloseTo(0.453 / 3.9204, 4);
    expect(finding!.related).toEqual(["C11", "C10"]);
    expect(finding!.message.zh).toContain("报告值 11.04%，计算值 11.55%，相差 −0.51 pp");
    expect(finding!.message.en).toContain("reported 11.04%");
  });

  test("the whole-bank share 1.19 % and the retail 0.24 % are not flagged", () => {
    expect(result.findings.filter((f) => /green-share/.test(f.rule) && !/corporate/.test(f.rule))).toEqual([]);
  });

  test("the scope and industry tables give no error; K and Q shares, nudged to reach 100 %, give warnings", () => {
    const tables = new Set(["ghg-scopes", "financed-by-industry", "financed-summary", "resource-consumption", "green-loan-benefits"]);
    expect(result.findings.filter((f) => tables.has(f.template) && f.severity === "error")).toEqual([]);
    const warnings = result.findings.filter((f) => f.template === "financed-by-industry" && f.severity === "warning");
    expect(warnings.map((f) => f.cell).sort()).toEqual(["C6", "C8"]);
  });

  test("the only errors are the corporate share, in both printings of the table", () => {
    expect(result.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      "1.2 绿色金融关键指标!C12",
      "7 投融资活动环境影响!B26",
    ]);
  });

  test("the implied grid factor 317.49 t ÷ 602,333 kWh is the 2012 南方 average (also 2023 华中), outdated", () => {
    const finding = result.findings.find((f) => f.rule === "ghg-scopes.implied-grid-factor")!;
    expect(finding.message.en).toContain("南方 2012 (0.5271)");
    expect(finding.message.en).toContain("南方 2023 (0.4042)");
    expect(finding.message.zh).toContain("已过时");
  });
});

describe("the published tables with no template at all, read by their own structure", () => {
  const bare = async (file: string) => validate(await readXlsx(fs.readFileSync(path.join(SAMPLES, file))), []);

  test("Anlong's corporate green share 11.04 % is an error in both printings, from the label's own words; nothing else is", async () => {
    const result = await bare("anlong-2021.xlsx");
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
      "structure.named 1.2 绿色金融关键指标!C12",
      "structure.named 7 投融资活动环境影响!B26",
    ]);
    expect(errors[0].expected).toBeCloseTo(0.453 / 3.9204, 4);
    // The K and Q shares nudged to reach 100 % are rounding adjustments, as the template says.
    expect(result.findings.filter((f) => f.rule === "structure.share").map((f) => `${f.severity} ${f.cell}`)).toEqual(["warning C6", "warning C8"]);
  });

  test("Kunlun's and Anji's tables give no error", async () => {
    for (const file of ["kunlun-2025q1.xlsx", "anji-2021q3.xlsx"]) expect((await bare(file)).findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("Kunlun 2025 Q1 tables 4 and 5 as published", () => {
  let result: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    result = await check("kunlun-2025q1.xlsx");
  });

  test("both tables are found", () => {
    expect(result.tables.map((t) => t.template)).toEqual(["operating-impact", "financing-impact"]);
  });

  test("no error: one headcount (3,154) explains every per-capita value, 0.00 and 0.01 included; 3.70 % is right", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.filter((f) => f.rule.includes("per-capita") || f.rule.includes("green-share"))).toEqual([]);
  });

  test("SO2 and NOx per tonne of coal saved are flagged as implausible (warnings)", () => {
    const rules = result.findings.map((f) => `${f.severity} ${f.rule}`);
    expect(rules).toEqual(["warning financing-impact.so2-per-coal", "warning financing-impact.nox-per-coal"]);
  });
});

describe("checking in slices", () => {
  test("gives the same result as a straight run, reporting progress up to the total", async () => {
    const { validateInSlices } = await import("../../src/validation/engine");
    const workbook = await readXlsx(fs.readFileSync(path.join(SAMPLES, "anlong-2021.xlsx")));
    const seen: number[] = [];
    const sliced = await validateInSlices(workbook, BUILT_IN_TEMPLATES, (p) => seen.push(p.done / p.total), 0);
    expect(sliced).toEqual(validate(workbook, BUILT_IN_TEMPLATES));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
