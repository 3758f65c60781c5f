import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PersonalDataRequest, PersonalDataSubject } from "../../../lib/personal-data"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

/**
 * "person": the owner asks for everyone a customer or an address stands for (every customer record with the
 * address, guest records included, and what is known only by the address). "account": a logged-in shopper asks
 * for their own account, and gets only what is tied to the account itself (Medusa does not verify addresses, so
 * an account must not unlock what someone else did under the same address).
 */
export type SubjectScope = "person" | "account"

type Row = { id: string; email?: string | null }

const lower = (values: (string | null | undefined)[]) => [
  ...new Set(values.flatMap((value) => (value ? [value.trim().toLowerCase()] : []))),
]

/** `email ILIKE` an address exactly (its `%`, `_` and `\` escaped): Medusa keeps addresses as they were typed. */
const sameAddress = (email: string) => ({ email: { $ilike: email.replace(/[\\%_]/g, (char) => `\\${char}`) } })

/**
 * Resolves a request into every id a plugin may have stored about the person (see PersonalDataSubject). A
 * deleted customer is still found (Medusa soft-deletes customers and emits `customer.deleted` afterwards).
 * Throws NOT_FOUND for a customer id Medusa never had.
 */
export async function resolvePersonalDataSubject(
  container: MedusaContainer,
  request: PersonalDataRequest,
  scope: SubjectScope = "person"
): Promise<PersonalDataSubject> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const list = async (entity: string, filters: Record<string, unknown>, fields = ["id"]) =>
    (await query.graph({ entity, fields, filters, withDeleted: true })).data as unknown as Row[]

  const asked = request.customer_id ? await list("customer", { id: request.customer_id }, ["id", "email"]) : []
  if (request.customer_id && !asked.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${request.customer_id} was not found`)
  }
  const emails = scope === "account" ? [] : lower([request.email, ...asked.map((customer) => customer.email)])
  const sameEmail = (
    await Promise.all(emails.map((email) => list("customer", sameAddress(email), ["id", "email"])))
  ).flat()
  const customerIds = [...new Set([...asked, ...sameEmail].map((customer) => customer.id))]

  const byShopper = async (entity: string) => {
    const rows = await Promise.all([
      ...(customerIds.length ? [list(entity, { customer_id: customerIds })] : []),
      ...emails.map((email) => list(entity, sameAddress(email))),
    ])
    return [...new Set(rows.flat().map((row) => row.id))]
  }
  const [cartIds, orderIds] = await Promise.all([byShopper("cart"), byShopper("order")])
  const visitors = await container
    .resolve<VisitorModuleService>(VISITOR_MODULE)
    .profilesAndVisitorsOf({ customer_ids: customerIds, cart_ids: cartIds, order_ids: orderIds })
  return { customer_ids: customerIds, emails, cart_ids: cartIds, order_ids: orderIds, ...visitors }
}
