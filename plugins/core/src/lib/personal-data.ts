import type { MedusaContainer } from "@medusajs/framework/types"

/** Whose data an owner or a shopper asks about: a Medusa customer, an email address, or both. */
export type PersonalDataRequest = { customer_id?: string; email?: string }

/**
 * The request resolved by core into every id a plugin may have stored about the person, so each plugin looks up
 * its own rows without reading anyone else's tables: the customers (the one asked for, and every Medusa customer
 * record with one of the addresses, guest records included), their addresses (lower-cased), their carts and
 * orders (Medusa's), and core's visitor profiles and visitor ids (the customers' profiles and the profiles of
 * visitors who used one of the carts).
 */
export type PersonalDataSubject = {
  customer_ids: string[]
  emails: string[]
  cart_ids: string[]
  order_ids: string[]
  profile_ids: string[]
  visitor_ids: string[]
}

/** A plugin's records of a subject, by record kind (e.g. `{ lists: [...], items: [...] }`). */
export type PersonalDataExport = Record<string, unknown[]>

/** How many records of each kind an erasure deleted (or cleared). */
export type PersonalDataErased = Record<string, number>

export type PersonalDataInput = { container: MedusaContainer; subject: PersonalDataSubject }

/**
 * One plugin's part: it exports and erases only its own records (through its own module). `erase` deletes rows
 * (no soft delete) and must be idempotent: a second run, or a second worker, finds nothing left to delete.
 */
export type PersonalDataContributor = {
  export(input: PersonalDataInput): Promise<PersonalDataExport>
  erase(input: PersonalDataInput): Promise<PersonalDataErased>
  /**
   * Clears or deletes the plugin's records older than core's `retention` options allow (run by core's daily
   * retention job). Must be safe with two workers: chunked, idempotent statements.
   */
  retain?(input: RetentionInput): Promise<PersonalDataErased>
}

/** Core's `retention` options, in days (null: kept until erased). */
export type RetentionPolicy = {
  emailBodiesDays: number | null
  surveyCommentsDays: number | null
  inactiveVisitorDays: number | null
}

export type RetentionInput = { container: MedusaContainer; policy: RetentionPolicy; now: Date }

// Like the cart checks: core owns the export and the erasure, and every plugin registers its part when Medusa
// loads the plugin's workflows folder (a file Medusa imports for every plugin, in every server and worker).
const contributors = new Map<string, PersonalDataContributor>()

/** Registers (or replaces) the part of the plugin `name` (its npm-independent short name, e.g. "wishlist"). */
export function registerPersonalData(name: string, contributor: PersonalDataContributor): void {
  contributors.set(name, contributor)
}

/** The registered part of `name`, if that plugin is installed. */
export function personalDataContributor(name: string): PersonalDataContributor | undefined {
  return contributors.get(name)
}

/** The names of every registered part, in registration order. */
export function personalDataContributors(): string[] {
  return [...contributors.keys()]
}

/** Every plugin's export, under the plugin's name. */
export async function exportPersonalData(input: PersonalDataInput): Promise<Record<string, PersonalDataExport>> {
  const parts: Record<string, PersonalDataExport> = {}
  for (const [name, contributor] of contributors) {
    parts[name] = await contributor.export(input)
  }
  return parts
}

/** Every registered part's retention, under the plugin's name (parts without retention are left out). */
export async function enforceRetention(input: RetentionInput): Promise<Record<string, PersonalDataErased>> {
  const done: Record<string, PersonalDataErased> = {}
  for (const [name, contributor] of contributors) {
    if (contributor.retain) done[name] = await contributor.retain(input)
  }
  return done
}
