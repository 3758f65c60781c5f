// Browser tests of the example storefront: `next build && next start` against the real Medusa backend, driven in
// Debian's Chromium through playwright-core. Run from the repository root (uses the root's jest and @swc/jest):
//   TP_BACKEND_URL=http://localhost:9000 TP_PUBLISHABLE_KEY=pk_... \
//     npx jest -c storefront-widgets/examples/nextjs/jest.config.cjs --runInBand
module.exports = {
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.browser.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }],
  },
  globalSetup: "<rootDir>/test/setup/global-setup.cjs",
  globalTeardown: "<rootDir>/test/setup/global-teardown.cjs",
  maxWorkers: 1,
  testTimeout: 90_000,
}
