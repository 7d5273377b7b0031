import fs from "fs";
import path from "path";
import { TEST_BASE_URL } from "../global-setup";
import { manifestUrls, validateManifest } from "../helpers/manifest";

const BASE_URL = TEST_BASE_URL;

describe("npm run build with the bank's hosting address", () => {
  // Built once for the whole run by tests/global-setup.ts.
  const out = process.env.GD_BUILD_DIR!;

  test("emits the pane, the functions bundle and metadata, the manifest and the icons", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "functions.zh-CN.json",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
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
    expect((await validateManifest(manifest)).valid).toBe(true);
  });
});
