// Browser tests of the widgets: real Chromium through playwright-core, pages served from a local static server.
// Run from the repository root:  npx jest -c storefront-widgets/jest.config.cjs
// (TP_BACKEND_URL + TP_PUBLISHABLE_KEY for the tests that talk to Medusa; see storefront-widgets/README.md).
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }],
  },
  // sources import their siblings as "./x.js" (ESM); the tests that load src/ directly resolve them to x.ts
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  globalSetup: "<rootDir>/test/helpers/global-setup.cjs",
  maxWorkers: 1,
  testTimeout: 60_000,
}
