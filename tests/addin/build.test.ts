import fs from "fs";
import path from "path";
import vm from "vm";
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

  test("functions.js registers every function in functions.json, each running its spec", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    // The functions' scripts, in the page's order, in a context with only the custom-functions runtime.
    const sandbox: Record<string, unknown> = { CustomFunctions: { associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn) } };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    vm.createContext(sandbox);
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:|taskpane\.js$/.test(src));
    expect(scripts).toContain("functions.js");
    for (const src of scripts) vm.runInContext(fs.readFileSync(path.join(out, src), "utf8"), sandbox, { filename: src });
    expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f: { id: string }) => f.id).sort());
    // Anlong 2021: 602,333 kWh on the 2012 南方 factor 0.5271 kgCO2/kWh.
    const result = associated.get("CO2_FROM_ELECTRICITY")!([[602333]], [["南方"]], [["2012"]], null) as number[][];
    expect(result[0][0]).toBeCloseTo(317.4897, 4);
  });

  test("the SBOM lists what ships: every package in the pane's bundle, and no development tool", () => {
    const bom = JSON.parse(fs.readFileSync(path.join(out, "sbom.cdx.json"), "utf8"));
    expect(bom.bomFormat).toBe("CycloneDX");
    const names = new Set(bom.components.map((c: { name: string }) => c.name));
    for (const name of ["react", "react-dom", "@fluentui/react-components", "decimal.js", "fflate", "saxes", "re2js"]) expect(names).toContain(name);
    for (const dev of ["jest", "webpack", "esbuild", "typescript", "eslint"]) expect(names).not.toContain(dev);
    const bundle = bom.metadata.properties.find((p: { name: string }) => p.name === "green-disclosure:pane-bundle").value as string;
    expect(bundle).toMatch(/(^| )fflate@\d/);
  });

  test("the pane reads a workbook without ExcelJS (it loads only to write a blank template)", () => {
    const chunks = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
    const reader = chunks.filter((f) => fs.readFileSync(path.join(out, f), "utf8").includes("holds no Excel workbook"));
    expect(reader).toHaveLength(1);
    // ExcelJS writes docProps/core.xml into every workbook; the reader never looks at it.
    expect(fs.readFileSync(path.join(out, reader[0]), "utf8")).not.toContain("docProps/core.xml");
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
