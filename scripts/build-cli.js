/*
 * Bundles the CLI into build/cli.js (npm run build:cli; also run by `prepare` at npm ci). One file
 * of plain JavaScript starts about 140 ms sooner than the TypeScript sources through tsx; the
 * packages stay in node_modules. bin/green-disclosure.js uses it only while it is newer than src/.
 */
const path = require("path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");

esbuild.buildSync({
  entryPoints: [path.join(root, "src/cli/main.ts")],
  outfile: path.join(root, "build/cli.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
