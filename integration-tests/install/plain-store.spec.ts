import { type ChildProcess, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import request from "supertest"
import { createDatabase, dropDatabase, withDatabase } from "../../src/launcher/postgres-admin.cjs"
import { type MailCatcher, startMailCatcher } from "../../src/mail-catcher/mail-catcher.cjs"
import { guideBlocks } from "./guide-blocks.cjs"
import { rewindToOlderSchema, takeUpgradedRows } from "./older-schema"
import { exec, medusaPatches, preparePlainStore, ROOT, storeManifest } from "./plain-store.cjs"
import { expectStatus, type PlainShop, setUpShop } from "./store-setup"

// A shop owner's path, end to end: a plain Medusa store (no workspace, no symlink), the packed tarballs, the
// install guide's and the deploy guide's own code blocks, `medusa db:migrate`, `medusa build`, the production
// build installed on an empty npm cache and started; then every plugin's routes and a real email.
// TP_PLAIN_STORE_DIR: a store the test launcher prepared meanwhile (else this file makes one).

const INSTALL_GUIDE = join(ROOT, "docs/install.md")
const DEPLOY_GUIDE = join(ROOT, "docs/deploy.md")
const PLUGINS = ["core", "wishlist", "also-bought", "next-steps", "cart-recovery", "feedback", "segment-offers"]
const ADMIN = { email: "owner@plain-store.test", password: "plain-store-password" }
const SHOP_FROM_NAME = "My Shop"
const SHOP_FROM_ADDRESS = "shop@my-shop.example"
const POSTAL_ADDRESS = "My Shop Ltd, 1 Main Street, 10115 Berlin, Germany"
const STOREFRONT_URL = "http://localhost:8000"
const MINUTE = 60_000

const db = {
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}
const database = `tp_plain_store_${process.pid}_${Date.now()}`
const port = Number(process.env.TP_PLAIN_STORE_PORT || 9400)
const backendUrl = `http://localhost:${port}`

const randomSecret = randomBytes(32).toString("hex")

let storeDir: string
let catcher: MailCatcher
let server: ChildProcess | undefined
let serverOutput = ""
let shop: PlainShop
/** Each step needs the one before: after a failure the rest say so instead of failing obscurely. */
let failedStep: string | undefined

async function step(name: string, work: () => Promise<void>) {
  if (failedStep) throw new Error(`skipped: "${failedStep}" failed`)
  try {
    await work()
  } catch (error) {
    failedStep = name
    throw error
  }
}

/** The environment a shop owner's shell has: nothing of this repository's test run leaks in. */
function storeEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const kept = ["PATH", "HOME", "USER", "LANG", "TMPDIR", "SHELL", "CI"]
  const auth = db.password ? `${db.user}:${encodeURIComponent(db.password)}` : db.user
  return {
    ...Object.fromEntries(kept.filter((key) => process.env[key] !== undefined).map((key) => [key, process.env[key]])),
    MEDUSA_DISABLE_TELEMETRY: "true",
    TOUCHPOINTS_REPO: ROOT,
    DATABASE_URL: `postgres://${auth}@${db.host}:${db.port}/${database}`,
    TP_SIGNING_SECRET: randomSecret,
    TP_STOREFRONT_URL: STOREFRONT_URL,
    MEDUSA_BACKEND_URL: backendUrl,
    TP_SMTP_HOST: "127.0.0.1",
    TP_SMTP_PORT: String(catcher.smtpPort),
    STORE_CORS: STOREFRONT_URL,
    ADMIN_CORS: backendUrl,
    AUTH_CORS: `${STOREFRONT_URL},${backendUrl}`,
    ...extra,
  }
}

/** Runs one guide's blocks in order (commands in the store's folder, files written there) until `stopAt`. */
async function followGuide(
  file: string,
  { from = 0, stopAt, env }: { from?: number; stopAt?: (code: string) => boolean; env?: NodeJS.ProcessEnv }
): Promise<number> {
  const blocks = guideBlocks(file)
  for (let index = from; index < blocks.length; index += 1) {
    const block = blocks[index]
    if (stopAt?.(block.code)) return index
    if (block.kind === "file") {
      mkdirSync(dirname(join(storeDir, block.path)), { recursive: true })
      writeFileSync(join(storeDir, block.path), block.code)
    } else {
      await exec("bash", ["-eo", "pipefail", "-c", block.code], { cwd: storeDir, env: env ?? storeEnv() })
    }
  }
  return blocks.length
}

/** The store's `medusa` command in `cwd`, answering its exit code and output (never throwing). */
async function medusa(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  try {
    return { code: 0, output: await exec(join(storeDir, "node_modules/.bin/medusa"), args, { cwd, env }) }
  } catch (error) {
    const failure = error as Error & { output?: string; exitCode?: number }
    return { code: failure.exitCode ?? 1, output: failure.output ?? failure.message }
  }
}

/**
 * Moves a cart's activity two hours into the past, as if the shopper left then. Cart-recovery's subscriber records
 * activity when the cart's events arrive (asynchronously): wait for its row, and redo it if an event came late.
 */
async function idleForTwoHours(cartId: string) {
  const at = new Date(Date.now() - 2 * 3_600_000)
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const idle = await withDatabase(database, async (client) => {
      const recorded = await client.query("SELECT 1 FROM tp_cr_cart WHERE cart_id = $1", [cartId])
      if (!recorded.rowCount) return false
      await client.query("UPDATE cart SET updated_at = $1 WHERE id = $2", [at, cartId])
      await client.query("UPDATE cart_line_item SET updated_at = $1 WHERE cart_id = $2", [at, cartId])
      await client.query("UPDATE tp_cr_cart SET last_activity_at = $1 WHERE cart_id = $2", [at, cartId])
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const still = await client.query("SELECT 1 FROM tp_cr_cart WHERE cart_id = $1 AND last_activity_at = $2", [
        cartId,
        at,
      ])
      return Boolean(still.rowCount)
    })
    if (idle) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`cart ${cartId}: cart-recovery never recorded its activity`)
}

async function waitForHealth(timeoutMs: number) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server?.exitCode !== null)
      throw new Error(`medusa start exited ${server?.exitCode}:\n${serverOutput.slice(-4000)}`)
    const healthy = await fetch(`${backendUrl}/health`).then(
      (answer) => answer.ok,
      () => false
    )
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`medusa start not healthy within ${timeoutMs / 1000} s:\n${serverOutput.slice(-4000)}`)
}

beforeAll(async () => {
  catcher = await startMailCatcher({ smtpPort: 0, web: false })
  await createDatabase(database)
  storeDir = process.env.TP_PLAIN_STORE_DIR || mkdtempSync(join(tmpdir(), "tp-plain-store-"))
}, MINUTE)

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    process.kill(-server.pid, "SIGTERM")
    await new Promise((resolve) => server?.once("exit", resolve))
  }
  await catcher?.stop()
  await dropDatabase(database)
}, MINUTE)

describe("a plain Medusa store following docs/install.md and docs/deploy.md", () => {
  let nextBlock = 0

  it(
    "should install the packed tarballs into the lowest Medusa patch of the peer range",
    async () => {
      await step("install", async () => {
        const { lowest } = await medusaPatches()
        if (!existsSync(join(storeDir, ".prepared"))) await preparePlainStore(storeDir, lowest)
        const storeMedusa = JSON.parse(readFileSync(join(storeDir, "package.json"), "utf8")).dependencies[
          "@medusajs/medusa"
        ]
        expect(storeMedusa).toBe(lowest)
        await exec("npm", ["run", "pack:plugins", "--silent"], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } })
        nextBlock = await followGuide(INSTALL_GUIDE, { stopAt: (code) => code.includes("db:migrate") })
        const manifest = JSON.parse(readFileSync(join(storeDir, "package.json"), "utf8"))
        for (const plugin of PLUGINS) {
          expect(manifest.dependencies[`@touchpoints/${plugin}`]).toMatch(/^file:vendor\/touchpoints-.*\.tgz$/)
          // a real copy in node_modules, never a link back into this repository
          expect(existsSync(join(storeDir, "node_modules/@touchpoints", plugin, ".medusa/server/src"))).toBe(true)
        }
      })
    },
    20 * MINUTE
  )

  it(
    "should resolve the tarballs' peer dependencies on the highest Medusa patch too",
    async () => {
      await step("highest patch", async () => {
        const { highest } = await medusaPatches()
        const dir = mkdtempSync(join(tmpdir(), "tp-highest-patch-"))
        const manifest = storeManifest(highest)
        const tarballs = readdirSync(join(storeDir, "vendor")).filter((file) => file.endsWith(".tgz"))
        for (const tarball of tarballs.filter((file) => !file.includes("widgets"))) {
          const name = `@touchpoints/${tarball.replace(/^touchpoints-/, "").replace(/-\d+\.\d+\.\d+\.tgz$/, "")}`
          manifest.dependencies[name] = `file:${join(storeDir, "vendor", tarball)}`
        }
        writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2))
        // resolves the whole tree (ERESOLVE would fail here) without installing it
        await exec("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], {
          cwd: dir,
          env: storeEnv(),
        })
        const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8"))
        expect(lock.packages["node_modules/@medusajs/framework"].version).toBe(highest)
      })
    },
    10 * MINUTE
  )

  it(
    "should stop before the first migration when the signing secret is missing, naming the option",
    async () => {
      await step("missing secret", async () => {
        const { code, output } = await medusa(["db:migrate"], storeDir, storeEnv({ TP_SIGNING_SECRET: "" }))
        expect(code).not.toBe(0)
        expect(output).toContain("@touchpoints/core")
        expect(output).toMatch(/secret/)
        const tables = await withDatabase(database, (client) =>
          client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'")
        )
        expect(tables.rows[0].n).toBe(0)
      })
    },
    5 * MINUTE
  )

  it(
    "should migrate and build the store with the guide's commands",
    async () => {
      await step("migrate and build", async () => {
        expect(await followGuide(INSTALL_GUIDE, { from: nextBlock })).toBe(guideBlocks(INSTALL_GUIDE).length)
        const tables = await withDatabase(database, (client) =>
          client.query("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'tp\\_%'")
        )
        expect(tables.rows.length).toBeGreaterThan(20)
      })
    },
    20 * MINUTE
  )

  it(
    "should keep an older install's segments and product brands through the renames, asking nothing",
    async () => {
      await step("upgrade", async () => {
        await withDatabase(database, rewindToOlderSchema)
        // no stdin: Medusa would ask before dropping a link table it no longer knows; nothing may be dropped
        expect(await medusa(["db:migrate"], storeDir, storeEnv())).toMatchObject({ code: 0 })
        expect(await withDatabase(database, takeUpgradedRows)).toEqual({
          segment: 1,
          member: 1,
          brandLink: 1,
          oldTables: 0,
        })
      })
    },
    5 * MINUTE
  )

  it(
    "should build admin extensions that import the store's Medusa UI instead of carrying a copy",
    async () => {
      await step("admin bundles", async () => {
        for (const plugin of PLUGINS) {
          const bundle = join(storeDir, "node_modules/@touchpoints", plugin, ".medusa/server/src/admin/index.mjs")
          const code = readFileSync(bundle, "utf8")
          expect(code).toMatch(/from "@medusajs\/ui"/)
          expect(statSync(bundle).size).toBeLessThan(120 * 1024)
        }
        const assets = join(storeDir, ".medusa/server/public/admin/assets")
        const scripts = readdirSync(assets).filter((file) => file.endsWith(".js"))
        const admin = scripts.map((file) => readFileSync(join(assets, file), "utf8")).join("\n")
        // each plugin's page in the owner's menu (minified: `label:"..."`)
        const pages = ["Touchpoints", "Segments", "Feedback", "Cart reminders", "Saved for later", "Next steps"]
        expect(pages.filter((label) => !new RegExp(`label:\\s*"${label}"`).test(admin))).toEqual([])
      })
    },
    MINUTE
  )

  it(
    "should install the production build on an empty npm cache and start it",
    async () => {
      await step("deploy", async () => {
        const emptyCache = mkdtempSync(join(tmpdir(), "tp-empty-npm-cache-"))
        await followGuide(DEPLOY_GUIDE, { env: storeEnv({ npm_config_cache: emptyCache }) })
        const serverDir = join(storeDir, ".medusa/server")
        // production needs Medusa's own secrets (the guide's config has no "supersecret" fallback)
        const productionEnv = storeEnv({
          NODE_ENV: "production",
          PORT: String(port),
          JWT_SECRET: randomBytes(32).toString("hex"),
          COOKIE_SECRET: randomBytes(32).toString("hex"),
        })
        const user = await medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], serverDir, productionEnv)
        expect(user).toMatchObject({ code: 0 })
        server = spawn(join(serverDir, "node_modules/.bin/medusa"), ["start"], {
          cwd: serverDir,
          env: productionEnv,
          detached: true,
          stdio: ["ignore", "pipe", "pipe"],
        })
        server.stdout?.on("data", (chunk) => (serverOutput += chunk))
        server.stderr?.on("data", (chunk) => (serverOutput += chunk))
        await waitForHealth(3 * MINUTE)
        shop = await setUpShop(backendUrl, ADMIN)
      })
    },
    25 * MINUTE
  )

  it(
    "should answer one store route and one admin route of every plugin",
    async () => {
      await step("routes", async () => {
        const api = request(backendUrl)
        const issued = await api
          .post("/store/touchpoints/visitor")
          .set({ "x-publishable-api-key": shop.publishableKey })
        expectStatus(issued, [201], "core: a visitor id")
        const store = { "x-publishable-api-key": shop.publishableKey, "x-touchpoints-visitor": issued.body.visitor_id }
        const admin = { authorization: `Bearer ${shop.adminToken}` }
        const product = shop.productId
        const calls: [string, () => request.Test, number[]][] = [
          [
            "core: events",
            () =>
              api
                .post("/store/touchpoints/events")
                .set(store)
                .send({ events: [{ type: "page_view", url: "/" }] }),
            [202],
          ],
          ["core: brands", () => api.get("/admin/brands").set(admin), [200]],
          [
            "wishlist: a guest's list",
            () => api.post("/store/wishlists").set(store).send({ name: "Saved" }),
            [200, 201],
          ],
          ["wishlist: stats", () => api.get("/admin/wishlists/stats").set(admin), [200]],
          ["also-bought: companions", () => api.get(`/store/products/${product}/also-bought`).set(store), [200]],
          ["also-bought: rules", () => api.get(`/admin/also-bought/${product}`).set(admin), [200]],
          [
            "next-steps: groups",
            () => api.get(`/store/products/${product}/next-steps?region_id=${shop.regionId}`).set(store),
            [200],
          ],
          ["next-steps: settings", () => api.get("/admin/next-steps/settings").set(admin), [200]],
          ["cart-recovery: stats", () => api.get("/admin/cart-recovery/stats").set(admin), [200]],
          ["feedback: a forged survey link", () => api.get("/store/feedback/not-a-real-token").set(store), [400, 404]],
          ["feedback: report", () => api.get("/admin/feedback/report").set(admin), [200]],
          ["segment-offers: offers", () => api.get("/store/offers").set(store), [200]],
          ["segment-offers: segments", () => api.get("/admin/segments").set(admin), [200]],
        ]
        for (const [what, call, statuses] of calls) {
          const answer = expectStatus(await call(), statuses, what)
          // the plugin's own answer in Medusa's shape, not Express's "Cannot GET" for a route that is not there
          expect(answer.headers["content-type"]).toMatch(/application\/json/)
        }
        expectStatus(await api.get("/app"), [200], "the admin")
      })
    },
    5 * MINUTE
  )

  it(
    "should send a cart reminder with the shop's identity through SMTP, whose link restores the cart",
    async () => {
      await step("email", async () => {
        const api = request(backendUrl)
        const store = { "x-publishable-api-key": shop.publishableKey }
        const cart = expectStatus(
          await api
            .post("/store/carts")
            .set(store)
            .send({ region_id: shop.regionId, email: "shopper@plain-store.test" }),
          [200],
          "create cart"
        ).body.cart as { id: string }
        expectStatus(
          await api
            .post(`/store/carts/${cart.id}/line-items`)
            .set(store)
            .send({ variant_id: shop.variantId, quantity: 1 }),
          [200],
          "add line"
        )
        expectStatus(
          await api
            .post("/store/touchpoints/email-consent")
            .set(store)
            .send({ cart_id: cart.id, granted: true, flow: "cart-recovery" }),
          [200, 201],
          "consent"
        )
        // a guest's opt-in counts once the address confirms it (double opt-in, the default): the shopper presses
        // the confirmation email's button (a POST; opening the link alone changes nothing)
        const [confirmation] = await catcher.waitForMessages(1, 2 * MINUTE)
        expect(confirmation.subject).toMatch(/^Please confirm/)
        const confirmUrl = confirmation.text.match(/https?:\/\/\S+\/touchpoints\/consent\/confirm\/\S+/)?.[0] ?? ""
        expectStatus(
          await api.post(new URL(confirmUrl).pathname).type("form").send({ confirm: "yes" }),
          [200],
          "confirm the opt-in"
        )
        catcher.clear()
        // the shopper left two hours ago (the first reminder is due after one)
        await idleForTwoHours(cart.id)
        expectStatus(
          await api.post("/admin/cart-recovery/scan").set("authorization", `Bearer ${shop.adminToken}`).send({}),
          [200, 202],
          "scan"
        )
        const [message] = await catcher.waitForMessages(1, 2 * MINUTE)
        expect(message.to).toEqual(["shopper@plain-store.test"])
        // the SMTP provider's from: the minimum configuration sets no shop.from
        expect(message.from).toBe(SHOP_FROM_ADDRESS)
        expect(message.headers.from).toContain(SHOP_FROM_NAME)
        expect(message.text).toContain(POSTAL_ADDRESS)
        expect(message.headers["list-unsubscribe"]).toContain(`${backendUrl}/touchpoints/unsubscribe/`)
        const link = message.text.match(new RegExp(`${STOREFRONT_URL}/cart\\?recover=([A-Za-z0-9._~-]+)`))
        expect(link).not.toBeNull()
        const view = expectStatus(
          await api.get(`/store/cart-recovery/${link?.[1]}`).set(store),
          [200],
          "the reminder's link"
        )
        // the link shows the lines, never the cart itself; following it gives the shopper a cart of their own
        expect((view.body as { recovery: { items: unknown[] } }).recovery.items.length).toBeGreaterThan(0)
        expect(JSON.stringify(view.body)).not.toContain(cart.id)
        const restored = expectStatus(
          await api.post(`/store/cart-recovery/${link?.[1]}`).set(store).send({}),
          [200],
          "following the reminder's link"
        )
        const answer = restored.body as { mode: string; cart: { id: string } }
        expect(answer.mode).toBe("created")
        expect(answer.cart.id).not.toBe(cart.id)
      })
    },
    5 * MINUTE
  )
})
