#!/usr/bin/env node
// Runs the bundled CLI (build/cli.js, made at npm ci) while it is newer than every source and data file;
// otherwise the TypeScript directly through tsx, so an edited source is never run stale.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "build", "cli.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

function bundleIsCurrent() {
  try {
    const sources = Math.max(newestSource(path.join(root, "src")), newestSource(path.join(root, "data")));
    return fs.statSync(bundle).mtimeMs >= sources;
  } catch {
    return false;
  }
}

let main;
if (bundleIsCurrent()) {
  ({ main } = require(bundle));
} else {
  require("tsx/cjs/api").register();
  ({ main } = require("../src/cli/main.ts"));
}
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`green-disclosure: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
