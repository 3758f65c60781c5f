import { execFile } from "node:child_process"
import { join } from "node:path"
import { createDatabase, dropDatabase, withDatabase } from "../../../src/launcher/postgres-admin.cjs"

jest.setTimeout(120_000)

// `medusa db:migrate` runs no module loader before it migrates: the plugins' links/check-options.ts files are
// what stops it on a wrong option. This runs the host's real command against an empty scratch database.
const ROOT = join(__dirname, "../../..")
const db = {
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}
/** A production environment with Medusa's own secrets set (they are not what these cases check). */
const PRODUCTION = {
  NODE_ENV: "production",
  JWT_SECRET: "a-jwt-secret-for-this-test-only-0123456789",
  COOKIE_SECRET: "a-cookie-secret-for-this-test-only-0123456789",
}

/** Runs `medusa db:migrate` of the host on `database` with `env` over the test's environment. */
function migrate(database: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  const auth = db.password ? `${db.user}:${encodeURIComponent(db.password)}` : db.user
  return new Promise((resolve) => {
    execFile(
      join(ROOT, "node_modules/.bin/medusa"),
      ["db:migrate"],
      {
        cwd: ROOT,
        timeout: 90_000,
        env: {
          ...process.env,
          NODE_ENV: "development",
          NODE_OPTIONS: "",
          MEDUSA_DISABLE_TELEMETRY: "true",
          DATABASE_URL: `postgres://${auth}@${db.host}:${db.port}/${database}`,
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0
        resolve({ code, output: `${stdout}\n${stderr}` })
      }
    )
  })
}

describe("medusa db:migrate with wrong plugin options", () => {
  it.each([
    [
      "a wrong touchpoint option",
      { TP_WISHLIST_SHARE_TTL_DAYS: "0" },
      "@touchpoints/wishlist: invalid plugin options: share.ttlDays",
      "(see plugins/wishlist/README.md#options)",
    ],
    [
      "core without its secret",
      // medusa-config has no fallback secret: an empty TP_SIGNING_SECRET is no secret
      { TP_SIGNING_SECRET: "" },
      "@touchpoints/core: invalid plugin options: secret: required: a random string of 32+ characters",
      "(see plugins/core/README.md#options)",
    ],
    [
      "the old public demo secret in production",
      { ...PRODUCTION, TP_SIGNING_SECRET: "touchpoints-demo-signing-secret-not-for-real-shops" },
      "@touchpoints/core: invalid plugin options: secret: is a public demo value, refused when NODE_ENV=production: make one with `openssl rand -base64 48`",
      "(see plugins/core/README.md#options)",
    ],
  ])("should stop before any migration on %s, naming the option", async (_case, env, message, docs) => {
    const database = `tp_migrate_check_${process.pid}_${Date.now()}`
    await createDatabase(database)
    try {
      const { code, output } = await migrate(database, env)
      expect(code).not.toBe(0)
      expect(output).toContain(message)
      expect(output).toContain(docs)
      const tables = await withDatabase(database, (client) =>
        client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
      )
      expect(tables.rows).toEqual([])
    } finally {
      await dropDatabase(database)
    }
  })

  it("should keep Medusa's own production guard: no JWT_SECRET in production stops the command", async () => {
    const database = `tp_migrate_check_${process.pid}_${Date.now()}`
    await createDatabase(database)
    try {
      const { code, output } = await migrate(database, { ...PRODUCTION, JWT_SECRET: "" })
      expect(code).not.toBe(0)
      expect(output).toContain("http.jwtSecret not found")
    } finally {
      await dropDatabase(database)
    }
  })
})
