#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx green-disclosure` works right after `npm ci`.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`green-disclosure: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
