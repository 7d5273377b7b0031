/**
 * Two projects: `unit` (core, validation, functions, CLI, pane components, manifest; no build, seconds) and
 * `addin` (the production build: bundles, built manifest, dev server, the page in Chromium). `npm test` runs
 * both; `npm run test:unit` only the first.
 */
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx" }, diagnostics: false }],
};
const BUILD_TESTS = ["<rootDir>/tests/addin/build.test.ts", "<rootDir>/tests/addin/dev-server.test.ts", "<rootDir>/tests/e2e/"];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", ...BUILD_TESTS],
      transform,
      // The page's worker is a webpack chunk; in jsdom a stand-in runs the same job in-process.
      moduleNameMapper: { "^\\./worker-client$": "<rootDir>/tests/helpers/worker-client.ts" },
      // The CLI bundle, so the tests that spawn bin/green-disclosure.js run what `npm ci` ships (about a second).
      globalSetup: "<rootDir>/tests/cli-setup.ts",
    },
    {
      displayName: "addin",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: BUILD_TESTS.map((p) => (p.endsWith("/") ? `${p}**/*.test.ts` : p)),
      transform,
      globalSetup: "<rootDir>/tests/global-setup.ts",
      globalTeardown: "<rootDir>/tests/global-teardown.ts",
    },
  ],
};
