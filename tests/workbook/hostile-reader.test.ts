import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { readXlsx } from "../../src/workbook/xlsx";
import { rawZip, ZipEntrySpec } from "../helpers/zip";

/*
 * Hostile workbooks, each small and made here: every kind of file that once exhausted memory, hung,
 * or read wrong. Each must get a clean answer — findings (exit 0/1) or one line naming the problem
 * (exit 2) — within the test's time limit, in a process capped at 1 GB where it inflates much.
 */

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "green-disclosure.js");
const SAMPLE = new Uint8Array(fs.readFileSync(path.join(ROOT, "samples/anlong-2021.xlsx")));
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gd-reader-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(bytes: Uint8Array, ...flags: string[]) {
  const file = path.join(tmp, `f${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(file, bytes);
  const before = fs.readFileSync(file);
  const out: string[] = [];
  const err: string[] = [];
  // The reasons are compared in English; tests/cli checks that they follow --lang.
  const code = await main(["validate", file, "--lang", "en-US", ...flags], { out: (l) => out.push(l), err: (l) => err.push(l) });
  expect(fs.readFileSync(file).equals(before)).toBe(true); // the input is never changed
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** The CLI as users run it, in its own process with at most 1 GB of heap. */
function cliProcess(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--max-old-space-size=1024", BIN, "validate", file, "--lang", "en-US", ...args], {
    encoding: "utf8",
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The sample with some parts replaced (or removed with null), zipped again with correct CRCs. */
function edited(changes: Record<string, string | Uint8Array | null>, base = SAMPLE): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(base);
  for (const [name, content] of Object.entries(changes)) {
    if (content === null) delete files[name];
    else files[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return new Uint8Array(zipSync(files));
}

const part = (name: string) => strFromU8(unzipSync(SAMPLE)[name]);
const SHEET1 = part("xl/worksheets/sheet1.xml");
/** Sheet 1 with cell C5 (绿色信贷余额 0.5549) rewritten. */
const withC5 = (cell: string) => SHEET1.replace(/<c r="C5"[^>]*>.*?<\/c>/, cell);
/** Sheet 1 with extra XML before </worksheet> or inside <sheetData>. */
const withSheetTail = (xml: string) => SHEET1.replace("</sheetData>", `</sheetData>${xml}`);

const sampleEntries = (): ZipEntrySpec[] => Object.entries(unzipSync(SAMPLE)).map(([name, data]) => ({ name, data: Buffer.from(data) }));

describe("the zip: limits on what it really holds", () => {
  test("an entry the directory does not list is never inflated (100 MB hidden after the listed parts)", async () => {
    const entries = [...sampleEntries(), { name: "xl/hidden.bin", data: Buffer.alloc(100 * 1024 * 1024) }];
    const file = path.join(tmp, "hidden.xlsx");
    fs.writeFileSync(file, rawZip(entries, entries.length - 1));
    const result = cliProcess(file, "--format", "json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1); // the sample's own 11.04 % error
  }, 30_000);

  test("a directory holding more entries than it states, or more than the limit, is refused", async () => {
    const entries = sampleEntries();
    const more = await cli(rawZip(entries, entries.length, 5));
    expect(more.code).toBe(2);
    expect(more.stderr).toContain(`states 5 entries but holds ${entries.length}`);
    const many = Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}`, data: Buffer.from("") }));
    const tooMany = await cli(rawZip(many, many.length, 5));
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain("more than 10000 entries");
  });

  test("an entry inflating beyond its declared size is stopped at once", async () => {
    const entries = sampleEntries().map((e) =>
      e.name === "xl/sharedStrings.xml" ? { ...e, data: Buffer.alloc(50 * 1024 * 1024, 0x20), declaredSize: 1000 } : e,
    );
    const result = await cli(rawZip(entries));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("xl/sharedStrings.xml inflates beyond its declared 1000 bytes");
  });

  test("a bad CRC, a missing sheet part, an empty workbook.xml: unreadable, with the reason", async () => {
    const entries = sampleEntries().map((e) => (e.name === "xl/styles.xml" ? { ...e, crc: 12345 } : e));
    const crc = await cli(rawZip(entries));
    expect([crc.code, crc.stderr]).toEqual([2, expect.stringContaining("xl/styles.xml fails its CRC check")]);
    const missing = await cli(edited({ "xl/worksheets/sheet2.xml": null }));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("(xl/worksheets/sheet2.xml) is missing")]);
    const empty = await cli(edited({ "xl/workbook.xml": "" }));
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining("xl/workbook.xml is not valid XML")]);
  });
});

describe("tiny XML, no huge work: ranges are never expanded", () => {
  test.each([
    ["a merge over the whole sheet", withSheetTail('<mergeCells count="1"><mergeCell ref="F1:XFD1048576"/></mergeCells>')],
    ["a column range to 2,000,000,000", SHEET1.replace("<cols>", '<cols><col min="5" max="2000000000" width="9"/>')],
    [
      "a data validation on every cell",
      withSheetTail(
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    ],
    ["a dimension of the whole grid", SHEET1.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')],
    [
      "30,000 merged areas",
      withSheetTail(
        `<mergeCells count="30000">${Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="E${i * 2 + 40}:F${i * 2 + 41}"/>`).join("")}</mergeCells>`,
      ),
    ],
  ])(
    "%s",
    async (_, sheet) => {
      const result = await cli(edited({ "xl/worksheets/sheet1.xml": sheet }), "--format", "json");
      expect(result.stderr).toBe("");
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout).tables.length).toBeGreaterThan(3);
    },
    20_000,
  );

  test("a number format of 300,000 brackets reads as General", async () => {
    const styles = part("xl/styles.xml").replace(/<numFmts[^>]*>/, (m) => `${m}<numFmt numFmtId="300" formatCode="${"[".repeat(300_000)}0.00"/>`);
    const result = await cli(edited({ "xl/styles.xml": styles }));
    expect(result.stderr).toBe("");
    expect([0, 1]).toContain(result.code);
  });

  test("a row or cell beyond Excel's grid is refused", async () => {
    const far = await cli(
      edited({ "xl/worksheets/sheet1.xml": SHEET1.replace("</sheetData>", '<row r="2147483647"><c r="A2147483647"><v>1</v></c></row></sheetData>') }),
    );
    expect([far.code, far.stderr]).toEqual([2, expect.stringContaining("beyond Excel's grid")]);
    const wide = await cli(edited({ "xl/worksheets/sheet1.xml": SHEET1.replace("</sheetData>", '<row r="40"><c r="XFE40"><v>1</v></c></row></sheetData>') }));
    expect([wide.code, wide.stderr]).toEqual([2, expect.stringContaining("beyond Excel's grid")]);
  });
});

describe("values a check can trust", () => {
  test.each([
    ["an infinite number", '<c r="C5" s="1"><v>1e309</v></c>', "cell.not-a-figure"],
    ["NaN", '<c r="C5" s="1"><v>NaN</v></c>', "cell.not-a-figure"],
    ["a 400-digit number as text", `<c r="C5" t="inlineStr"><is><t>${"9".repeat(400)}</t></is></c>`, "cell.not-a-figure"],
    ["a number beyond 2^53", '<c r="C5" s="1"><v>123456789012345678901</v></c>', "cell.not-a-figure"],
    ["a list of numbers as text", '<c r="C5" t="inlineStr"><is><t>1,2,3</t></is></c>', "cell.text-in-number"],
    ["a shared string that is not there", '<c r="C5" t="s"><v>99999</v></c>', "cell.not-a-figure"],
  ])("%s is an error at its cell, and the rest is checked", async (_, cell, rule) => {
    const result = await cli(edited({ "xl/worksheets/sheet1.xml": withC5(cell) }), "--format", "json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as { rule: string; cell: string; severity: string }[];
    expect(findings).toContainEqual(expect.objectContaining({ rule, cell: "C5", severity: "error" }));
    // The corporate share error elsewhere in the table is still found.
    expect(findings.some((f) => f.cell === "C12")).toBe(true);
  });

  test("one bad date cell is read as its text; the workbook stays readable", async () => {
    const result = await cli(edited({ "xl/worksheets/sheet1.xml": withC5('<c r="C5" t="d"><v>not a date</v></c>') }), "--format", "json");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings).toContainEqual(expect.objectContaining({ rule: "cell.text-in-number", cell: "C5" }));
  });
});

describe("encodings and names", () => {
  test("a UTF-16 part is read like its UTF-8 twin", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(part("xl/sharedStrings.xml").replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le"),
    ]);
    const same = await readXlsx(edited({ "xl/sharedStrings.xml": new Uint8Array(utf16) }));
    expect(same).toEqual(await readXlsx(SAMPLE));
  });

  test("a DTD or an undeclared entity is refused", async () => {
    const dtd = await cli(edited({ "xl/sharedStrings.xml": part("xl/sharedStrings.xml").replace("?>", '?><!DOCTYPE x [<!ENTITY a "aaaa">]>') }));
    expect([dtd.code, dtd.stderr]).toEqual([2, expect.stringContaining("DTD")]);
    const entity = await cli(edited({ "xl/sharedStrings.xml": part("xl/sharedStrings.xml").replace("<t>", "<t>&lol;") }));
    expect([entity.code, entity.stderr]).toEqual([2, expect.stringContaining("not valid XML")]);
  });

  /* eslint-disable no-control-regex -- control characters are what these lines test */
  test("control characters in a sheet name never reach the terminal raw", () => {
    const name = "1.2 绿色\u001b[2J\u0007\u202e指标\n未发现问题";
    const workbook = part("xl/workbook.xml").replace(
      'name="1.2 绿色金融关键指标"',
      `name="${name
        .replace(/\n/g, "&#10;")
        .replace(/\u001b/g, "&#27;")
        .replace(/\u0007/g, "&#7;")}"`,
    );
    const xml11 = workbook.replace('<?xml version="1.0"', '<?xml version="1.1"');
    const file = path.join(tmp, "controls.xlsx");
    fs.writeFileSync(file, edited({ "xl/workbook.xml": xml11 }));
    const result = cliProcess(file);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(result.stdout).toContain("\\u001b[2J");
    // The line break inside the name does not start a line of its own.
    expect(result.stdout.split("\n").some((line) => line.trim() === "未发现问题")).toBe(false);
  });

  /* eslint-enable no-control-regex */

  test("a long sheet name is read without a word on stderr", async () => {
    const long = "绿色金融关键指标".repeat(6);
    const result = await cli(edited({ "xl/workbook.xml": part("xl/workbook.xml").replace('name="1.2 绿色金融关键指标"', `name="${long}"`) }));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
  });
});

describe("paths that are not files", () => {
  test("a FIFO, as the workbook or as the template, is refused at once", () => {
    const fifo = path.join(tmp, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const asWorkbook = cliProcess(fifo);
    expect([asWorkbook.code, asWorkbook.stderr.trim()]).toEqual([2, `green-disclosure: cannot read ${fifo}: it is a pipe (FIFO), not a regular file`]);
    const sample = path.join(ROOT, "samples/anlong-2021.xlsx");
    const fifoJson = path.join(tmp, "pipe.json");
    execFileSync("mkfifo", [fifoJson]);
    const asTemplate = cliProcess(sample, "--template", fifoJson);
    expect(asTemplate.code).toBe(2);
    expect(asTemplate.stderr).toContain("it is a pipe (FIFO), not a regular file");
  });

  test("a link to /dev/zero or /dev/urandom is refused before anything is read", () => {
    for (const device of ["/dev/zero", "/dev/urandom"]) {
      const link = path.join(tmp, `${path.basename(device)}.xlsx`);
      fs.symlinkSync(device, link);
      const result = cliProcess(link);
      expect([result.code, result.stderr]).toEqual([2, expect.stringContaining("it is a device, not a regular file")]);
    }
  });
});

describe("user templates cannot hang a check", () => {
  const template = (pattern: string, extra: object = {}) =>
    JSON.stringify({
      id: "mine",
      title: { zh: "我的表", en: "Mine" },
      source: "test",
      anchors: ["整体投融资情况"],
      columns: [{ id: "v", label: { zh: "值", en: "value" }, patterns: ["数值"] }],
      // Two rows that find the table, so every label in it is also tested against the pattern under test.
      rows: [
        { id: "b", label: { zh: "乙", en: "b" }, patterns: ["信贷余额"] },
        { id: "c", label: { zh: "丙", en: "c" }, patterns: ["绿色信贷"] },
        { id: "a", label: { zh: "甲", en: "a" }, patterns: [pattern] },
      ],
      rules: [],
      ...extra,
    });

  test.each(["(a+)+$", "^([^x]+)+x$", "(.*a){20}"])(
    "%s runs in linear time",
    async (pattern) => {
      const file = path.join(tmp, "t.json");
      fs.writeFileSync(file, template(pattern));
      const labels = SHEET1.replace(/<c r="A4" t="s"><v>5<\/v><\/c>/, `<c r="A4" t="inlineStr"><is><t>${"a".repeat(5000)}!</t></is></c>`);
      const result = await cli(edited({ "xl/worksheets/sheet1.xml": labels }), "--template", file, "--format", "json");
      expect(result.stderr).toBe("");
      expect([0, 1]).toContain(result.code);
      expect(JSON.parse(result.stdout).tables.map((t: { template: string }) => t.template)).toContain("mine");
    },
    10_000,
  );

  test("a pattern RE2 cannot run, a bad typePattern, and a template with a BOM", async () => {
    const file = path.join(tmp, "t2.json");
    fs.writeFileSync(file, template("^(?!x)a"));
    const look = await cli(SAMPLE, "--template", file);
    expect([look.code, look.stderr]).toEqual([2, expect.stringContaining("without look-around or back-references")]);
    const rule = {
      id: "t",
      title: { zh: "门槛", en: "threshold" },
      kind: "threshold",
      rows: "a",
      column: "v",
      min: 1,
      typeColumn: "v",
      typePattern: "([",
      explain: { zh: "说明", en: "why" },
    };
    fs.writeFileSync(file, template("甲", { rules: [rule] }));
    const bad = await cli(SAMPLE, "--template", file);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('pattern "([" is not a valid regular expression')]);
    fs.writeFileSync(file, "\uFEFF" + template("甲"));
    const bom = await cli(SAMPLE, "--template", file);
    expect(bom.stderr).toBe("");
    expect([0, 1]).toContain(bom.code);
  });
});
