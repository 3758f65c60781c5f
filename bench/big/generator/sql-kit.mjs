// The generator's SQL building blocks: deterministic pseudo-random numbers and row cloning from a template row
// of the seeded demo store (so every column Medusa requires is filled the way Medusa filled it).

/**
 * Session functions the family generators use (pg_temp: gone when the connection closes):
 * - `tp_rnd(seed, salt)`: a uniform number in [0, 1), the same for the same inputs on every run;
 * - `tp_big_id(prefix, n)`: the id of generated row n, `<prefix>_big_<n padded>`.
 */
export async function installSqlKit(client) {
  await client.query(`
    CREATE OR REPLACE FUNCTION pg_temp.tp_rnd(seed bigint, salt int) RETURNS double precision
      LANGUAGE sql IMMUTABLE AS $$ SELECT (hashint8(seed * 7919 + salt)::bigint + 2147483648) / 4294967296.0 $$;
    CREATE OR REPLACE FUNCTION pg_temp.tp_big_id(prefix text, n bigint) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$ SELECT prefix || '_big_' || lpad(n::text, 8, '0') $$;
  `)
}

/** The columns of a public table, in order. */
export async function columnsOf(client, table) {
  const { rows } = await client.query(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
    [table]
  )
  if (!rows.length) throw new Error(`no table ${table}: migrate the store first`)
  return rows.map((row) => row.column_name)
}

/**
 * Inserts one row per row of `source` (a FROM clause naming its rows' alias `g`), each a copy of the template row
 * (`template`: a query answering one row, alias `t`) with the columns in `set` computed (SQL over `g` and `t`).
 * Columns not in `set` keep the template's value. Answers the number of rows written.
 */
export async function cloneRows(client, { table, template, source, set }) {
  const columns = await columnsOf(client, table)
  const unknown = Object.keys(set).filter((column) => !columns.includes(column))
  if (unknown.length) throw new Error(`${table} has no column ${unknown.join(", ")}`)
  const values = columns.map((column) => (column in set ? `${set[column]}` : `t."${column}"`))
  const { rowCount } = await client.query(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")})
     SELECT ${values.join(", ")} FROM (${template}) t CROSS JOIN ${source}`
  )
  return rowCount
}

/** A Medusa big-number column's raw twin: `{"value": "<n>", "precision": 20}`. */
export const rawNumber = (expression) => `jsonb_build_object('value', (${expression})::text, 'precision', 20)`
