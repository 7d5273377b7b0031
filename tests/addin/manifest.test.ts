import fs from "fs";
import path from "path";
import { validateManifest } from "../helpers/manifest";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
describe("manifest.xml against the Office add-in manifest schemas", () => {
  test("validates", async () => {
    const result = await validateManifest(MANIFEST);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("the check can fail: a manifest without its Id is rejected", async () => {
    const result = await validateManifest(MANIFEST.replace(/<Id>.*<\/Id>/, ""));
    expect(result.valid).toBe(false);
  });
});

describe("manifest.xml structure", () => {
  const attr = (name: string) => [...MANIFEST.matchAll(new RegExp(`${name}="([^"]+)"`, "g"))].map((m) => m[1]);
  const resourceIds = new Set([...MANIFEST.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));

  test("every resid resolves to a resource", () => {
    const used = attr("resid");
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(resourceIds).toContain(id);
  });

  test("shared runtime: SharedRuntime 1.1 required, one long-lived runtime for pane and functions", () => {
    expect(MANIFEST).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(MANIFEST).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    const page = MANIFEST.match(/<Page>\s*<SourceLocation resid="([^"]+)"/)![1];
    expect(page).toBe("Taskpane.Url");
  });

  test("custom functions in namespace CARBON with zh-CN metadata", () => {
    expect(MANIFEST).toContain('<ExtensionPoint xsi:type="CustomFunctions">');
    expect(MANIFEST).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="CARBON"\/>/);
    expect(MANIFEST).toMatch(/<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-CN.json"\/>/);
  });

  test("a ribbon button opens the task pane", () => {
    expect(MANIFEST).toMatch(/<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
  });

  test("icons of 16, 32, 64 and 80 px exist as real PNGs of that size", () => {
    for (const size of [16, 32, 64, 80]) {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  test("every address is on the one base URL that the build rewrites", () => {
    const urls = [...MANIFEST.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });
});
