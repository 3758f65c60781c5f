/** `?, ?, ?` for an IN list (knex raw bindings take one value per mark). */
export const marks = (values: readonly unknown[]): string => values.map(() => "?").join(", ")
