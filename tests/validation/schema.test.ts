import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { parseTemplateFile } from "../../src/validation/schema";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";

describe("user template files", () => {
  test("every built-in template is a valid template file (they share one format)", () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const result = parseTemplateFile(JSON.stringify(template));
      expect(result).toEqual({ ok: true, templates: [JSON.parse(JSON.stringify(template))] });
    }
    expect(parseTemplateFile(JSON.stringify({ templates: BUILT_IN_TEMPLATES })).ok).toBe(true);
  });

  test("errors say where and what", () => {
    const broken = JSON.parse(JSON.stringify(BUILT_IN_TEMPLATES[0]));
    delete broken.rows[0].patterns;
    broken.rows[1].colour = "green";
    broken.rules[0].kind = "average";
    const result = parseTemplateFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(expect.arrayContaining(['/rows/0: missing "patterns"', '/rows/1: unknown property "colour"']));
  });

  test("a bad regular expression and a rule naming an unknown row are caught", () => {
    const template = JSON.parse(JSON.stringify(BUILT_IN_TEMPLATES[0]));
    template.rows[0].patterns = ["^(信贷"];
    template.rules[0].numerator.row = "nosuchrow";
    const result = parseTemplateFile(JSON.stringify(template));
    expect(result.ok ? [] : result.errors).toEqual([
      'green-loan-indicators: pattern "^(信贷" is not a valid regular expression',
      'green-loan-indicators: rule green-share names unknown row "nosuchrow"',
    ]);
  });

  test("not JSON at all", () => {
    const result = parseTemplateFile("{ nope");
    expect(result.ok ? "" : result.errors[0]).toMatch(/^not valid JSON/);
  });

  test("the CLI validates with a user template file, and refuses a broken one with exit 2", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-tpl-"));
    const custom = { ...BUILT_IN_TEMPLATES.find((t) => t.id === "green-loan-indicators")!, id: "guizhou-branch-indicators" };
    fs.writeFileSync(path.join(dir, "mine.json"), JSON.stringify(custom));
    fs.writeFileSync(path.join(dir, "broken.json"), JSON.stringify({ id: "x" }));
    const io = () => {
      const out: string[] = [];
      const err: string[] = [];
      return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
    };
    const sample = path.resolve(__dirname, "../../samples/anlong-2021.xlsx");
    const ok = io();
    expect(await main(["validate", sample, "--template", path.join(dir, "mine.json"), "--format", "json"], ok.io)).toBe(1);
    expect(JSON.parse(ok.out.join("\n")).findings[0].rule).toBe("guizhou-branch-indicators.corporate-green-share");
    const bad = io();
    expect(await main(["validate", sample, "--template", path.join(dir, "broken.json")], bad.io)).toBe(2);
    expect(bad.err.join("\n")).toContain('missing "title"');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
