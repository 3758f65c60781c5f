// A plain Medusa store in a temporary folder, made the way create-medusa-app makes one (its own package.json,
// medusa-config.ts and node_modules; no workspace, no symlink to this repository), for the install phase of
// `npm test` (plain-store.spec.ts). The test launcher prepares it early, while other phases run, because its
// `npm install` is mostly waiting on the network.
const { execFile } = require("node:child_process")
const { mkdirSync, readFileSync, writeFileSync } = require("node:fs")
const { join } = require("node:path")

const ROOT = join(__dirname, "../..")

/** The Medusa minor the plugins' peer range names ("2.21" from ">=2.21.0 <2.22.0"). */
function peerMinor() {
  const manifest = JSON.parse(readFileSync(join(ROOT, "plugins/core/package.json"), "utf8"))
  const range = manifest.peerDependencies["@medusajs/medusa"]
  const match = /^>=(\d+)\.(\d+)\.0 <\d+\.\d+\.0$/.exec(range)
  if (!match) throw new Error(`unexpected peer range of @medusajs/medusa: ${range}`)
  return `${match[1]}.${match[2]}`
}

/** Runs a command; resolves with its output, rejects with the output's tail when it exits non-zero. */
function exec(command, args, { cwd, env = process.env, timeoutMs = 15 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`
      if (error) {
        const failure = new Error(
          `${command} ${args.join(" ")} failed (${error.code ?? error.signal}):\n${output.slice(-6000)}`
        )
        failure.output = output
        failure.exitCode = typeof error.code === "number" ? error.code : 1
        return reject(failure)
      }
      resolve(output)
    })
  })
}

/** The lowest and highest release of the peer range's minor on the registry (pre-releases left out). */
async function medusaPatches() {
  const minor = peerMinor()
  const versions = JSON.parse(await exec("npm", ["view", "@medusajs/medusa", "versions", "--json"], { cwd: ROOT }))
  const patches = versions
    .filter((version) => new RegExp(`^${minor.replace(".", "\\.")}\\.\\d+$`).test(version))
    .sort((a, b) => Number(a.split(".")[2]) - Number(b.split(".")[2]))
  if (!patches.length) throw new Error(`no ${minor}.x release of @medusajs/medusa on the registry`)
  return { lowest: patches[0], highest: patches[patches.length - 1] }
}

/** package.json of a new store as create-medusa-app writes it, on one Medusa version. */
function storeManifest(medusaVersion) {
  const medusa = Object.fromEntries(
    ["@medusajs/admin-sdk", "@medusajs/cli", "@medusajs/framework", "@medusajs/medusa"].map((name) => [
      name,
      medusaVersion,
    ])
  )
  return {
    name: "plain-medusa-store",
    version: "0.0.1",
    private: true,
    scripts: { build: "medusa build", start: "medusa start", dev: "medusa develop" },
    dependencies: medusa,
    devDependencies: {
      "@swc/core": "^1.7.28",
      "@types/node": "^20.12.11",
      "@types/react": "^18.3.2",
      "@types/react-dom": "^18.2.25",
      react: "^18.3.1",
      "react-dom": "^18.3.1",
      "ts-node": "^10.9.2",
      typescript: "^5.6.2",
    },
    engines: { node: ">=20" },
  }
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    module: "Node16",
    moduleResolution: "Node16",
    esModuleInterop: true,
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    declaration: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    resolveJsonModule: true,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

/** The default medusa-config.ts of a new store (the install guide replaces it with its own). */
const MEDUSA_CONFIG = `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
})
`

/** Writes a new store into `dir` on `medusaVersion` and installs it (Medusa only, no Touchpoints package yet). */
async function preparePlainStore(dir, medusaVersion) {
  mkdirSync(join(dir, "src", "api"), { recursive: true })
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(storeManifest(medusaVersion), null, 2)}\n`)
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`)
  writeFileSync(join(dir, "medusa-config.ts"), MEDUSA_CONFIG)
  writeFileSync(join(dir, ".gitignore"), "node_modules/\n.medusa/\n.env\n")
  await exec("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir })
  writeFileSync(join(dir, ".prepared"), medusaVersion)
}

module.exports = { ROOT, exec, medusaPatches, preparePlainStore, storeManifest }
