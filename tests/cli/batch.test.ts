/**
 * validate over many files: a folder is searched, each file gets one result in the order given, JSON
 * Lines carry one report per line, the summary workbook has a row per finding with a link to its
 * cell, and the exit code is the worst of the files'. Worker threads give the same output as one thread.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { readXlsx } from "../../src/workbook/xlsx";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLES = path.join(ROOT, "samples");
const sampleFiles = fs
  .readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort((a, b) => a.localeCompare(b))
  .map((f) => path.join(SAMPLES, f));

async function cli(env: Record<string, string>, ...args: string[]) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    process.env = saved;
  }
}

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gd-batch-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("validate many files", () => {
  test("a folder: a table of files in order, totals, and the worst exit code (Anlong has errors)", async () => {
    const result = await cli({ GD_WORKERS: "0" }, "validate", SAMPLES);
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^文件\s+表格\s+错误\s+警告\s+未能执行的检查$/);
    const listed = lines.slice(1, 1 + sampleFiles.length).map((l) => l.split(/\s+/)[0]);
    expect(listed).toEqual(sampleFiles);
    expect(lines.find((l) => l.includes("anlong-2021.xlsx"))).toMatch(/\s8\s+2\s+2\s+0$/);
    expect(result.stdout).toMatch(new RegExp(`共 ${sampleFiles.length} 个文件：表格 \\d+，错误 2，警告 \\d+`));
  });

  test("--format json is JSON Lines: one report per file, the single-file report's fields", async () => {
    const result = await cli({ GD_WORKERS: "0" }, "validate", ...sampleFiles, "--format", "json", "--lang", "en-US");
    const lines = result.stdout.split("\n");
    expect(lines).toHaveLength(sampleFiles.length);
    const reports = lines.map((l) => JSON.parse(l));
    expect(reports.map((r) => r.file)).toEqual(sampleFiles);
    for (const r of reports) expect(Object.keys(r)).toEqual(["file", "tables", "findings", "summary"]);
    const single = JSON.parse((await cli({}, "validate", sampleFiles[1], "--format", "json", "--lang", "en-US")).stdout);
    expect(reports[1]).toEqual(single);
  });

  test("an unreadable file is a line of its own and makes the exit code 2; the others are still checked", async () => {
    const bad = path.join(tmp, "notes.xlsx");
    fs.writeFileSync(bad, "not a zip");
    const result = await cli({ GD_WORKERS: "0" }, "validate", sampleFiles[0], bad, "--format", "json", "--lang", "en-US");
    expect(result.code).toBe(2);
    const [good, broken] = result.stdout.split("\n").map((l) => JSON.parse(l));
    expect(good.summary).toBeDefined();
    expect(broken).toEqual({ file: bad, error: expect.stringMatching(/not a readable \.xlsx workbook/) });
    const text = await cli({ GD_WORKERS: "0" }, "validate", sampleFiles[0], bad);
    expect(text.stdout).toMatch(/notes\.xlsx\s+无法读取：/);
    expect(text.stdout).toContain("无法读取 1 个");
  });

  test("worker threads give exactly the single thread's output", async () => {
    const one = await cli({ GD_WORKERS: "0" }, "validate", SAMPLES, "--format", "json");
    const many = await cli({ GD_WORKERS: "3" }, "validate", SAMPLES, "--format", "json");
    expect(many.stdout).toBe(one.stdout);
    expect(many.code).toBe(one.code);
  }, 60_000);

  test("--summary writes a workbook a reviewer can filter: a row per file, a row per finding with a link; never overwrites", async () => {
    const out = path.join(tmp, "summary.xlsx");
    const result = await cli({ GD_WORKERS: "0" }, "validate", SAMPLES, "--summary", out);
    expect(result.stderr).toContain("已写入汇总");
    const book = await readXlsx(fs.readFileSync(out));
    const [files, findings] = book.sheets;
    expect(files.name).toBe("文件");
    expect(files.cells).toHaveLength(sampleFiles.length + 1);
    const json = (await cli({ GD_WORKERS: "0" }, "validate", SAMPLES, "--format", "json")).stdout.split("\n").map((l) => JSON.parse(l));
    const total = json.reduce((n, r) => n + r.findings.length, 0);
    expect(findings.cells).toHaveLength(total + 1);
    expect(findings.cells[0].map((c) => c?.value)).toEqual(["文件", "工作表", "单元格", "位置（链接）", "级别", "规则", "说明", "计算值", "报告值"]);
    const anlong = findings.cells.find((row) => String(row[0]?.value).endsWith("anlong-2021.xlsx") && row[2]?.value === "C12")!;
    expect(anlong[3]?.value).toBe("1.2 绿色金融关键指标!C12");
    expect(anlong[4]?.value).toBe("错误");
    const again = await cli({ GD_WORKERS: "0" }, "validate", SAMPLES, "--summary", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/已存在/);
  });

  test("a folder without .xlsx files, or a summary that is not .xlsx, is a usage error", async () => {
    const empty = fs.mkdtempSync(path.join(tmp, "empty-"));
    expect((await cli({}, "validate", empty)).code).toBe(2);
    expect((await cli({}, "validate", SAMPLES, "--summary", path.join(tmp, "s.csv"))).code).toBe(2);
  });
});
