// One jest config for every suite; TEST_TYPE picks which (see src/launcher/test.mjs).
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const suites = {
  unit: ["<rootDir>/plugins/*/src/**/__tests__/**/*.unit.spec.ts", "<rootDir>/src/**/__tests__/**/*.unit.spec.ts"],
  "integration:modules": ["<rootDir>/plugins/*/src/modules/*/__tests__/**/*.spec.ts"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.ts"],
  "integration:template": ["<rootDir>/integration-tests/template/*.spec.ts"],
  e2e: ["<rootDir>/integration-tests/e2e/**/*.spec.ts"],
  cluster: ["<rootDir>/integration-tests/cluster/**/*.spec.ts"],
  install: ["<rootDir>/integration-tests/install/*.spec.ts"],
  bench: ["<rootDir>/integration-tests/bench/*.spec.ts"],
}
const type = process.env.TEST_TYPE || "unit"

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, transform: { decoratorMetadata: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "cjs", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/plugins/.*/\\.medusa/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  testMatch: suites[type],
  testPathIgnorePatterns: type === "integration:modules" ? ["\\.unit\\.spec\\.ts$"] : [],
  testTimeout: 120_000,
}
