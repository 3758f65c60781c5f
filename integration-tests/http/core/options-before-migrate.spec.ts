import { execFile } from "node:child_process"
import { join } from "node:path"
import { Client } from "pg"

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

async function withServer<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ ...db, database })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
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
      // TP_DEMO_SECRET_FALLBACK=false: medusa-config passes no secret instead of the demo's
      { TP_SIGNING_SECRET: "", TP_DEMO_SECRET_FALLBACK: "false" },
      "@touchpoints/core: invalid plugin options: secret: required: a random string of 32+ characters",
      "(see plugins/core/README.md#options)",
    ],
  ])("should stop before any migration on %s, naming the option", async (_case, env, message, docs) => {
    const database = `tp_migrate_check_${process.pid}_${Date.now()}`
    await withServer("postgres", (client) => client.query(`CREATE DATABASE "${database}"`))
    try {
      const { code, output } = await migrate(database, env)
      expect(code).not.toBe(0)
      expect(output).toContain(message)
      expect(output).toContain(docs)
      const tables = await withServer(database, (client) =>
        client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
      )
      expect(tables.rows).toEqual([])
    } finally {
      await withServer("postgres", (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`))
    }
  })
})
