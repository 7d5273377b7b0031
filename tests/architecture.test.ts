import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../src");

/** What each layer may import from the project (DESIGN.md: dependencies point one way). */
const ALLOWED: Record<string, string[]> = {
  core: ["core"],
  workbook: ["workbook"],
  validation: ["validation", "core", "workbook"],
  functions: ["functions", "core"],
  i18n: ["i18n"],
  taskpane: ["taskpane", "validation", "workbook", "core", "i18n"],
  cli: ["cli", "validation", "workbook", "functions", "core", "i18n"],
};

/** Packages a pure layer must not touch (core and validation run anywhere, without Office or a DOM). */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  core: /^(react|@fluentui|exceljs|fs|path|child_process|office)/,
  validation: /^(react|@fluentui|exceljs|fs|path|child_process|office)/,
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({
  file,
  layer: path.relative(SRC, file).split(path.sep)[0],
  text: fs.readFileSync(file, "utf8"),
}));

function imports(text: string): string[] {
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

test("every source file lives in a known layer", () => {
  expect(files.length).toBeGreaterThan(10);
  for (const { layer, file } of files) expect(`${layer} (${file})`).toMatch(new RegExp(`^(${Object.keys(ALLOWED).join("|")}) `));
});

test.each(files.map((f) => [path.relative(SRC, f.file), f] as const))("%s imports only what its layer may", (_, { file, layer, text }) => {
  for (const specifier of imports(text)) {
    if (specifier.startsWith(".")) {
      const resolved = path.relative(SRC, path.resolve(path.dirname(file), specifier));
      // The pane bundles the published sample tables (samples/data) for file mode.
      if (layer === "taskpane" && resolved.startsWith(`..${path.sep}samples${path.sep}data${path.sep}`)) continue;
      // The factor tables read the project's factor data (data/factors.json): data, importing nothing.
      if (layer === "core" && resolved === `..${path.sep}data${path.sep}factors.json`) continue;
      // The validator reads the green finance catalogue's areas (data/green-catalogue.json) the same way.
      if (layer === "validation" && resolved === `..${path.sep}data${path.sep}green-catalogue.json`) continue;
      // … and the indicator dictionary (data/indicators.json).
      if (layer === "validation" && resolved === `..${path.sep}data${path.sep}indicators.json`) continue;
      const target = resolved.split(path.sep)[0];
      expect(`${layer} → ${target}`).toMatch(new RegExp(`^${layer} → (${ALLOWED[layer].join("|")})$`));
    } else if (FORBIDDEN_PACKAGES[layer]) {
      expect(`${layer} → ${specifier}`).not.toMatch(new RegExp(`→ ${FORBIDDEN_PACKAGES[layer].source}`));
    }
  }
});

/** Within validation: the rules know nothing of the template model, and the structural reading nothing of templates. */
test.each([
  ["validation/rules", /^validation\/model$/],
  ["validation/structure", /^validation\/(?:model|locate|templates|engine)(?:\/|$)/],
  ["validation/facts", /^validation\/(?:model|locate|templates|engine)(?:\/|$)/],
  ["validation/checks", /^validation\/(?:model|locate|templates|engine)(?:\/|$)/],
] as const)("%s does not import %s", (folder, forbidden) => {
  for (const { file, text } of files.filter((f) => path.relative(SRC, f.file).startsWith(folder))) {
    for (const specifier of imports(text).filter((s) => s.startsWith("."))) {
      const resolved = path
        .relative(SRC, path.resolve(path.dirname(file), specifier))
        .split(path.sep)
        .join("/");
      expect(`${path.relative(SRC, file)} → ${resolved}`).not.toMatch(new RegExp(`→ ${forbidden.source.replace(/^\^/, "")}`));
    }
  }
});

test("the add-in's own code makes no network request and sends no telemetry", () => {
  const network = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|from\s+["'](https?|net|axios)["']/;
  for (const { file, text } of files) expect(`${path.relative(SRC, file)}: ${network.test(text)}`).toMatch(/: false$/);
});
