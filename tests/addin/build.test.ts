import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { manifestUrls, validateManifest } from "../helpers/manifest";
import { HAS_SHARED } from "../helpers/shared";

const ROOT = path.resolve(__dirname, "../..");
const BASE_URL = "https://green.intranet.example-bank.cn/addins/green-disclosure/";

describe("npm run build with the bank's hosting address", () => {
  let out: string;

  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "gd-build-"));
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${out}`], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: BASE_URL },
      stdio: "pipe",
    });
  }, 240000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("emits the pane, the functions bundle and metadata, the manifest and the icons", () => {
    for (const file of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "functions.zh-CN.json", "manifest.xml", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]) {
      expect(fs.existsSync(path.join(out, file))).toBe(true);
    }
  });

  test("taskpane.html loads office.js from the CDN and the functions bundle (shared runtime)", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toMatch(/src="?functions\.js/);
    expect(html).toMatch(/src="?taskpane\.js/);
  });

  test("functions.js registers every function in functions.json", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
    const bundle = fs.readFileSync(path.join(out, "functions.js"), "utf8");
    expect(metadata.functions.length).toBeGreaterThanOrEqual(6);
    for (const fn of metadata.functions) expect(bundle).toContain(`CustomFunctions.associate("${fn.id}"`);
  });

  test("the zh-CN metadata is Chinese and matches functions.json id for id", () => {
    const en = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
    const zh = JSON.parse(fs.readFileSync(path.join(out, "functions.zh-CN.json"), "utf8"));
    expect(zh.functions.map((f: { id: string }) => f.id)).toEqual(en.functions.map((f: { id: string }) => f.id));
    expect(zh.functions[0].description).toMatch(/[\u4e00-\u9fff]/);
  });

  test("the emitted manifest points every address at the hosting URL, each at a file the build emitted", async () => {
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(BASE_URL)).toBe(true);
      expect(fs.existsSync(path.join(out, url.slice(BASE_URL.length)))).toBe(true);
    }
    if (HAS_SHARED) expect((await validateManifest(manifest)).valid).toBe(true);
  });
});
