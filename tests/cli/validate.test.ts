import { spawnSync } from "child_process";
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { BUILT_IN_TEMPLATES, PACKS } from "../../src/validation/templates";

const ROOT = path.resolve(__dirname, "../..");
const ANLONG = path.join(ROOT, "samples", "anlong-2021.xlsx");
const KUNLUN = path.join(ROOT, "samples", "kunlun-2025q1.xlsx");

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gd-cli-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("validate", () => {
  test("JSON output follows the contract; an error finding exits 1; the file is byte-identical afterwards", async () => {
    const before = sha(ANLONG);
    const result = await cli("validate", ANLONG, "--format", "json");
    expect(result.code).toBe(1);
    expect(sha(ANLONG)).toBe(before);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["file", "tables", "findings", "summary"]);
    // The contract's fields first; coverage beside them.
    expect(Object.keys(report.tables[0]).slice(0, 4)).toEqual(["template", "table", "sheet", "range"]);
    expect(report.tables[0]).toHaveProperty("mapping.rows");
    expect(report.tables[0]).toHaveProperty("checks");
    expect(Object.keys(report.findings[0])).toEqual(["rule", "severity", "sheet", "cell", "message", "expected", "actual", "unit"]);
    // expected and actual in one unit, the one the message compares: a share as a fraction.
    expect(report.findings[0]).toMatchObject({ expected: expect.closeTo(0.453 / 3.9204, 8), unit: "fraction" });
    expect(report.findings[0]).toMatchObject({ rule: "green-loan-indicators.corporate-green-share", cell: "C12", actual: 0.1104 });
    expect(report.findings[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(report.summary).toMatchObject({ errors: 2, warnings: 2, infos: 1, checksNotRun: 0 });
  });

  test("--lang en-US gives English messages", async () => {
    const report = JSON.parse((await cli("validate", ANLONG, "--format", "json", "--lang", "en-US")).stdout);
    expect(report.findings[0].message).toMatch(/^corporate green share/);
  });

  test("no error exits 0; the text report lists tables and findings", async () => {
    const result = await cli("validate", KUNLUN);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("表5 投融资!A1:C14");
    expect(result.stdout).toContain("错误 0，警告 2，提示 0");
  });

  test("every table reports its coverage; --strict turns warnings and checks that could not run into exit 1", async () => {
    const text = await cli("validate", KUNLUN);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/已执行 \d+ 项检查/);
    expect(text.stdout).toMatch(/检查 已执行 \d+，不适用 \d+，未能执行 0/);
    // Kunlun's SO2 and NOx per tce are warnings.
    expect((await cli("validate", KUNLUN, "--strict")).code).toBe(1);
    const json = JSON.parse((await cli("validate", KUNLUN, "--format", "json", "--lang", "en-US")).stdout);
    expect(json.tables[0]).toMatchObject({ template: "operating-impact", table: "Operating-activity environmental impact (total and per capita)" });
    expect(json.tables[0].mapping.columns.map((c: { id: string }) => c.id)).toEqual(["total", "perCapita"]);
    expect(json.tables[0].checks.every((c: { state: string }) => ["ran", "not-applicable", "not-run"].includes(c.state))).toBe(true);
  });

  test("--explain shows why each row and column was mapped", async () => {
    const result = await cli("validate", KUNLUN, "--explain");
    expect(result.stdout).toContain("· 列“总量”← C3“总量”");
    expect(result.stdout).toMatch(/· 行“营业、办公所消耗的电力”← B7“营业、办公所消耗的电力（千瓦时）”/);
    const json = JSON.parse((await cli("validate", KUNLUN, "--explain", "--format", "json")).stdout);
    expect(json.tables[0].explain.length).toBeGreaterThan(5);
  });

  test("a workbook with no disclosure table says so, exits 0 only without --strict, and never prints 未发现问题", async () => {
    const file = path.join(tmp, "empty-ish.xlsx");
    const { writeXlsx } = await import("../../src/workbook/xlsx-write");
    fs.writeFileSync(file, await writeXlsx([{ name: "Sheet1", rows: [["员工人数", 3154]], merges: [] }]));
    const result = await cli("validate", file);
    expect(result.stdout).toContain("未识别出任何披露表格");
    expect(result.stdout).not.toContain("未发现问题");
    expect((await cli("validate", file, "--strict")).code).toBe(1);
  });

  test("--template restricts to one template", async () => {
    const report = JSON.parse((await cli("validate", ANLONG, "--template", "ghg-scopes", "--format", "json")).stdout);
    expect(report.tables.map((t: { template: string }) => t.template)).toEqual(["ghg-scopes"]);
  });

  test("an unreadable file exits 2 with one clear line, in the language of --lang, and writes nothing", async () => {
    const missing = await cli("validate", path.join(tmp, "nope.xlsx"));
    expect(missing).toEqual({ code: 2, stdout: "", stderr: expect.stringContaining("无法读取") });
    expect(missing.stderr).toContain("没有这个文件");
    expect((await cli("validate", path.join(tmp, "nope.xlsx"), "--lang", "en-US")).stderr).toContain("no such file");
    const junk = path.join(tmp, "junk.xlsx");
    fs.writeFileSync(junk, "this is not a workbook");
    const bad = await cli("validate", junk, "--lang", "en-US");
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("not an .xlsx workbook: open it in Excel and save it as .xlsx");
    const zh = await cli("validate", junk);
    expect(zh.stderr).toContain("不是可读取的 .xlsx 工作簿：这是文本文件（CSV？），不是 .xlsx 工作簿：请在 Excel 中打开并另存为 .xlsx");
  });

  test("usage errors follow --lang too, even when the error comes before it", async () => {
    expect((await cli("validate", ANLONG, "--colour", "red")).stderr).toBe("green-disclosure: 未知选项 --colour");
    expect((await cli("validate", ANLONG, "--colour", "red", "--lang", "en-US")).stderr).toBe("green-disclosure: unknown option --colour");
    expect((await cli("validate", ANLONG, "--format", "xml", "--lang=en-US")).stderr).toMatch(/--format must be text or json/);
    expect((await cli("template", "nope", "--out", path.join(tmp, "x.xlsx"))).stderr).toMatch(/^green-disclosure: 未知的模板“nope”/);
  });

  test("a legacy .xls (or a password-protected workbook) and a CSV say how to make an .xlsx of them", async () => {
    const xls = path.join(tmp, "old.xls");
    fs.writeFileSync(xls, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
    const legacy = await cli("validate", xls, "--lang", "en-US");
    expect(legacy.code).toBe(2);
    expect(legacy.stderr).toContain("it is a legacy .xls workbook: open it in Excel and save it as .xlsx");
    // Excel keeps an encrypted .xlsx in the same container, with streams named EncryptionInfo and EncryptedPackage.
    const locked = path.join(tmp, "locked.xlsx");
    const names = Buffer.from("EncryptionInfo\0EncryptedPackage", "utf16le");
    fs.writeFileSync(locked, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504), names, Buffer.alloc(512)]));
    const encrypted = await cli("validate", locked, "--lang", "en-US");
    expect(encrypted.code).toBe(2);
    expect(encrypted.stderr).toContain("password-protected workbook: open it in Excel, remove the password");
    const csv = path.join(tmp, "table.csv");
    fs.writeFileSync(csv, "指标,数值\n绿色信贷余额,0.5549\n");
    const text = await cli("validate", csv, "--lang", "en-US");
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("save it as .xlsx");
  });

  test("usage errors exit 2", async () => {
    expect((await cli("validate")).code).toBe(2);
    expect((await cli("validate", ANLONG, "--format", "xml")).code).toBe(2);
    expect((await cli("validate", ANLONG, "--template", "nope")).code).toBe(2);
    expect((await cli("validate", ANLONG, "--colour")).code).toBe(2);
  });

  test("the installed binary gives the same exit codes", () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, "bin", "green-disclosure.js"), ...args], { cwd: ROOT, encoding: "utf8" });
    expect(run("validate", ANLONG).status).toBe(1);
    expect(run("validate", KUNLUN).status).toBe(0);
    const missing = run("validate", "missing.xlsx");
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("validate --pack", () => {
  const ANJI = path.join(ROOT, "samples", "anji-2021q3.xlsx");
  const templatesIn = async (...args: string[]) =>
    (JSON.parse((await cli("validate", ...args, "--format", "json")).stdout).tables as { template: string }[]).map((t) => t.template).sort();

  test("a pack narrows detection to its tables; by id, Chinese name or alias", async () => {
    const all = await templatesIn(ANJI);
    expect(all).toEqual(["financing-impact", "huzhou-green-branches", "operating-impact"]);
    expect(await templatesIn(ANJI, "--pack", "湖州")).toEqual(all);
    expect(await templatesIn(ANJI, "--pack", "huzhou")).toEqual(all);
    // The national pack has the JR/T tables but not 湖州's own green sub-branch table.
    expect(await templatesIn(ANJI, "--pack", "national")).toEqual(["financing-impact", "operating-impact"]);
  });

  test("a pack with none of the workbook's tables says nothing was checked, never an all-clear", async () => {
    const result = await cli("validate", path.join(ROOT, "samples", "anji-2021q3.xlsx"), "--pack", "碳减排支持工具");
    expect(result.stdout).toContain("未识别出任何披露表格，没有执行任何检查");
    expect(result.stdout).not.toContain("未发现问题");
  });

  test("an unknown pack, or a pack with --template, is a usage error naming the packs", async () => {
    const unknown = await cli("validate", ANLONG, "--pack", "上海", "--lang", "en-US");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown pack "上海"; packs: national \(全国.*facility \(碳减排支持工具\)/);
    expect((await cli("validate", ANLONG, "--pack", "huzhou", "--template", "ghg-scopes")).code).toBe(2);
  });
});

describe("templates and template", () => {
  test("templates lists the packs, and under each its templates with id, title and source", async () => {
    const result = await cli("templates");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    for (const pack of PACKS) expect(lines).toContain(`${pack.id}\t${pack.name.zh} / ${pack.name.en}\t${pack.prescribedBy}`);
    // Every template is listed once per pack it belongs to, and none is in no pack.
    const listed = lines.filter((l) => l.startsWith("  ") && l.includes("\t")).map((l) => l.trim().split("\t")[0]);
    expect(listed).toHaveLength(BUILT_IN_TEMPLATES.reduce((n, t) => n + (t.packs ?? ["national"]).length, 0));
    expect(new Set(listed)).toEqual(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)));
    expect(result.stdout).toContain("  green-loan-indicators\t绿色信贷关键指标 / Green-loan key indicators\t");
    expect(result.stdout).toMatch(/^huzhou\t湖州/m);
  });

  test.each(BUILT_IN_TEMPLATES.map((t) => t.id))("a blank %s validates with errors for its required empty cells, without crashing", async (id) => {
    const out = path.join(tmp, `${id}.xlsx`);
    expect((await cli("template", id, "--out", out)).code).toBe(0);
    const result = await cli("validate", out, "--format", "json");
    const report = JSON.parse(result.stdout);
    expect(report.tables.map((t: { template: string }) => t.template)).toContain(id);
    const required = BUILT_IN_TEMPLATES.find((t) => t.id === id)!.rows.filter((r) => r.required && !r.repeat);
    const empty = report.findings.filter((f: { rule: string }) => f.rule === "cell.required-empty");
    expect(empty.length).toBeGreaterThanOrEqual(required.length > 0 ? 1 : 0);
    expect(result.code).toBe(required.length > 0 ? 1 : 0);
  });

  test("template never overwrites a file", async () => {
    const out = path.join(tmp, "exists.xlsx");
    fs.writeFileSync(out, "keep me");
    const result = await cli("template", "ghg-scopes", "--out", out);
    expect(result.code).toBe(2);
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");
  });
});
