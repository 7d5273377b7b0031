import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { sheet, workbook } from "../helpers/sheets";

/** A synthetic ledger (not published data) whose loans add up to Anlong's by-industry table. */
function ledger(rows: (string | null)[][]) {
  return sheet("台账", [
    ["2021年投融资碳排放台账"],
    [
      "融资主体或项目",
      "行业门类",
      "融资类型",
      "月均融资额（万元）",
      "项目总投资或主营业务收入（万元）",
      "主体或项目排放量（吨）",
      "归因排放量（吨）",
      "数据质量评分",
    ],
    ...rows,
  ]);
}

const industry = sheet("7.1", [
  ["2021年投融资活动碳排放量"],
  ["行业类别", "行业贷款碳排放量(吨)", "行业贷款碳排放量占比"],
  ["A农、林、牧、渔业", "=1,077.31", "%27.94"],
  ["C制造业", "=2,778.51", "%72.06"],
  ["总计", "=3,855.82", "%100.00"],
]);

const loans = [
  ["茶叶种植合作社", "A", "项目融资", "=500", "=2,000", "=4,309.24", "=1,077.31", "=2"],
  ["水泥厂技改项目", "C", "项目融资", "=1,200", "=3,000", "=5,000.00", "=2,000.00", "=3"],
  ["食品加工企业", "C", "非项目融资", "=800", "=10,000", "=9,731.38", "=778.51", "=4"],
];

const run = (...sheets: ReturnType<typeof sheet>[]) => validate(workbook(...sheets), BUILT_IN_TEMPLATES);

test("a consistent ledger ties to the by-industry table with no error", () => {
  const result = run(ledger([...loans, ["合计", null, null, null, null, null, "=3,855.82", null]]), industry);
  expect(result.tables.map((t) => t.template)).toEqual(["financed-ledger", "financed-by-industry"]);
  expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("attributed = emissions × min(1, financing ÷ denominator), capped at 1", () => {
  const result = run(ledger([["电站项目", "D", "项目融资", "=5,000", "=4,000", "=1,000.00", "=1,250.00", "=1"]]));
  const wrong = result.findings.find((f) => f.rule === "financed-ledger.attributed")!;
  expect(wrong).toMatchObject({ severity: "error", cell: "G3", expected: 1000 });
  expect(result.findings.find((f) => f.rule === "financed-ledger.attributed-capped")).toMatchObject({ severity: "info" });
});

test("non-project borrowers below 500万元 of monthly-average financing get an info finding; scores outside 1–5 an error", () => {
  const result = run(ledger([["小企业", "C", "非项目融资", "=300", "=9,000", "=900.00", "=30.00", "=7"]]));
  expect(result.findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([
    "error financed-ledger.score-range H3",
    "info financed-ledger.non-project-threshold D3",
  ]);
});

test("the ledger summed by section must equal the industry rows, and its total the industry total", () => {
  const shifted = loans.map((r, i) => (i === 2 ? [...r.slice(0, 6), "=700.00", r[7]] : r));
  const result = run(ledger([...shifted, ["合计", null, null, null, null, null, "=3,777.31", null]]), industry);
  const rules = result.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
  expect(rules).toEqual(
    expect.arrayContaining(["financed-ledger.attributed 台账!G5", "financed-ledger.ledger-by-section 7.1!B4", "financed-ledger.ledger-equals-industry 7.1!B5"]),
  );
});

test("a wrong ledger total points at the whole attributed column; a wrong section lists its records", () => {
  const shifted = loans.map((r, i) => (i === 2 ? [...r.slice(0, 6), "=700.00", r[7]] : r));
  const result = run(ledger([...shifted, ["合计", null, null, null, null, null, "=3,855.82", null]]), industry);
  expect(result.findings.find((f) => f.rule === "financed-ledger.ledger-total")).toMatchObject({
    severity: "error",
    cell: "G6",
    expected: 3777.31,
    related: ["G3:G5"],
  });
  expect(result.findings.find((f) => f.rule === "financed-ledger.ledger-by-section")).toMatchObject({ cell: "B4", related: ["台账!G4", "台账!G5"] });
});

test("two ledgers on one sheet are two tables, and their records are nobody's labels", () => {
  const header = [
    "融资主体或项目",
    "行业门类",
    "融资类型",
    "月均融资额（万元）",
    "项目总投资或主营业务收入（万元）",
    "主体或项目排放量（吨）",
    "归因排放量（吨）",
    "数据质量评分",
  ];
  const result = run(
    sheet("台账", [
      ["2021年投融资碳排放台账"],
      header,
      loans[0],
      ["合计", null, null, null, null, null, "=1,077.31", null],
      [],
      ["2022年投融资碳排放台账"],
      header,
      loans[1],
      // A record whose borrower reads like a row label of another template is still a record.
      ["绿色贷款余额", "C", "项目融资", "=800", "=10,000", "=9,731.38", "=778.51", "=4"],
      ["合计", null, null, null, null, null, "=2,778.51", null],
    ]),
  );
  expect(result.tables.map((t) => `${t.template} ${t.range}`)).toEqual(["financed-ledger A2:H4", "financed-ledger A7:H10"]);
  expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
});
