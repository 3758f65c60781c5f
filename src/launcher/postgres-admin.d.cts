// Types of postgres-admin.cjs for the TypeScript tests.
import type { Client } from "pg"

export type PostgresServer = { host?: string; port?: number | string; user?: string; password?: string }

export function withDatabase<T>(
  database: string,
  work: (client: Client) => Promise<T>,
  server?: PostgresServer
): Promise<T>
export function createDatabase(name: string, options?: { template?: string; server?: PostgresServer }): Promise<void>
export function dropDatabase(name: string, options?: { server?: PostgresServer }): Promise<void>
