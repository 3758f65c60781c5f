// The one place test set-up makes and drops PostgreSQL databases: the HTTP specs' copies of the migrated
// template, the scratch databases of single specs, the plain store of the install phase and the run's template.
const pg = require("pg")

/** The server `DB_*` names (Medusa's test runners use the same), or an explicit one. */
function serverOf(server = {}) {
  return {
    host: server.host ?? process.env.DB_HOST ?? "localhost",
    port: Number(server.port ?? process.env.DB_PORT ?? 5432),
    user: server.user ?? process.env.DB_USERNAME ?? "postgres",
    password: server.password ?? process.env.DB_PASSWORD ?? "",
  }
}

/** Runs `work` with a client connected to `database` on the server, and always closes it. */
async function withDatabase(database, work, server) {
  const client = new pg.Client({ ...serverOf(server), database })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoted = (name) => `"${String(name).replaceAll('"', '""')}"`

/** Makes `name` (a copy of `template` when given), replacing a database left by an earlier run. */
async function createDatabase(name, { template, server } = {}) {
  await withDatabase(
    "postgres",
    async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : ""}`)
    },
    server
  )
}

/** Drops `name`, closing any connection still open to it. */
async function dropDatabase(name, { server } = {}) {
  await withDatabase(
    "postgres",
    (client) => client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`),
    server
  )
}

module.exports = { createDatabase, dropDatabase, withDatabase }
