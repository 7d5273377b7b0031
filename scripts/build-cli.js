/*
 * Bundles the CLI into build/cli.js (npm run build:cli; also run by `prepare` at npm ci). One file
 * of plain JavaScript starts about 140 ms sooner than the TypeScript sources through tsx; the
 * packages stay in node_modules. bin/green-disclosure.js uses it only while it is newer than src/ and data/.
 */
const path = require("path");

const root = path.resolve(__dirname, "..");

let esbuild;
try {
  esbuild = require("esbuild");
} catch {
  // An install without development dependencies: the CLI runs its sources through tsx.
  console.warn("esbuild is not installed; the CLI will run from its TypeScript sources.");
  process.exit(0);
}

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
