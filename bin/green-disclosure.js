#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx green-disclosure` works right after `npm ci`.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
process.exitCode = main(process.argv.slice(2));
